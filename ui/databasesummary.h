#pragma once

#include <core/result.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QMetaType>

namespace tw::ui {

// What the Today page tells about the open database. Loaded on a worker
// thread over a connection of its own, never on the UI thread.
struct DatabaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::DatabaseSummary)

public:
    qint64 guestCount = 0;
    qint64 stayCount = 0;

    // Opens its own connection to url, so it may run on any thread.
    static core::Result<DatabaseSummary> load(const storage::DatabaseUrl &url);
};

} // namespace tw::ui
