#pragma once

#include "command.h"

namespace tw::cli {

// "guest show": one guest's profile with their stays and social handles.
class GuestShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::GuestShowCommand)

public:
    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    int run(Context &context, const Arguments &arguments) override;
};

} // namespace tw::cli
