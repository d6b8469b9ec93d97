#pragma once

#include "command.h"

namespace tw::cli {

// "import stays": reads a PMS export (CSV) into stays and guests and reports
// what it created, updated, left unchanged and rejected.
class ImportStaysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::ImportStaysCommand)

public:
    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
