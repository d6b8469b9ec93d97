#pragma once

#include "command.h"

#include <QDateTime>

#include <optional>

namespace tw::cli {

// "inhouse": the guests in house at an instant, at one property or all, by the
// exact rule of core::InHouseRule in each property's time zone.
class InHouseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::InHouseCommand)

public:
    QStringList path() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;

    // An ISO 8601 date and time that names its offset ("Z" or "+01:00");
    // nullopt for anything else, including local times without an offset.
    static std::optional<QDateTime> parseInstant(const QString &text);
};

} // namespace tw::cli
