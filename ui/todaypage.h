#pragma once

#include "databasesummary.h"
#include "page.h"

#include <core/result.h>
#include <storage/databaseurl.h>

#include <QFutureWatcher>

class QLabel;

namespace tw::ui {

// The first page staff see: which database is open and what it holds. Grows
// into today's arrivals, in-house guests and open follow-ups.
class TodayPage : public Page
{
    Q_OBJECT

public:
    explicit TodayPage(storage::DatabaseUrl url, QWidget *parent = nullptr);
    ~TodayPage() override;

    QString title() const override;
    QIcon icon() const override;

    bool isLoading() const;

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    // The counts (or the reason they could not be read) are on screen.
    void refreshed();

private:
    void showSummary();

    storage::DatabaseUrl m_url;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QFutureWatcher<core::Result<DatabaseSummary>> m_watcher;
};

} // namespace tw::ui
