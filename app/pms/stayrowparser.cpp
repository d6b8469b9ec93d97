#include "stayrowparser.h"

#include <core/handlenormalizer.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::pms {

namespace {

using Column = ColumnMapping::Column;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::pms::StayRowParser", text);
}

core::Result<StayRow> reject(const QString &reason)
{
    return core::Result<StayRow>::failure(reason);
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

bool oneOf(const QString &key, std::initializer_list<QStringView> words)
{
    for (const QStringView word : words) {
        if (key == word)
            return true;
    }
    return false;
}

// A plausible address: one "@", something before it, a dotted domain after it,
// no spaces. Deliverability is not the importer's business.
bool isEmailAddress(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    const QStringView domain = QStringView(email).mid(at + 1);
    if (domain.size() < 3 || !domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
        return false;
    for (const QChar c : email) {
        if (c.isSpace())
            return false;
    }
    return true;
}

} // namespace

StayRowParser::StayRowParser(const ColumnMapping &mapping, const ColumnMapping::Header &header)
    : m_mapping(mapping)
    , m_header(header)
{
}

QStringList StayRowParser::missingColumns(const ColumnMapping::Header &header)
{
    QStringList missing;
    if (!header.has(Column::Confirmation))
        missing.append(tr("confirmation (the confirmation number)"));
    if (!header.has(Column::Arrival))
        missing.append(tr("arrival (the arrival date)"));
    if (!header.has(Column::Departure))
        missing.append(tr("departure (the departure date)"));
    if (!header.has(Column::FirstName) && !header.has(Column::LastName) && !header.has(Column::Name)
        && !header.has(Column::Email)) {
        missing.append(tr("the guest's name or e-mail address (first_name, last_name or email)"));
    }
    return missing;
}

bool StayRowParser::isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString StayRowParser::cell(const CsvRecord &record, Column column) const
{
    const int index = m_header.indexOf(column);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

core::Result<StayRow> StayRowParser::parse(const CsvRecord &record) const
{
    if (!record.isValid())
        return reject(record.error);

    StayRow row;
    row.line = record.line;

    row.confirmation = cell(record, Column::Confirmation);
    if (row.confirmation.isEmpty())
        return reject(tr("missing confirmation number"));

    row.propertyCode = cell(record, Column::Property);
    row.firstName = cell(record, Column::FirstName);
    row.lastName = cell(record, Column::LastName);
    const QString fullName = cell(record, Column::Name);
    if (!fullName.isEmpty() && row.firstName.isEmpty() && row.lastName.isEmpty()) {
        if (m_mapping.nameFormat() == ColumnMapping::NameFormat::LastFirst) {
            const qsizetype comma = fullName.indexOf(u',');
            row.lastName = (comma < 0 ? fullName : fullName.left(comma)).trimmed();
            row.firstName = comma < 0 ? QString() : fullName.mid(comma + 1).trimmed();
        } else {
            const qsizetype space = fullName.lastIndexOf(u' ');
            row.firstName = space < 0 ? QString() : fullName.left(space).trimmed();
            row.lastName = (space < 0 ? fullName : fullName.mid(space + 1)).trimmed();
        }
    }

    row.email = cell(record, Column::Email);
    if (!row.email.isEmpty() && !isEmailAddress(row.email))
        return reject(tr("bad e-mail address %1").arg(quoted(row.email)));
    if (row.firstName.isEmpty() && row.lastName.isEmpty() && row.email.isEmpty())
        return reject(tr("no guest name and no e-mail address"));

    row.phone = cell(record, Column::Phone);
    row.loyaltyNumber = cell(record, Column::LoyaltyNumber);
    row.room = cell(record, Column::Room);
    row.notes = cell(record, Column::Notes);
    row.preferences = cell(record, Column::Preferences);

    // PMS exports write "no VIP" in many ways; a code such as "VIP2" or "Gold" is kept as is.
    const QString vip = cell(record, Column::Vip);
    const QString vipKey = ColumnMapping::normalizedKey(vip);
    if (oneOf(vipKey, {u"no", u"n", u"0", u"false", u"none"}) || vip == u"-"_s)
        row.vipCode.clear();
    else if (oneOf(vipKey, {u"yes", u"y", u"1", u"true", u"x"}))
        row.vipCode = u"VIP"_s;
    else
        row.vipCode = vip;

    const QString expected = m_mapping.dateFormatForPeople();
    const QString arrivalText = cell(record, Column::Arrival);
    if (arrivalText.isEmpty())
        return reject(tr("missing arrival date"));
    const auto arrival = m_mapping.parseDate(arrivalText);
    if (!arrival)
        return reject(tr("bad arrival date %1 (expected %2)").arg(quoted(arrivalText), expected));
    const QString departureText = cell(record, Column::Departure);
    if (departureText.isEmpty())
        return reject(tr("missing departure date"));
    const auto departure = m_mapping.parseDate(departureText);
    if (!departure)
        return reject(tr("bad departure date %1 (expected %2)").arg(quoted(departureText), expected));
    row.arrival = *arrival;
    row.departure = *departure;
    if (row.departure < row.arrival) {
        return reject(tr("departure %1 is before arrival %2")
                          .arg(row.departure.toString(Qt::ISODate), row.arrival.toString(Qt::ISODate)));
    }
    if (row.departure == row.arrival) {
        return reject(tr("departure %1 is the day of arrival; a stay needs at least one night")
                          .arg(row.departure.toString(Qt::ISODate)));
    }

    const QString statusText = cell(record, Column::Status);
    if (!statusText.isEmpty()) {
        row.status = m_mapping.parseStatus(statusText);
        if (!row.status) {
            return reject(tr("unknown status %1 (expected reserved, in_house, checked_out, cancelled or no_show)")
                              .arg(quoted(statusText)));
        }
    }

    const QString x = cell(record, Column::XHandle);
    if (!x.isEmpty()) {
        auto handle = core::HandleNormalizer::normalize(core::Network::X, x);
        if (!handle)
            return reject(tr("bad X handle: %1").arg(handle.error()));
        row.xHandle = handle.value();
    }
    const QString mastodon = cell(record, Column::MastodonHandle);
    if (!mastodon.isEmpty()) {
        auto handle = core::HandleNormalizer::normalize(core::Network::Mastodon, mastodon);
        if (!handle)
            return reject(tr("bad Mastodon handle: %1").arg(handle.error()));
        row.mastodonHandle = handle.value();
    }

    const QString consent = cell(record, Column::SocialConsent);
    if (!consent.isEmpty()) {
        const QString key = ColumnMapping::normalizedKey(consent);
        if (oneOf(key, {u"yes", u"y", u"true", u"1", u"x", u"ja", u"j", u"oui", u"si", u"sí"}))
            row.socialConsent = true;
        else if (oneOf(key, {u"no", u"n", u"false", u"0", u"nein", u"non"}))
            row.socialConsent = false;
        else
            return reject(tr("unknown social consent %1 (expected yes or no)").arg(quoted(consent)));
    }

    // More filled cells than header cells usually means a delimiter inside an
    // unquoted field, which shifts every column after it.
    for (qsizetype i = m_header.width(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            return reject(tr("the record has %1 fields but the header has %2; a field that contains the "
                             "delimiter must be enclosed in quotes")
                              .arg(record.fields.size())
                              .arg(m_header.width()));
        }
    }
    return row;
}

} // namespace tw::pms
