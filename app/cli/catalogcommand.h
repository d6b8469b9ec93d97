#pragma once

#include "command.h"

#include <core/types.h>

#include <optional>

namespace tw::cli {

// "catalog list", "catalog add" and "catalog retire": the amenities that can be
// ordered for a guest's room, with their department and unit cost.
class CatalogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::CatalogCommand)

public:
    enum class Mode { List, Add, Retire };
    explicit CatalogCommand(Mode mode);

    QStringList path() const override;
    QStringList positionalNames() const override;
    bool lastPositionalRepeats() const override { return m_mode != Mode::List; }
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    int run(Context &context, const Arguments &arguments) override;

    // "housekeeping", "food_and_beverage" (also "food-and-beverage", "fnb",
    // "f&b"), "concierge"; case does not matter.
    static std::optional<core::Department> parseDepartment(const QString &text);
    static QString departmentChoices();

private:
    int list(Context &context, const Arguments &arguments);
    int add(Context &context, const Arguments &arguments);
    int retire(Context &context, const Arguments &arguments);

    Mode m_mode;
};

} // namespace tw::cli
