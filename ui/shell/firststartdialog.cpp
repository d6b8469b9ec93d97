#include "firststartdialog.h"

#include <ui/logging.h>

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {
std::optional<FirstStartDialog::Choice> s_presetChoice;
}

FirstStartDialog::FirstStartDialog(storage::DatabaseUrl url, bool createdDatabase, QWidget *parent)
    : QDialog(parent)
    , m_url(std::move(url))
{
    setObjectName(u"firstStartDialog"_s);
    setWindowTitle(createdDatabase ? tr("Welcome to Tweetworthy") : tr("Open the Demo Hotel"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/tweetworthy.svg"_s).pixmap(64, 64));
    icon->setAccessibleName(tr("Tweetworthy logo"));

    auto *heading = new QLabel(createdDatabase ? tr("Welcome to Tweetworthy") : tr("No hotel yet"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QString text;
    if (createdDatabase)
        text
            = tr("Tweetworthy has created its database on this computer:\n%1").arg(m_url.toDisplayString()) + u"\n\n"_s;
    text += tr("Would you like to look around a demo hotel first? The Harbour View Hotel comes with a few hundred "
               "made-up guests, today's arrivals and departures, guests in house and their social handles.\n\n"
               "Start empty to set up your own hotel in Settings.");
    auto *body = new QLabel(text, this);
    body->setObjectName(u"firstStartText"_s);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"demoProgress"_s);
    m_progress->setAccessibleName(tr("Setting up the demo hotel"));
    // The demo's import reports no steps; a busy bar says it is working.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"firstStartStatus"_s);
    m_status->setAccessibleName(tr("Demo hotel status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_demoButton = buttons->addButton(tr("&Open the demo hotel"), QDialogButtonBox::AcceptRole);
    m_demoButton->setObjectName(u"openDemoButton"_s);
    m_demoButton->setDefault(true);
    m_emptyButton = buttons->addButton(tr("&Start empty"), QDialogButtonBox::RejectRole);
    m_emptyButton->setObjectName(u"startEmptyButton"_s);
    connect(m_demoButton, &QPushButton::clicked, this, &FirstStartDialog::openDemoHotel);
    connect(m_emptyButton, &QPushButton::clicked, this, &FirstStartDialog::startEmpty);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(heading);
    textColumn->addWidget(body);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(textColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FirstStartDialog::finishSeeding);
}

FirstStartDialog::~FirstStartDialog()
{
    // The seeding holds its own connection; it must end before the database
    // closes or the SQL drivers unload at exit.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void FirstStartDialog::setPresetChoice(std::optional<Choice> choice)
{
    s_presetChoice = choice;
}

std::optional<FirstStartDialog::Choice> FirstStartDialog::presetChoice()
{
    return s_presetChoice;
}

void FirstStartDialog::ask()
{
    if (!s_presetChoice) {
        open();
        return;
    }
    // Acted on from the event loop, like a click, so callers connect first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (*s_presetChoice == Choice::DemoHotel)
                openDemoHotel();
            else
                startEmpty();
        },
        Qt::QueuedConnection);
}

void FirstStartDialog::openDemoHotel()
{
    if (isSeeding())
        return;
    m_choice = Choice::DemoHotel;
    m_demoButton->setEnabled(false);
    m_emptyButton->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Setting up the Harbour View Hotel…"));
    m_watcher.setFuture(QtConcurrent::run(&DeskSetup::seedDemoHotel, m_url, QDate::currentDate()));
}

void FirstStartDialog::finishSeeding()
{
    const core::Result<pms::DemoSummary> result = m_watcher.result();
    m_progress->hide();
    if (!result) {
        m_choice.reset();
        m_demoButton->setEnabled(true);
        m_emptyButton->setEnabled(true);
        m_demoButton->setText(tr("&Try again"));
        m_status->setText(tr("%1\nTry again, or start empty and add your hotel in Settings.").arg(result.error()));
        Q_EMIT demoHotelFailed(result.error());
        return;
    }
    m_summary = result.value();
    m_status->setText(tr("The demo hotel is ready."));
    Q_EMIT demoHotelOpened(*m_summary);
    accept();
}

void FirstStartDialog::startEmpty()
{
    if (isSeeding())
        return;
    m_choice = Choice::StartEmpty;
    Q_EMIT startedEmpty();
    QDialog::reject();
}

void FirstStartDialog::reject()
{
    // Escape or the window's close button: the same as "Start empty", unless
    // the demo is being written.
    if (isSeeding())
        return;
    startEmpty();
}

} // namespace tw::ui
