#pragma once

#include "command.h"

namespace tw::cli {

// "posts list": the stored posts, newest first, with the guest and room of
// in-house authors.
class PostsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::PostsListCommand)

public:
    QStringList path() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
