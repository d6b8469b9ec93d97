#pragma once

#include "command.h"

namespace tw::cli {

// "guests search": finds guests by name, e-mail, phone, loyalty number,
// social handle or room.
class GuestsSearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::GuestsSearchCommand)

public:
    QStringList path() const override;
    QStringList positionalNames() const override;
    bool lastPositionalRepeats() const override { return true; }
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
