#include "screenshottour.h"

#include <ui/importing/importwizard.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/orders/neworderdialog.h>
#include <ui/page.h>
#include <ui/today/todaylistpane.h>

#include <desk/orders/orderform.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QPixmap>
#include <QPushButton>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

// Long enough for a page's first paint and its loader to have started; a
// page counts as loaded once the worker threads have been idle for a while.
constexpr int PollMs = 100;
constexpr int MinimumMs = 800;
constexpr int QuietPollsNeeded = 4;
constexpr int MaximumMs = 20000;

// The page (or any widget of the window) with a guestActivated(id) signal:
// the contract by which pages open a guest's profile.
std::pair<QObject *, QMetaMethod> guestOpener(MainWindow &window)
{
    for (int i = 0; i < window.pageCount(); ++i) {
        const QList<QObject *> candidates
            = QList<QObject *>{window.page(i)} + window.page(i)->findChildren<QObject *>();
        for (QObject *candidate : candidates) {
            const QMetaObject *meta = candidate->metaObject();
            for (int m = meta->methodOffset(); m < meta->methodCount(); ++m) {
                const QMetaMethod method = meta->method(m);
                if (method.methodType() == QMetaMethod::Signal && method.name() == "guestActivated"
                    && method.parameterCount() == 1)
                    return {candidate, method};
            }
        }
    }
    return {nullptr, {}};
}

// The menu action that opens the import (its object name says so).
QAction *importAction(MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName().contains("import"_L1, Qt::CaseInsensitive) && !action->menu())
            return action;
    }
    return nullptr;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    connect(&m_sampleWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_sample = m_sampleWatcher.result();
        buildSteps();
        nextStep();
    });
}

ScreenshotTour::~ScreenshotTour()
{
    m_sampleWatcher.disconnect(this);
    m_sampleWatcher.waitForFinished();
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        m_problems.append(u"cannot create the folder %1"_s.arg(m_directory));
        Q_EMIT finished(false);
        return;
    }
    QString code;
    if (const auto property = m_window.currentProperty())
        code = property->code;
    m_sampleWatcher.setFuture(QtConcurrent::run(&ScreenshotTour::findSample, m_window.databaseUrl(), code));
}

ScreenshotTour::Sample ScreenshotTour::findSample(const storage::DatabaseUrl &url, const QString &propertyCode)
{
    Sample sample;
    auto opened = storage::Database::open(url);
    if (!opened)
        return sample;
    storage::Database &db = *opened.value();
    storage::PropertyRepository properties(db);
    std::optional<core::Property> property = properties.byCode(propertyCode);
    if (!property) {
        const QList<core::Property> all = properties.list();
        if (all.isEmpty())
            return sample;
        property = all.constFirst();
    }
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(property->timeZone.toUtf8())).date();

    // The most telling in-house guest: VIP, a confirmed and a suggested handle.
    int best = -1;
    storage::SocialAccountRepository accounts(db);
    for (const core::Stay &stay : storage::StayRepository(db).overlapping(property->id, today, today)) {
        if (stay.status != core::StayStatus::InHouse)
            continue;
        const auto guest = storage::GuestRepository(db).byId(stay.guestId);
        if (!guest)
            continue;
        bool confirmed = false;
        bool suggested = false;
        for (const core::SocialAccount &account : accounts.forGuest(guest->id)) {
            confirmed = confirmed || account.state == core::LinkState::Confirmed;
            suggested = suggested || account.state == core::LinkState::Suggested;
        }
        const int score = (confirmed ? 4 : 0) + (suggested ? 2 : 0) + (guest->vipCode.isEmpty() ? 0 : 1);
        if (score > best) {
            best = score;
            sample.guestId = guest->id;
            // A few letters of the surname: a search as staff type it, with
            // more than one guest in the results.
            sample.searchText = guest->lastName.left(3);
        }
    }
    return sample;
}

