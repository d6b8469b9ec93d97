#pragma once

#include "command.h"

namespace tw::cli {

// "property add": registers a hotel with its time zone and check-in/out times.
class PropertyAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::PropertyAddCommand)

public:
    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
