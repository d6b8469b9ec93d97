#pragma once

#include "command.h"

namespace tw::cli {

// "demo seed": fills the database with a believable demo hotel (guests, stays
// around today, handles) for trying the app.
class DemoSeedCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::DemoSeedCommand)

public:
    QStringList path() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
