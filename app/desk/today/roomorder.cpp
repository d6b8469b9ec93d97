#include "roomorder.h"

using namespace Qt::StringLiterals;

namespace tw::desk {

bool RoomOrder::less(const QString &a, const QString &b)
{
    return sortKey(a) < sortKey(b);
}

QString RoomOrder::sortKey(const QString &room)
{
    const QString trimmed = room.trimmed();
    if (trimmed.isEmpty())
        return u"2"_s;
    bool numeric = false;
    const qulonglong number = trimmed.toULongLong(&numeric);
    if (numeric)
        return u"0"_s + u"%1"_s.arg(number, 20, 10, QChar(u'0'));
    return u"1"_s + trimmed.toCaseFolded();
}

} // namespace tw::desk
