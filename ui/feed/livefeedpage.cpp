#include "livefeedpage.h"

#include "connectionindicator.h"
#include "feeddelegate.h"
#include "feedlistview.h"
#include "listeningrulesdialog.h"

#include <ui/logging.h>
#include <ui/settings.h>

#include <core/inhouserule.h>
#include <desk/feed/feedcontroller.h>
#include <desk/feed/feedmodel.h>
#include <storage/database.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

constexpr int kActionResultMs = 6000;
constexpr int kNoticeTextLength = 160;
// More posts by in-house guests than this in one go get one notification.
constexpr int kMaxSingleNotifications = 3;

QFrame *bannerFrame(const QString &name, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    return frame;
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= kNoticeTextLength ? simple : simple.left(kNoticeTextLength - 1) + u'…';
}

} // namespace

LiveFeedPage::LiveFeedPage(storage::Database &database, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
{
    setObjectName(u"feedPage"_s);
    setAccessibleName(tr("Live feed"));

    m_model = new desk::FeedModel(database.url(), this);
    m_model->setPropertyCode(m_settings.propertyCode());
    m_model->setActor(m_settings.staffName());
    m_model->watch(database);
    m_controller = new desk::FeedController(database.url(), this);
    m_notifier = new PostNotifier(this, this);
    m_notifier->setFallback([this](const PostNotification &n) { showNotice(n); });
    connect(m_notifier, &PostNotifier::activated, this, &LiveFeedPage::selectPost);

    // Heading and the rules.
    auto *heading = new QLabel(tr("Live feed"), this);
    heading->setObjectName(u"feedHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Page title"));
    auto *rulesButton = new QPushButton(tr("Listening &rules…"), this);
    rulesButton->setObjectName(u"rulesButton"_s);
    rulesButton->setToolTip(tr("What this hotel listens for on X and Mastodon"));
    connect(rulesButton, &QPushButton::clicked, this, &LiveFeedPage::showRules);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 1);
    headingRow->addWidget(rulesButton, 0, Qt::AlignBottom);

    // Connections.
    m_indicator = new ConnectionIndicator(this);
    m_stopDemoButton = new QPushButton(tr("S&top the demo"), this);
    m_stopDemoButton->setObjectName(u"stopDemoButton"_s);
    m_stopDemoButton->setToolTip(tr("Stop replaying the sample posts; the posts already shown stay."));
    m_stopDemoButton->hide();
    connect(m_stopDemoButton, &QPushButton::clicked, this, &LiveFeedPage::stopDemo);
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_indicator, 1);
    connectionRow->addWidget(m_stopDemoButton);

    // The demo offer.
    m_demoOffer = bannerFrame(u"demoOffer"_s, this);
    m_demoOffer->setAccessibleName(tr("Demo feed"));
    auto *demoText = new QLabel(tr("No network listens for this hotel yet. This is the demo hotel: play the demo "
                                   "feed to see how the page works. It replays sample posts about the Harbour View "
                                   "on this computer; nothing is read from X or Mastodon."),
                                m_demoOffer);
    demoText->setWordWrap(true);
    auto *playDemo = new QPushButton(tr("&Play the demo feed"), m_demoOffer);
    playDemo->setObjectName(u"playDemoButton"_s);
    connect(playDemo, &QPushButton::clicked, this, &LiveFeedPage::startDemo);
    auto *demoRow = new QHBoxLayout(m_demoOffer);
    demoRow->addWidget(demoText, 1);
    demoRow->addWidget(playDemo, 0, Qt::AlignVCenter);
    m_demoOffer->hide();

    // Filters.
    m_inHouseOnly = new QCheckBox(tr("&In house only"), this);
    m_inHouseOnly->setObjectName(u"inHouseFilter"_s);
    m_inHouseOnly->setToolTip(tr("Only posts by guests who were in house when they posted"));
    m_unhandledOnly = new QCheckBox(tr("Not yet &handled"), this);
    m_unhandledOnly->setObjectName(u"unhandledFilter"_s);
    m_unhandledOnly->setToolTip(tr("Only posts nobody has replied to, resolved or ignored yet"));
    m_networkFilter = new QComboBox(this);
    m_networkFilter->setObjectName(u"networkFilter"_s);
    m_networkFilter->setAccessibleName(tr("Network"));
    m_networkFilter->addItem(tr("All networks"), -1);
    m_networkFilter->addItem(desk::FeedModel::networkName(core::Network::X), int(core::Network::X));
    m_networkFilter->addItem(desk::FeedModel::networkName(core::Network::Mastodon), int(core::Network::Mastodon));
    auto *networkLabel = new QLabel(tr("Net&work:"), this);
    networkLabel->setBuddy(m_networkFilter);
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(u"tagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Rule tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagFilter->addItem(tr("All tags"), QString());
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_inHouseOnly);
    filterRow->addWidget(m_unhandledOnly);
    filterRow->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    filterRow->addWidget(networkLabel);
    filterRow->addWidget(m_networkFilter);
    filterRow->addWidget(tagLabel);
    filterRow->addWidget(m_tagFilter);
    filterRow->addStretch(1);

    connect(m_inHouseOnly, &QCheckBox::toggled, m_model, &desk::FeedModel::setInHouseOnly);
    connect(m_unhandledOnly, &QCheckBox::toggled, m_model, &desk::FeedModel::setUnhandledOnly);
    connect(m_networkFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_networkFilter->currentData().toInt();
        m_model->setNetwork(value < 0 ? std::nullopt : std::optional<core::Network>(core::Network(value)));
    });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRuleTag(m_tagFilter->currentData().toString()); });

    // The in-window notice, for desktops without a notification service.
    m_notice = bannerFrame(u"feedNotice"_s, this);
    m_notice->setAccessibleName(tr("Post by an in-house guest"));
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(u"feedNoticeText"_s);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    auto *noticeShow = new QPushButton(tr("&Show"), m_notice);
    noticeShow->setObjectName(u"feedNoticeShow"_s);
    auto *noticeClose = new QToolButton(m_notice);
    noticeClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    noticeClose->setAccessibleName(tr("Close the notice"));
    noticeClose->setToolTip(tr("Close the notice"));
    auto *noticeRow = new QHBoxLayout(m_notice);
    noticeRow->addWidget(m_noticeText, 1);
    noticeRow->addWidget(noticeShow);
    noticeRow->addWidget(noticeClose);
    m_notice->hide();
    connect(noticeShow, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        selectPost(m_noticePost);
    });
    connect(noticeClose, &QToolButton::clicked, m_notice, &QWidget::hide);

    // The list.
    m_status = new QLabel(this);
    m_status->setObjectName(u"feedStatus"_s);
    m_status->setAccessibleName(tr("Feed status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_newAboveButton = new QPushButton(this);
    m_newAboveButton->setObjectName(u"newAboveButton"_s);
    m_newAboveButton->setFlat(true);
    m_newAboveButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp, nullptr, this));
    m_newAboveButton->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_newAboveButton);

    m_view = new FeedListView(this);
    m_view->setObjectName(u"feedList"_s);
    m_view->setAccessibleName(tr("Posts, newest first"));
    m_delegate = new FeedDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { act(Action::OpenGuest); });
    connect(m_view, &FeedListView::newAboveChanged, this, [this](int count) {
        m_newAboveButton->setText(tr("%n new post(s) above", nullptr, count));
        m_newAboveButton->setToolTip(tr("Back to the newest post (Home)"));
        m_newAboveButton->setVisible(count > 0);
    });
    connect(m_newAboveButton, &QPushButton::clicked, m_view, &FeedListView::scrollToNewest);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LiveFeedPage::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addLayout(headingRow);
    layout->addLayout(connectionRow);
    layout->addWidget(m_demoOffer);
    layout->addLayout(filterRow);
    layout->addWidget(m_notice);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    createActions();

    connect(m_model, &desk::FeedModel::loaded, this, &LiveFeedPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LiveFeedPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LiveFeedPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LiveFeedPage::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LiveFeedPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LiveFeedPage::updateActions);
    connect(m_model, &desk::FeedModel::ruleTagsChanged, this, &LiveFeedPage::updateTags);
    connect(m_model, &desk::FeedModel::propertyChanged, this, [this](const core::Property &property) {
        m_delegate->setTimeZone(core::InHouseRule(property).timeZone());
        m_view->viewport()->update();
    });
    connect(m_model, &desk::FeedModel::actionFailed, this,
            [this](core::Id, const QString &message) { showActionResult(message, true); });
    connect(m_model, &desk::FeedModel::lookedUp, this, &LiveFeedPage::notifyAbout);

    connect(m_controller, &desk::FeedController::networksChanged, this, &LiveFeedPage::updateIndicator);
    connect(m_controller, &desk::FeedController::statusChanged, this,
            [this](core::Network network, const social::ConnectionStatus &status) {
                m_indicator->setStatus(network, status, m_controller->isDemo(network));
            });
    connect(m_controller, &desk::FeedController::demoOfferChanged, this, &LiveFeedPage::updateDemo);
    connect(m_controller, &desk::FeedController::demoRunningChanged, this, &LiveFeedPage::updateDemo);
    connect(m_controller, &desk::FeedController::inHousePostsStored, m_model, &desk::FeedModel::lookUp);
    connect(m_controller, &desk::FeedController::ruleRejected, this, [this](core::Id, const QString &message) {
        showActionResult(tr("X refused a listening rule: %1 Change it under Listening rules.").arg(message), true);
    });
    connect(m_controller, &desk::FeedController::problem, this,
            [this](const QString &message) { showActionResult(message, true); });

    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::StaffName) {
            m_model->setActor(m_settings.staffName());
        } else if (key == Settings::Key::PropertyCode) {
            m_model->setPropertyCode(m_settings.propertyCode());
            m_model->reload();
        }
    });

    m_actionResultTimer.setSingleShot(true);
    m_actionResultTimer.setInterval(kActionResultMs);
    connect(&m_actionResultTimer, &QTimer::timeout, this, [this] {
        m_actionResult.clear();
        updateStatus();
    });

    m_model->reload();
    m_controller->start();
    updateStatus();
    updateActions();
}

