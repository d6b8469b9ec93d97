#include "ordersfixture.h"

#include <storage/orderrepository.h>

using namespace Qt::StringLiterals;

namespace tw::test {

std::optional<OrdersFixture> OrdersFixture::seed(storage::Database &db, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    const auto seeded = TodayFixture::seed(db, error);
    if (!seeded)
        return std::nullopt;
    OrdersFixture f;
    f.today = *seeded;

    struct Spec
    {
        QString key;
        QString guest;
        QString item;
        int quantity;
        QTime due;
        std::optional<core::OrderState> moveTo;
    };
    const QList<Spec> specs{
        {u"diaz"_s, u"Diaz"_s, u"Beer and snacks"_s, 2, QTime(7, 30), std::nullopt},
        {u"berg"_s, u"Berg"_s, u"Bath salts"_s, 1, QTime(9, 0), std::nullopt},
        {u"evans"_s, u"Evans"_s, u"Flowers"_s, 1, QTime(10, 0), core::OrderState::Accepted},
        {u"carter"_s, u"Carter"_s, u"Wine and strawberries"_s, 1, QTime(18, 0), std::nullopt},
        {u"fruit"_s, u"Carter"_s, u"Fruit plate"_s, 1, QTime(12, 0), core::OrderState::Delivered},
        {u"klein"_s, u"Klein"_s, u"Bath salts"_s, 1, QTime(9, 0), std::nullopt},
    };
    storage::OrderRepository orders(db);
    for (const Spec &spec : specs) {
        storage::OrderRequest request;
        request.guestId = f.today.guests.value(spec.guest);
        request.stayId = f.today.stays.value(spec.guest);
        request.items = {{spec.item, spec.quantity}};
        request.dueAt = at(spec.due);
        request.note = u"For %1"_s.arg(spec.guest);
        auto created = orders.create(request, u"Mia at the desk"_s);
        if (!created)
            return fail(u"order %1: %2"_s.arg(spec.key, created.error()));
        core::AmenityOrder order = created.value();
        if (spec.moveTo) {
            auto moved = orders.advance(order.id, *spec.moveTo, u"Sam in the kitchen"_s, order.version);
            if (!moved)
                return fail(u"order %1: %2"_s.arg(spec.key, moved.error()));
            order = moved.value();
        }
        f.orders.insert(spec.key, order);
    }
    return f;
}

} // namespace tw::test
