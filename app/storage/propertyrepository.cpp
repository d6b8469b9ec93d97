#include "propertyrepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect = u"SELECT id, code, name, time_zone, check_in, check_out FROM properties "_s;

core::Property propertyFrom(const PreparedQuery &q)
{
    core::Property p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.timeZone = q.value(3).toString();
    p.checkIn = SqlValue::timeOfDayFrom(q.value(4));
    p.checkOut = SqlValue::timeOfDayFrom(q.value(5));
    return p;
}

QString normalizedCode(const QString &code)
{
    return code.trimmed().toUpper();
}

// The same rules for add() and update(); returns the cleaned-up property.
core::Result<core::Property> validated(core::Property p)
{
    using R = core::Result<core::Property>;
    p.code = normalizedCode(p.code);
    p.name = p.name.trimmed();
    p.timeZone = p.timeZone.trimmed();
    if (p.code.isEmpty())
        return R::failure(QCoreApplication::translate(
            "tw::storage::PropertyRepository", "A property needs a code, a short name such as PAL used by imports."));
    for (const QChar c : std::as_const(p.code)) {
        if (c.isSpace())
            return R::failure(
                QCoreApplication::translate("tw::storage::PropertyRepository",
                                            "The property code \"%1\" contains spaces; use letters, digits and - or _.")
                    .arg(p.code));
    }
    if (p.name.isEmpty())
        return R::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository", "The property %1 needs a name.")
                .arg(p.code));
    if (p.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(p.timeZone.toUtf8())) {
        return R::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository",
                                        "\"%1\" is not a time zone this computer knows. Use an IANA name such as "
                                        "Europe/Paris or America/New_York.")
                .arg(p.timeZone));
    }
    if (!p.checkIn.isValid() || !p.checkOut.isValid())
        return R::failure(QCoreApplication::translate("tw::storage::PropertyRepository",
                                                      "The property %1 needs check-in and check-out times.")
                              .arg(p.code));
    // Stored to the minute: seconds would make an unchanged property look changed.
    p.checkIn = QTime(p.checkIn.hour(), p.checkIn.minute());
    p.checkOut = QTime(p.checkOut.hour(), p.checkOut.minute());
    return p;
}

} // namespace

PropertyRepository::PropertyRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::Property> PropertyRepository::add(const core::Property &property)
{
    using R = core::Result<core::Property>;
    auto valid = validated(property);
    if (!valid)
        return valid;
    core::Property p = std::move(valid).value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (byCode(p.code))
        return R::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository",
                                        "A property with the code %1 already exists; choose another code.")
                .arg(p.code));

    PreparedQuery q = m_db.prepareInsert(u"INSERT INTO properties (code, name, time_zone, check_in, check_out) "
                                         "VALUES (?, ?, ?, ?, ?)"_s);
    q.bind(p.code)
        .bind(p.name)
        .bind(p.timeZone)
        .bind(SqlValue::timeOfDay(p.checkIn))
        .bind(SqlValue::timeOfDay(p.checkOut));
    const std::optional<QVariant> id = q.insert();
    if (!id)
        return R::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository", "The property %1 was not saved: %2.")
                .arg(p.code, q.errorText()));
    p.id = id->toLongLong();
    m_db.notifyChanged(u"properties"_s, p.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return p;
}

core::Status PropertyRepository::update(const core::Property &property)
{
    auto valid = validated(property);
    if (!valid)
        return core::Status::failure(valid.error());
    const core::Property &p = valid.value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    if (const auto other = byCode(p.code); other && other->id != p.id)
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository",
                                        "Another property already has the code %1; choose another code.")
                .arg(p.code));

    PreparedQuery q = m_db.prepare(
        u"UPDATE properties SET code = ?, name = ?, time_zone = ?, check_in = ?, check_out = ? WHERE id = ?"_s);
    q.bind(p.code)
        .bind(p.name)
        .bind(p.timeZone)
        .bind(SqlValue::timeOfDay(p.checkIn))
        .bind(SqlValue::timeOfDay(p.checkOut))
        .bind(qint64(p.id));
    if (!q.exec())
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository", "The property %1 was not saved: %2.")
                .arg(p.code, q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0)
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::PropertyRepository", "The property %1 no longer exists.")
                .arg(p.code));
    m_db.notifyChanged(u"properties"_s, p.id);
    return tx.commit();
}

std::optional<core::Property> PropertyRepository::byCode(const QString &code) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE code = ?"_s);
    q.bind(normalizedCode(code));
    if (q.exec() && q.next())
        return propertyFrom(q);
    return std::nullopt;
}

std::optional<core::Property> PropertyRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return propertyFrom(q);
    return std::nullopt;
}

QList<core::Property> PropertyRepository::list() const
{
    QList<core::Property> properties;
    PreparedQuery q = m_db.prepare(kSelect + u"ORDER BY code"_s);
    if (!q.exec())
        return properties;
    while (q.next())
        properties.append(propertyFrom(q));
    return properties;
}

} // namespace tw::storage