LiveFeedPage::~LiveFeedPage() = default;

QString LiveFeedPage::title() const
{
    return tr("Live feed");
}

QIcon LiveFeedPage::icon() const
{
    return QIcon::fromTheme(u"internet-news-reader"_s, QIcon::fromTheme(u"mail-unread"_s));
}

QString LiveFeedPage::statusText() const
{
    return m_status->text();
}

QString LiveFeedPage::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_noticeText->text() : QString();
}

bool LiveFeedPage::isDemoOfferShown() const
{
    return m_demoOffer->isVisibleTo(this);
}

void LiveFeedPage::setNotifier(Notify notify)
{
    m_notify = std::move(notify);
}

void LiveFeedPage::refresh()
{
    m_model->refresh();
}

void LiveFeedPage::restartListeners()
{
    m_controller->restart();
}

void LiveFeedPage::startDemo()
{
    if (!m_controller->startDemo())
        return;
    m_view->scrollToNewest();
    m_view->setFocus(Qt::OtherFocusReason);
}

void LiveFeedPage::stopDemo()
{
    m_controller->stopDemo();
}

ListeningRulesDialog *LiveFeedPage::showRules()
{
    if (!m_rulesDialog) {
        m_rulesDialog = new ListeningRulesDialog(m_model->property().id != core::InvalidId ? m_model->property().code
                                                                                           : m_settings.propertyCode(),
                                                 m_controller, this);
        m_rulesDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_rulesDialog->setActor(m_settings.staffName());
        connect(m_rulesDialog, &QDialog::finished, this, [this] {
            if (m_rulesDialog && m_rulesDialog->hasChanges())
                restartListeners();
        });
        m_rulesDialog->load();
    }
    m_rulesDialog->open();
    m_rulesDialog->raise();
    return m_rulesDialog;
}

