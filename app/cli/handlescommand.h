#pragma once

#include "command.h"

namespace tw::cli {

// "handles link" and "handles unlink": connect a guest to a social account, or
// undo that. Links made here are confirmed: a person chose them.
class HandlesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::HandlesCommand)

public:
    enum class Mode { Link, Unlink };
    explicit HandlesCommand(Mode mode);

    QStringList path() const override;
    QStringList positionalNames() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;

private:
    Mode m_mode;
};

} // namespace tw::cli
