#pragma once

#include <core/result.h>
#include <core/types.h>
#include <pms/demohotel.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace tw::ui {

// What the settings dialog, the first start and the window's property check
// read from and write to a database. Every call opens a connection of its own
// to the URL, so it runs on a worker thread and never holds up the window.
class DeskSetup
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::DeskSetup)

public:
    struct Contents
    {
        QList<core::Property> properties;
        QStringList staffNames; // active staff, for completing the name at the desk
    };

    struct Change
    {
        // Added when its id is core::InvalidId, updated otherwise; nothing when empty.
        std::optional<core::Property> property;
        // Recorded as a member of staff when not empty.
        QString staffName;
    };

    struct Saved
    {
        std::optional<core::Property> property; // as stored: code in upper case, times to the minute
        QString staffName;                      // as stored: spaces simplified
    };

    // Opens a connection and closes it again. On success, a sentence on what was
    // found (the schema version, or that the database is still empty); a SQLite
    // file that does not exist yet is reported without being created.
    static core::Result<QString> testConnection(const storage::DatabaseUrl &url);

    static core::Result<Contents> load(const storage::DatabaseUrl &url);

    // Writes the property and the staff member in one transaction: both or neither.
    static core::Result<Saved> save(const storage::DatabaseUrl &url, const Change &change);

    // Creates the database if needed and brings its schema up to date, so that
    // the window can reopen on it at once.
    static core::Status prepare(const storage::DatabaseUrl &url);

    // The demo hotel around today's date on this computer (what tweetworthy-cli
    // demo seed does).
    static core::Result<pms::DemoSummary> seedDemoHotel(const storage::DatabaseUrl &url, const QDate &today);
};

} // namespace tw::ui