// ---- Actions ------------------------------------------------------------------

void LiveFeedPage::createActions()
{
    struct Definition
    {
        Action which;
        QString text;
        QKeySequence key;
        QString tip;
        QString name;
    };
    const QList<Definition> definitions{
        {Action::MarkSeen, tr("Mark &seen"), QKeySequence(tr("S")), tr("Someone has read it; nothing to do yet"),
         u"markSeenAction"_s},
        {Action::MarkReplied, tr("Mark &replied"), QKeySequence(tr("R")), tr("Answered on the network"),
         u"markRepliedAction"_s},
        {Action::MarkResolved, tr("Mark r&esolved"), QKeySequence(tr("D")),
         tr("Done: whatever the post asked for has been taken care of"), u"markResolvedAction"_s},
        {Action::MarkIgnored, tr("Mark &ignored"), QKeySequence(tr("I")), tr("Nothing to do about this post"),
         u"markIgnoredAction"_s},
        {Action::MarkNew, tr("Mark as &new"), QKeySequence(tr("N")), tr("Back to the posts nobody has looked at"),
         u"markNewAction"_s},
        {Action::OpenGuest, tr("&Open the guest"), QKeySequence(tr("G")),
         tr("The guest's profile: stays, handles, timeline (also Enter)"), u"openGuestAction"_s},
        {Action::ConfirmLink, tr("&Confirm the suggested guest"), QKeySequence(tr("C")),
         tr("The author is this in-house guest: link the account to them"), u"confirmLinkAction"_s},
        {Action::DismissLink, tr("&Dismiss the suggestion"), QKeySequence(tr("Shift+C")),
         tr("The author is not this guest"), u"dismissLinkAction"_s},
    };
    for (const Definition &d : definitions) {
        auto *action = new QAction(d.text, this);
        action->setObjectName(d.name);
        action->setShortcut(d.key);
        // The letters act on the list only: typing elsewhere stays typing.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(d.tip);
        action->setStatusTip(d.tip);
        connect(action, &QAction::triggered, this, [this, which = d.which] { act(which); });
        m_view->addAction(action);
        m_actions.insert(d.which, action);
    }
}

int LiveFeedPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LiveFeedPage::updateActions()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_model->rowCount();
    const QModelIndex index = valid ? m_model->index(row) : QModelIndex();
    const auto state = valid ? core::PostState(index.data(desk::FeedModel::StateRole).toInt()) : core::PostState::New;
    const bool hasGuest = valid && index.data(desk::FeedModel::GuestIdRole).toLongLong() != 0;
    const bool hasSuggestion = valid && index.data(desk::FeedModel::SuggestedGuestIdRole).toLongLong() != 0;
    m_actions.value(Action::MarkSeen)->setEnabled(valid && state != core::PostState::Seen);
    m_actions.value(Action::MarkReplied)->setEnabled(valid && state != core::PostState::Replied);
    m_actions.value(Action::MarkResolved)->setEnabled(valid && state != core::PostState::Resolved);
    m_actions.value(Action::MarkIgnored)->setEnabled(valid && state != core::PostState::Ignored);
    m_actions.value(Action::MarkNew)->setEnabled(valid && state != core::PostState::New);
    m_actions.value(Action::OpenGuest)->setEnabled(hasGuest || hasSuggestion);
    m_actions.value(Action::ConfirmLink)->setEnabled(hasSuggestion);
    m_actions.value(Action::DismissLink)->setEnabled(hasSuggestion);
    const QString suggested
        = hasSuggestion ? index.data(desk::FeedModel::SuggestedGuestNameRole).toString() : QString();
    m_actions.value(Action::ConfirmLink)
        ->setText(suggested.isEmpty() ? tr("&Confirm the suggested guest")
                                      : tr("&Confirm: the author is %1").arg(suggested));
    m_actions.value(Action::OpenGuest)
        ->setText(!hasGuest && hasSuggestion ? tr("&Open the suggested guest") : tr("&Open the guest"));
}

