#pragma once

#include <core/types.h>
#include <storage/database.h>

#include <QDate>
#include <QString>
#include <QTime>

namespace tw::test {

// The rows command-line tests start from, written through the repositories.
// On failure each logs why and returns core::InvalidId (or false), for the
// caller's QVERIFY to stop the test.
class CliFixtures
{
public:
    // Named "<code> Hotel", checking in at 15:00.
    static core::Id addProperty(storage::Database &db, const QString &code, const QString &timeZone,
                                QTime checkOut = QTime(11, 0));
    static core::Guest guest(const QString &first, const QString &last, const QString &email);
    static core::Id addGuest(storage::Database &db, const core::Guest &guest);
    static bool addStay(storage::Database &db, core::Id property, core::Id guest, const QString &confirmation,
                        const QString &room, const QDate &arrival, const QDate &departure, core::StayStatus status);
    // Confirmed, linked by "setup".
    static bool linkHandle(storage::Database &db, core::Id guest, core::Network network, const QString &handle);
};

} // namespace tw::test
