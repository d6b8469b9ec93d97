#include "todaypage.h"

#include "logging.h"

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

using namespace Qt::StringLiterals;

namespace tw::ui {

TodayPage::TodayPage(storage::DatabaseUrl url, QWidget *parent)
    : Page(parent)
    , m_url(std::move(url))
{
    setObjectName(u"todayPage"_s);
    setAccessibleName(tr("Today"));

    auto *heading = new QLabel(tr("Today"), this);
    heading->setObjectName(u"todayHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Page title"));

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"todayDatabase"_s);
    m_databaseLabel->setAccessibleName(tr("Open database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setText(tr("Database: %1").arg(m_url.toDisplayString()));

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"todayCounts"_s);
    m_countsLabel->setAccessibleName(tr("Guests and stays"));
    m_countsLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_databaseLabel);
    layout->addWidget(m_countsLabel);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TodayPage::showSummary);
    TodayPage::refresh();
}

TodayPage::~TodayPage()
{
    // A count still running holds a connection to the database: it must end
    // before the window's database closes or the SQL drivers unload at exit.
    // Counting is quick, and connecting gives up after the storage layer's
    // connect timeout.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString TodayPage::title() const
{
    return tr("Today");
}

QIcon TodayPage::icon() const
{
    return QIcon::fromTheme(u"go-home"_s);
}

bool TodayPage::isLoading() const
{
    return m_watcher.isRunning();
}

void TodayPage::refresh()
{
    m_countsLabel->setText(tr("Counting guests and stays…"));
    // Replacing the future drops a result still on its way from an earlier refresh.
    m_watcher.setFuture(QtConcurrent::run(&DatabaseSummary::load, m_url));
}

void TodayPage::showSummary()
{
    const core::Result<DatabaseSummary> summary = m_watcher.result();
    if (!summary) {
        qCWarning(lcUi) << "cannot load the Today summary:" << summary.error();
        m_countsLabel->setText(tr("%1\nPress F5 to try again once the database can be reached.").arg(summary.error()));
    } else {
        const QString guests = tr("%Ln guest(s)", nullptr, int(qMin<qint64>(summary->guestCount, INT_MAX)));
        const QString stays = tr("%Ln stay(s)", nullptr, int(qMin<qint64>(summary->stayCount, INT_MAX)));
        m_countsLabel->setText(tr("This database holds %1 and %2.").arg(guests, stays));
    }
    Q_EMIT refreshed();
}

} // namespace tw::ui