QMenu *LiveFeedPage::createContextMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"feedContextMenu"_s);
    menu->addAction(m_actions.value(Action::OpenGuest));
    menu->addSeparator();
    for (const Action which :
         {Action::MarkSeen, Action::MarkReplied, Action::MarkResolved, Action::MarkIgnored, Action::MarkNew})
        menu->addAction(m_actions.value(which));
    menu->addSeparator();
    menu->addAction(m_actions.value(Action::ConfirmLink));
    menu->addAction(m_actions.value(Action::DismissLink));
    return menu;
}

void LiveFeedPage::act(Action which)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    const auto stateAction = [&](core::PostState state) {
        if (m_model->setState(row, state))
            showActionResult(tr("Marked “%1”.").arg(desk::FeedModel::stateName(state)), false);
    };
    switch (which) {
    case Action::MarkSeen:
        stateAction(core::PostState::Seen);
        break;
    case Action::MarkReplied:
        stateAction(core::PostState::Replied);
        break;
    case Action::MarkResolved:
        stateAction(core::PostState::Resolved);
        break;
    case Action::MarkIgnored:
        stateAction(core::PostState::Ignored);
        break;
    case Action::MarkNew:
        stateAction(core::PostState::New);
        break;
    case Action::OpenGuest: {
        core::Id guest = index.data(desk::FeedModel::GuestIdRole).toLongLong();
        if (guest == core::InvalidId)
            guest = index.data(desk::FeedModel::SuggestedGuestIdRole).toLongLong();
        if (guest != core::InvalidId)
            Q_EMIT guestActivated(guest);
        else
            showActionResult(tr("The author of this post is not a known guest."), false);
        break;
    }
    case Action::ConfirmLink: {
        const QString name = index.data(desk::FeedModel::SuggestedGuestNameRole).toString();
        if (m_model->confirmSuggestion(row))
            showActionResult(tr("Linking the author to %1…").arg(name), false);
        break;
    }
    case Action::DismissLink:
        if (m_model->dismissSuggestion(row))
            showActionResult(tr("Suggestion dismissed."), false);
        break;
    }
}

void LiveFeedPage::showActionResult(const QString &text, bool problem)
{
    m_actionResult = text;
    if (problem)
        qCInfo(lcUi) << "live feed:" << text;
    m_actionResultTimer.start();
    updateStatus();
}

// ---- What the page says ----------------------------------------------------------

void LiveFeedPage::updateStatus()
{
    if (!m_actionResult.isEmpty()) {
        m_status->setText(m_actionResult);
        return;
    }
    const int rows = m_model->rowCount();
    QString text;
    if (!m_model->errorText().isEmpty())
        text = tr("The feed cannot be read right now: %1 Press F5 to try again.").arg(m_model->errorText());
    else if (!m_model->isLoaded())
        text = tr("Reading the feed…");
    else if (rows == 0
             && (m_model->inHouseOnly() || m_model->unhandledOnly() || m_model->network()
                 || !m_model->ruleTag().isEmpty()))
        text = tr("No post passes these filters. Clear a filter to see more.");
    else if (rows == 0)
        text = tr("No posts yet. They appear here as they arrive, newest first.");
    else if (m_model->canFetchMore({}))
        text = tr("The newest %n post(s), more as you scroll. S, R, D and I mark the selected post; G opens its guest.",
                  nullptr, rows);
    else
        text = tr("%n post(s). S, R, D and I mark the selected post; G opens its guest.", nullptr, rows);
    m_status->setText(text);
}

