#include "columnmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::pms {

namespace {

using Column = ColumnMapping::Column;

constexpr std::array<std::pair<Column, QLatin1StringView>, ColumnMapping::ColumnCount> kColumns{{
    {Column::Confirmation, "confirmation"_L1},
    {Column::Property, "property"_L1},
    {Column::FirstName, "first_name"_L1},
    {Column::LastName, "last_name"_L1},
    {Column::Email, "email"_L1},
    {Column::Phone, "phone"_L1},
    {Column::LoyaltyNumber, "loyalty_number"_L1},
    {Column::Vip, "vip"_L1},
    {Column::Room, "room"_L1},
    {Column::Arrival, "arrival"_L1},
    {Column::Departure, "departure"_L1},
    {Column::Status, "status"_L1},
    {Column::XHandle, "x_handle"_L1},
    {Column::MastodonHandle, "mastodon_handle"_L1},
    {Column::Notes, "notes"_L1},
    {Column::Name, "name"_L1},
    {Column::Preferences, "preferences"_L1},
    {Column::SocialConsent, "social_consent"_L1},
}};

const QString kResourceFolder = u":/mappings"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::pms::ColumnMapping", text);
}

core::Result<ColumnMapping> failure(const QString &message)
{
    return core::Result<ColumnMapping>::failure(message);
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

ColumnMapping::ColumnMapping()
    : m_name(u"default"_s)
{
}

QString ColumnMapping::columnKey(Column column)
{
    for (const auto &[c, key] : kColumns) {
        if (c == column)
            return QString(key);
    }
    return {};
}

std::optional<ColumnMapping::Column> ColumnMapping::columnFromKey(QStringView key)
{
    const QString normalized = normalizedKey(key);
    for (const auto &[c, name] : kColumns) {
        if (normalizedKey(QString(name)) == normalized)
            return c;
    }
    return std::nullopt;
}

QStringList ColumnMapping::columnKeys()
{
    QStringList keys;
    for (const auto &[c, key] : kColumns)
        keys.append(QString(key));
    return keys;
}

QString ColumnMapping::normalizedKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u' ' || c == u'_' || c == u'-' || c == QChar::Nbsp || c == u'\t')
            continue;
        key.append(c);
    }
    return key.toCaseFolded();
}

QStringList ColumnMapping::builtInNames()
{
    QStringList names;
    const QStringList files = QDir(kResourceFolder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

core::Result<ColumnMapping> ColumnMapping::load(const QString &nameOrFile)
{
    const QString trimmed = nameOrFile.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"default"_s, Qt::CaseInsensitive) == 0)
        return ColumnMapping();

    QString path;
    QString origin;
    const QString builtIn = kResourceFolder + u'/' + trimmed.toLower() + u".json"_s;
    if (!trimmed.contains(u'/') && !trimmed.endsWith(u".json"_s, Qt::CaseInsensitive) && QFile::exists(builtIn)) {
        path = builtIn;
        origin = trimmed.toLower();
    } else if (QFileInfo(trimmed).isFile()) {
        path = trimmed;
        origin = QFileInfo(trimmed).fileName();
    } else if (trimmed.contains(u'/') || trimmed.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        return failure(tr("The column mapping file %1 does not exist. Check the path, or use one of the built-in "
                          "mappings: %2.")
                           .arg(quoted(trimmed), builtInNames().join(u", "_s)));
    } else {
        return failure(tr("There is no built-in column mapping called %1. Built-in mappings: %2; or give the path "
                          "of a JSON mapping file.")
                           .arg(quoted(trimmed), builtInNames().join(u", "_s)));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("Cannot read the column mapping %1: %2.").arg(quoted(origin), file.errorString()));
    }
    return fromJson(file.readAll(), origin);
}

