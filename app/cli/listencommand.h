#pragma once

#include "command.h"

namespace tw::cli {

// "listen NETWORK": the headless listener, for a server or a back-office
// machine. Holds the network's stream, fills gaps, stores each post once and
// prints one line per new post; stops on SIGINT/SIGTERM, after N posts or S
// seconds, and exits 1 when the network refuses the token.
class ListenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::ListenCommand)

public:
    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