void LiveFeedPage::updateTags(const QStringList &tags)
{
    // The tag filtered on stays offered even when no rule or row has it now.
    const QString current = m_tagFilter->currentData().toString();
    QStringList offered = tags;
    if (!current.isEmpty() && !offered.contains(current))
        offered.append(current);
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : std::as_const(offered))
        m_tagFilter->addItem(tag, tag);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(current)));
}

void LiveFeedPage::updateDemo()
{
    m_demoOffer->setVisible(m_controller->isDemoOffered());
    m_stopDemoButton->setVisible(m_controller->isDemoRunning());
}

void LiveFeedPage::updateIndicator()
{
    const QList<core::Network> networks = m_controller->networks();
    m_indicator->setNetworks(networks);
    for (const core::Network network : networks)
        m_indicator->setStatus(network, m_controller->status(network), m_controller->isDemo(network));
}

// ---- Notifications --------------------------------------------------------------

void LiveFeedPage::notifyAbout(const QList<desk::FeedRow> &rows)
{
    QList<PostNotification> notifications;
    QStringList authors;
    // Oldest first, so that the last word is the newest post.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const core::Post &post = it->post;
        if (!post.inHouse || post.deleted)
            continue;
        if (m_model->property().id != core::InvalidId && post.propertyId != m_model->property().id)
            continue; // another hotel's guest
        const QString who = it->guestName.isEmpty() ? post.authorName : it->guestName;
        QStringList about;
        if (!post.room.isEmpty())
            about.append(tr("room %1").arg(post.room));
        if (!it->vipCode.isEmpty())
            about.append(it->vipCode);
        const QString author = about.isEmpty() ? who : tr("%1 (%2)").arg(who, about.join(u", "_s));
        PostNotification notification;
        notification.postId = post.id;
        notification.title = about.isEmpty()
            ? tr("%1, in house, posted on %2").arg(who, desk::FeedModel::networkName(post.network))
            : tr("%1 posted on %2").arg(author, desk::FeedModel::networkName(post.network));
        notification.text = shortened(post.text);
        notification.authors = {author};
        notifications.append(notification);
        authors.removeAll(author);
        authors.prepend(author);
    }
    if (notifications.size() > kMaxSingleNotifications) {
        // A catch-up after a break brings many at once: one notification for all.
        PostNotification summary;
        summary.postId = notifications.constLast().postId;
        summary.count = int(notifications.size());
        summary.title = tr("%n post(s) by guests in house", nullptr, summary.count);
        summary.text = shortened(authors.join(u", "_s));
        summary.authors = authors;
        notifications = {summary};
    }
    for (const PostNotification &notification : std::as_const(notifications)) {
        if (m_notify)
            m_notify(notification);
        else
            m_notifier->notify(notification);
    }
}

void LiveFeedPage::showNotice(const PostNotification &notification)
{
    // One notice for everything since it was last closed, newest first.
    if (m_notice->isHidden()) {
        m_noticeCount = 0;
        m_noticeAuthors.clear();
    }
    m_noticeCount += notification.count;
    for (auto it = notification.authors.crbegin(); it != notification.authors.crend(); ++it) {
        m_noticeAuthors.removeAll(*it);
        m_noticeAuthors.prepend(*it);
    }
    m_noticePost = notification.postId;
    if (m_noticeCount == 1)
        m_noticeText->setText(tr("%1: “%2”").arg(notification.title, notification.text));
    else
        m_noticeText->setText(tr("%n new post(s) by guests in house: %1", nullptr, m_noticeCount)
                                  .arg(shortened(m_noticeAuthors.join(u", "_s))));
    m_notice->show();
    // Staff on another page learn of it in the status bar.
    if (!isVisible()) {
        if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
            mainWindow->statusBar()->showMessage(notification.title, 15'000);
    }
}

void LiveFeedPage::selectPost(core::Id postId)
{
    const int row = m_model->rowOf(postId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace tw::ui
