#pragma once

#include "command.h"

namespace tw::cli {

// "migrate": brings the database to the newest schema and says which version
// it reached.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::MigrateCommand)

public:
    QStringList path() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
