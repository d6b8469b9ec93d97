#pragma once

#include "columnmapping.h"
#include "csvreader.h"

#include <core/result.h>
#include <core/types.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::pms {

// One reservation as read from a PMS export, checked and normalised but not yet
// matched against the database.
struct StayRow
{
    int line = 0;
    QString confirmation;
    QString propertyCode; // empty when the file has no property for the row
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString loyaltyNumber;
    QString vipCode;
    QString room;
    QDate arrival;
    QDate departure;
    std::optional<core::StayStatus> status; // none: keep the stored one (reserved for a new stay)
    QString xHandle;                        // normalised, empty when none
    QString mastodonHandle;                 // normalised, empty when none
    QString notes;
    QString preferences;
    std::optional<bool> socialConsent;
};

// Turns CSV records into StayRows according to a column mapping, with a reason
// people understand for every record it refuses. Pure: no database.
class StayRowParser
{
public:
    StayRowParser(const ColumnMapping &mapping, const ColumnMapping::Header &header);

    // The columns every import needs that the header lacks, as people would name
    // them; empty when the header will do.
    static QStringList missingColumns(const ColumnMapping::Header &header);

    // A record with nothing but empty cells (spreadsheets leave such rows behind).
    static bool isBlank(const CsvRecord &record);

    // The row, or why it cannot be imported (without the "line N:" prefix).
    core::Result<StayRow> parse(const CsvRecord &record) const;

private:
    QString cell(const CsvRecord &record, ColumnMapping::Column column) const;

    ColumnMapping m_mapping;
    ColumnMapping::Header m_header;
};

} // namespace tw::pms
