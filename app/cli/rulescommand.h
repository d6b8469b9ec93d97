#pragma once

#include "command.h"

namespace tw::cli {

// "rules add", "rules list" and "rules remove": what each property listens for
// on X and Mastodon. A running listener picks up the change when it next connects.
class RulesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::RulesCommand)

public:
    enum class Mode { Add, List, Remove };
    explicit RulesCommand(Mode mode);

    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;

private:
    int add(Context &context, const Arguments &arguments);
    int list(Context &context, const Arguments &arguments);
    int remove(Context &context, const Arguments &arguments);

    Mode m_mode;
};

} // namespace tw::cli