void ScreenshotTour::buildSteps()
{
    for (int i = 0; i < m_window.pageCount(); ++i) {
        Page *page = m_window.page(i);
        // A page that can play a demo (the live feed on the demo hotel) plays
        // it, and the picture waits a second time for what the demo brings.
        const int demo = page->metaObject()->indexOfSlot("startDemo()");
        Step step{page->screenshotName(), [i, demo](ScreenshotTour &tour, QString *) -> QWidget * {
                      MainWindow &window = tour.window();
                      window.showPage(i);
                      Page *shown = window.page(i);
                      if (demo >= 0)
                          shown->metaObject()->method(demo).invoke(shown, Qt::DirectConnection);
                      if (shown->hasSearch() && !tour.sample().searchText.isEmpty()) {
                          shown->focusSearch();
                          // The page's own record of its focus: without a window
                          // manager the window may never become active.
                          QWidget *search = shown->focusWidget();
                          typeInto(search ? search : QApplication::focusWidget(), tour.sample().searchText);
                      }
                      return nullptr;
                  }};
        if (demo >= 0)
            step.then = [](ScreenshotTour &, QWidget *) {};
        m_steps.append(step);
    }

    // The dialogs, in the order the README shows them.
    m_steps.append({u"profile"_s, [](ScreenshotTour &tour, QString *problem) -> QWidget * {
                        auto [opener, signal] = guestOpener(tour.window());
                        if (!opener) {
                            *problem = u"no page opens a guest (no guestActivated signal)"_s;
                            return nullptr;
                        }
                        if (tour.sample().guestId == core::InvalidId) {
                            *problem = u"no guest in house to show"_s;
                            return nullptr;
                        }
                        // Spelled as the page declares it (tw::core::Id, core::Id or
                        // qint64): the same 64-bit value either way.
                        core::Id id = tour.sample().guestId;
                        signal.invoke(opener, Qt::DirectConnection,
                                      QGenericArgument(signal.parameterTypeName(0).constData(), &id));
                        return tour.newWindow();
                    }});
    m_steps.append({u"card-editor"_s, [](ScreenshotTour &tour, QString *problem) -> QWidget * {
                        // Opened as staff open it from the Today board, for the same guest as the profile.
                        auto *pane = tour.window().findChild<TodayListPane *>();
                        if (!pane) {
                            *problem = u"the window has no Today list to write a card from"_s;
                            return nullptr;
                        }
                        if (tour.sample().guestId == core::InvalidId) {
                            *problem = u"no guest in house to write a card for"_s;
                            return nullptr;
                        }
                        tour.window().showPage(0);
                        Q_EMIT pane->writeCardRequested(tour.sample().guestId);
                        return tour.newWindow();
                    }});
    m_steps.append({u"new-order"_s,
                    [](ScreenshotTour &tour, QString *problem) -> QWidget * {
                        // Opened from the Today board too, for the same guest.
                        auto *pane = tour.window().findChild<TodayListPane *>();
                        if (!pane || tour.sample().guestId == core::InvalidId) {
                            *problem = u"no guest in house to order an amenity for"_s;
                            return nullptr;
                        }
                        tour.window().showPage(0);
                        Q_EMIT pane->newOrderRequested(tour.sample().guestId);
                        return tour.newWindow();
                    },
                    [](ScreenshotTour &, QWidget *target) {
                        // Two items chosen, so the total and the note show.
                        auto *dialog = qobject_cast<NewOrderDialog *>(target);
                        if (!dialog || dialog->form()->rowCount() == 0)
                            return;
                        dialog->form()->setQuantity(std::min(1, dialog->form()->rowCount() - 1), 1);
                        dialog->form()->setQuantity(0, 2);
                    }});
    m_steps.append({u"import-wizard"_s,
                    [](ScreenshotTour &tour, QString *problem) -> QWidget * {
                        QAction *action = importAction(tour.window());
                        if (!action) {
                            *problem = u"the window has no import action"_s;
                            return nullptr;
                        }
                        tour.window().showPage(0);
                        action->trigger();
                        return tour.newWindow();
                    },
                    [](ScreenshotTour &tour, QWidget *target) {
                        // On to the preview of a small export with two refused rows.
                        auto *wizard = qobject_cast<ImportWizard *>(target);
                        if (!wizard)
                            return;
                        wizard->setFileName(tour.writeSampleExport());
                        wizard->next();
                    }});
    m_steps.append({u"settings"_s, [](ScreenshotTour &tour, QString *) -> QWidget * {
                        SettingsDialog *dialog = tour.window().openSettings(SettingsDialog::Tab::Database);
                        if (auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_s))
                            test->click();
                        return dialog;
                    }});
}

QWidget *ScreenshotTour::newWindow() const
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !m_windowsBefore.contains(widget) && widget != &m_window
            && !qobject_cast<QMenu *>(widget)
            && (widget->windowType() == Qt::Dialog || widget->windowType() == Qt::Window))
            return widget;
    }
    return nullptr;
}