core::Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(tr("The column mapping %1 is not valid JSON (at character %2: %3).")
                           .arg(quoted(origin))
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return failure(tr("The column mapping %1 must be a JSON object.").arg(quoted(origin)));

    const QJsonObject root = doc.object();
    static const QStringList known{u"name"_s,          u"description"_s, u"columns"_s,  u"date_format"_s,
                                   u"status_values"_s, u"name_format"_s, u"delimiter"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key())) {
            return failure(tr("The column mapping %1 has an unknown setting %2. Known settings: %3.")
                               .arg(quoted(origin), quoted(it.key()), known.join(u", "_s)));
        }
    }

    ColumnMapping mapping;
    mapping.m_name = root.value(u"name"_s).toString(origin);

    const QJsonValue columns = root.value(u"columns"_s);
    if (!columns.isUndefined() && !columns.isObject()) {
        return failure(tr("In the column mapping %1, \"columns\" must be an object of header names and "
                          "column names.")
                           .arg(quoted(origin)));
    }
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        const auto column = columnFromKey(it.value().toString());
        if (!it.value().isString() || !column) {
            return failure(tr("In the column mapping %1, the header %2 maps to %3, which is not a column. Columns: "
                              "%4.")
                               .arg(quoted(origin), quoted(it.key()), quoted(it.value().toVariant().toString()),
                                    columnKeys().join(u", "_s)));
        }
        mapping.m_renames.insert(normalizedKey(it.key()), *column);
    }

    const QJsonValue dateFormat = root.value(u"date_format"_s);
    if (!dateFormat.isUndefined()) {
        const QString format = dateFormat.toString().trimmed();
        // A format that cannot read back what it writes would reject every row.
        const QDate probe(2026, 11, 23);
        if (format.isEmpty() || QDate::fromString(probe.toString(format), format) != probe) {
            return failure(tr("In the column mapping %1, the date format %2 cannot be used. Write it with dd, MM "
                              "and yyyy, e.g. \"dd.MM.yyyy\" or \"MM/dd/yyyy\".")
                               .arg(quoted(origin), quoted(dateFormat.toVariant().toString())));
        }
        if (format != u"yyyy-MM-dd"_s)
            mapping.m_dateFormat = format;
    }

    const QJsonValue statuses = root.value(u"status_values"_s);
    if (!statuses.isUndefined() && !statuses.isObject()) {
        return failure(tr("In the column mapping %1, \"status_values\" must be an object of status words and "
                          "statuses.")
                           .arg(quoted(origin)));
    }
    const QJsonObject statusObject = statuses.toObject();
    for (auto it = statusObject.begin(); it != statusObject.end(); ++it) {
        const auto status = core::stayStatusFromKey(it.value().toString());
        if (!it.value().isString() || !status) {
            return failure(tr("In the column mapping %1, the status %2 maps to %3, which is not a status. Statuses: "
                              "reserved, in_house, checked_out, cancelled, no_show.")
                               .arg(quoted(origin), quoted(it.key()), quoted(it.value().toVariant().toString())));
        }
        mapping.m_statuses.insert(normalizedKey(it.key()), *status);
    }

    const QString nameFormat = root.value(u"name_format"_s).toString(u"first_last"_s);
    if (nameFormat == u"last_first"_s) {
        mapping.m_nameFormat = NameFormat::LastFirst;
    } else if (nameFormat != u"first_last"_s) {
        return failure(tr("In the column mapping %1, the name format %2 is unknown. Use \"last_first\" for "
                          "\"Smith, Anna\" or \"first_last\" for \"Anna Smith\".")
                           .arg(quoted(origin), quoted(nameFormat)));
    }

    const QJsonValue delimiter = root.value(u"delimiter"_s);
    if (!delimiter.isUndefined()) {
        const QString text = delimiter.toString();
        if (text == u","_s || text == u";"_s || text == u"\t"_s)
            mapping.m_delimiter = text.at(0);
        else if (text.compare(u"tab"_s, Qt::CaseInsensitive) == 0)
            mapping.m_delimiter = u'\t';
        else
            return failure(tr("In the column mapping %1, the delimiter must be a comma (,), a semicolon (;) or tab.")
                               .arg(quoted(origin)));
    }
    return mapping;
}

QString ColumnMapping::dateFormatForPeople() const
{
    if (m_dateFormat.isEmpty())
        return u"YYYY-MM-DD"_s;
    QString people = m_dateFormat;
    for (QChar &c : people) {
        if (c == u'd' || c == u'y')
            c = c.toUpper();
    }
    return people;
}

ColumnMapping::Header ColumnMapping::resolve(const QStringList &headerCells) const
{
    Header header;
    header.m_width = int(headerCells.size());
    for (int i = 0; i < headerCells.size(); ++i) {
        const QString key = normalizedKey(headerCells.at(i));
        if (key.isEmpty())
            continue;
        std::optional<Column> column;
        if (const auto renamed = m_renames.constFind(key); renamed != m_renames.constEnd())
            column = renamed.value();
        else
            column = columnFromKey(key);
        if (!column || header.has(*column)) {
            header.ignored.append(headerCells.at(i).trimmed());
            continue;
        }
        header.m_index[int(*column)] = i;
    }
    return header;
}

std::optional<QDate> ColumnMapping::parseDate(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (m_dateFormat.isEmpty()) {
        // ISO 8601 by hand: QDate::fromString with a format is a noticeable part
        // of importing a large file.
        const auto number = [&trimmed](qsizetype from, qsizetype count) {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                const QChar c = trimmed.at(i);
                if (c < u'0' || c > u'9')
                    return -1;
                value = value * 10 + (c.unicode() - u'0');
            }
            return value;
        };
        if (trimmed.size() < 10 || trimmed.at(4) != u'-' || trimmed.at(7) != u'-')
            return std::nullopt;
        if (trimmed.size() > 10 && trimmed.at(10) != u'T' && trimmed.at(10) != u' ')
            return std::nullopt;
        const int year = number(0, 4);
        const int month = number(5, 2);
        const int day = number(8, 2);
        if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
            return std::nullopt;
        return QDate(year, month, day);
    }
    const QString &format = m_dateFormat;
    const bool twoDigitYear = !format.contains(u"yyyy"_s) && format.contains(u"yy"_s);

    const auto parse = [&](QStringView candidate) -> std::optional<QDate> {
        QDate date = QDate::fromString(candidate.toString(), format);
        if (!date.isValid())
            return std::nullopt;
        if (twoDigitYear && date.year() < 1970)
            date = date.addYears(100);
        return date;
    };
    if (auto date = parse(trimmed))
        return date;
    // Many exports append a time to dates ("03/04/2026 12:00 AM").
    if (const qsizetype cut = trimmed.indexOf(u' '); cut > 0)
        return parse(trimmed.left(cut));
    return std::nullopt;
}

std::optional<core::StayStatus> ColumnMapping::parseStatus(QStringView text) const
{
    const QString key = normalizedKey(text);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = m_statuses.constFind(key); it != m_statuses.constEnd())
        return it.value();
    for (const core::StayStatus status :
         {core::StayStatus::Reserved, core::StayStatus::InHouse, core::StayStatus::CheckedOut,
          core::StayStatus::Cancelled, core::StayStatus::NoShow}) {
        if (normalizedKey(core::stayStatusKey(status)) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace tw::pms
