#pragma once

#include "command.h"

#include <core/types.h>

#include <optional>

namespace tw::cli {

// "order create", "order advance", "order list" and "order slip": amenity
// orders from request to delivery, and the slip that goes to the department.
// Every change is audited under the --actor name.
class OrderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::OrderCommand)

public:
    enum class Mode { Create, Advance, List, Slip };
    explicit OrderCommand(Mode mode);

    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    bool needsGui() const override { return m_mode == Mode::Slip; }
    int run(Context &context, const Arguments &arguments) override;

    // "requested", "accepted", "in_progress" (also "in-progress", "in
    // progress"), "delivered", "cancelled" (also "canceled"); case does not matter.
    static std::optional<core::OrderState> parseState(const QString &text);

private:
    int create(Context &context, const Arguments &arguments);
    int advance(Context &context, const Arguments &arguments);
    int list(Context &context, const Arguments &arguments);
    int slip(Context &context, const Arguments &arguments);

    Mode m_mode;
};

} // namespace tw::cli
