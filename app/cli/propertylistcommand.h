#pragma once

#include "command.h"

namespace tw::cli {

// "property list": the properties of this deployment.
class PropertyListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::PropertyListCommand)

public:
    QStringList path() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