void ScreenshotTour::nextStep()
{
    ++m_current;
    if (m_current >= m_steps.size()) {
        for (const QString &problem : std::as_const(m_problems))
            qCWarning(lcUi) << "screenshots:" << problem;
        Q_EMIT finished(m_problems.isEmpty());
        return;
    }
    const Step &step = m_steps.at(m_current);
    m_windowsBefore.clear();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            m_windowsBefore.insert(widget);
    }
    QString problem;
    m_target = step.open(*this, &problem);
    if (!problem.isEmpty()) {
        m_problems.append(u"%1: %2"_s.arg(step.name, problem));
        QMetaObject::invokeMethod(this, &ScreenshotTour::nextStep, Qt::QueuedConnection);
        return;
    }
    m_targetIsWindow = m_target.isNull();
    m_thenDone = false;
    m_quietPolls = 0;
    m_elapsed.start();
    m_poll.start();
}

void ScreenshotTour::poll()
{
    // A dialog may open a moment after its action fires.
    if (!m_targetIsWindow && m_target.isNull())
        m_target = newWindow();
    const bool quiet = QThreadPool::globalInstance()->activeThreadCount() == 0;
    m_quietPolls = quiet ? m_quietPolls + 1 : 0;
    if ((m_elapsed.elapsed() >= MinimumMs && m_quietPolls >= QuietPollsNeeded) || m_elapsed.elapsed() >= MaximumMs) {
        const Step &step = m_steps.at(m_current);
        if (step.then && !m_thenDone) {
            m_thenDone = true;
            step.then(*this, m_targetIsWindow ? static_cast<QWidget *>(&m_window) : m_target.data());
            m_quietPolls = 0;
            m_elapsed.restart();
            return;
        }
        m_poll.stop();
        capture();
    }
}

void ScreenshotTour::capture()
{
    const Step &step = m_steps.at(m_current);
    QWidget *target = m_targetIsWindow ? static_cast<QWidget *>(&m_window) : m_target.data();
    if (!target) {
        m_problems.append(u"%1: no window opened"_s.arg(step.name));
    } else {
        const QString file = QDir(m_directory).filePath(step.name + u".png"_s);
        if (target->grab().save(file, "PNG"))
            m_written.append(file);
        else
            m_problems.append(u"%1: cannot write %2"_s.arg(step.name, file));
        if (!m_targetIsWindow) {
            if (auto *dialog = qobject_cast<QDialog *>(target))
                dialog->reject();
            else
                target->close();
        }
    }
    nextStep();
}

QString ScreenshotTour::writeSampleExport() const
{
    // Dates around today, so the rows look current; two rows are refused (a
    // date that does not exist, a departure before the arrival).
    const QDate today = QDate::currentDate();
    const auto day = [&](int offset) { return today.addDays(offset).toString(Qt::ISODate); };
    QString csv = u"confirmation,first_name,last_name,email,phone,vip,room,arrival,departure,status,x_handle\n"_s;
    csv += u"HV-90311,Ingrid,Solberg,ingrid.solberg@example.com,+47 912 34 567,VIP1,512,%1,%2,reserved,@ingrid_s\n"_s
               .arg(day(0), day(4));
    csv += u"HV-90312,Mateo,Rojas,mateo.rojas@example.net,+34 611 222 333,,214,%1,%2,reserved,\n"_s.arg(day(0), day(2));
    csv += u"HV-90313,Aiko,Tanaka,aiko.tanaka@example.org,+81 90 1234 5678,VIP2,818,%1,%2,reserved,@aiko_t\n"_s.arg(
        day(1), day(6));
    csv += u"HV-90314,Samuel,Okafor,samuel.okafor@example.com,+234 803 555 0100,,305,2026-02-30,%1,reserved,\n"_s.arg(
        day(3));
    csv += u"HV-90315,Clara,Becker,clara.becker@example.de,+49 151 2345 6789,,407,%1,%2,reserved,@clarab\n"_s.arg(
        day(2), day(5));
    csv += u"HV-90316,Liam,Walsh,liam.walsh@example.ie,+353 87 123 4567,,109,%1,%2,reserved,\n"_s.arg(day(5), day(1));
    csv += u"HV-90317,Nadia,Haddad,nadia.haddad@example.com,+961 3 123 456,VIP1,601,%1,%2,reserved,@nadiahaddad\n"_s
               .arg(day(0), day(3));

    const QString file = QDir(m_directory).filePath(u"pms-export.csv"_s);
    QFile out(file);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(csv.toUtf8());
    return file;
}

void ScreenshotTour::typeInto(QWidget *widget, const QString &text)
{
    if (!widget)
        return;
    // Key by key, as staff type, so search-as-you-type reacts as it would.
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace tw::ui
