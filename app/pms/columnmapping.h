#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QChar>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace tw::pms {

// How the columns and values of one kind of PMS export map onto Tweetworthy's
// canonical stay columns: header renames, the date format, status words and how
// names are written. The default mapping reads the canonical headers, ISO 8601
// dates and the canonical status keys; named mappings come from JSON files,
// built in (resources/mappings/<name>.json) or given by path.
class ColumnMapping
{
public:
    // The canonical columns. Name (the whole name in one column, split according
    // to nameFormat()), Preferences and SocialConsent add to the list in the
    // import contract.
    enum class Column {
        Confirmation,
        Property,
        FirstName,
        LastName,
        Email,
        Phone,
        LoyaltyNumber,
        Vip,
        Room,
        Arrival,
        Departure,
        Status,
        XHandle,
        MastodonHandle,
        Notes,
        Name,
        Preferences,
        SocialConsent,
    };
    static constexpr int ColumnCount = int(Column::SocialConsent) + 1;

    enum class NameFormat {
        FirstLast, // "Anna Smith": the last word is the last name
        LastFirst, // "Smith, Anna"
    };

    // Where each canonical column is in one file's header.
    class Header
    {
    public:
        int indexOf(Column column) const { return m_index[int(column)]; }
        bool has(Column column) const { return indexOf(column) >= 0; }
        // The number of header cells.
        int width() const { return m_width; }
        // Header cells that name no canonical column, and cells naming a column
        // that an earlier cell already named (the first one wins).
        QStringList ignored;

    private:
        friend class ColumnMapping;
        std::array<int, ColumnCount> m_index = filled();
        int m_width = 0;
        static std::array<int, ColumnCount> filled()
        {
            std::array<int, ColumnCount> a{};
            a.fill(-1);
            return a;
        }
    };

    ColumnMapping();

    // A built-in mapping by name ("us-legacy", "de") or a JSON mapping file by
    // path; the default mapping for an empty string or "default".
    static core::Result<ColumnMapping> load(const QString &nameOrFile);
    // `origin` names the mapping in error messages (a file name or a built-in name).
    static core::Result<ColumnMapping> fromJson(const QByteArray &json, const QString &origin);
    static QStringList builtInNames();

    // "confirmation", "first_name", ... as written in files and mapping JSON.
    static QString columnKey(Column column);
    static std::optional<Column> columnFromKey(QStringView key);
    static QStringList columnKeys();

    // Header text compared the way this mapping compares it: case-insensitive,
    // trimmed, spaces, underscores and hyphens ignored ("First-Name" == "first_name").
    static QString normalizedKey(QStringView text);

    QString name() const { return m_name; }
    NameFormat nameFormat() const { return m_nameFormat; }
    // Empty for ISO 8601 (yyyy-MM-dd); otherwise a QDate format string.
    QString dateFormat() const { return m_dateFormat; }
    // The date format as people write it in messages: "YYYY-MM-DD", "DD.MM.YYYY".
    QString dateFormatForPeople() const;
    // The delimiter the export uses, taken whenever the header line has it
    // (see CsvReader::setPreferredDelimiter); null to detect it from the header.
    QChar delimiter() const { return m_delimiter; }

    Header resolve(const QStringList &headerCells) const;

    std::optional<QDate> parseDate(QStringView text) const;
    // The canonical keys (in any case, with spaces or hyphens) and the mapping's
    // own status words.
    std::optional<core::StayStatus> parseStatus(QStringView text) const;

private:
    QString m_name;
    QHash<QString, Column> m_renames;            // normalised header -> column
    QHash<QString, core::StayStatus> m_statuses; // normalised word -> status
    QString m_dateFormat;
    NameFormat m_nameFormat = NameFormat::FirstLast;
    QChar m_delimiter;
};

} // namespace tw::pms
