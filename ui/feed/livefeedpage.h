#pragma once

#include "postnotifier.h"

#include <ui/page.h>

#include <core/types.h>
#include <desk/feed/feedrow.h>
#include <social/connectionstatus.h>

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;

namespace tw::storage {
class Database;
}

namespace tw::desk {
class FeedController;
class FeedModel;
} // namespace tw::desk

namespace tw::ui {

class ConnectionIndicator;
class FeedDelegate;
class FeedListView;
class ListeningRulesDialog;
class Settings;

// The live feed: the desk property's posts newest first, streaming in without
// moving what the reader is looking at; posts by guests in house stand out
// with room and VIP code. Filters (in house only, not yet handled, network,
// rule tag), handling states with the staff name, opening the guest and
// confirming a suggested link, all from the keyboard (the list's own keys,
// see the context menu) as well as the mouse. A line per network says whether
// its listener is connected; a post by an in-house guest raises a desktop
// notification. On the demo hotel with no network set up, it offers the demo
// feed.
class LiveFeedPage : public Page
{
    Q_OBJECT

public:
    enum class Action {
        MarkSeen,
        MarkReplied,
        MarkResolved,
        MarkIgnored,
        MarkNew,
        OpenGuest,
        ConfirmLink,
        DismissLink
    };
    Q_ENUM(Action)

    using Notify = std::function<void(const PostNotification &)>;

    // database is the window's connection (for change notifications; it must
    // outlive the page); the feed loads, and the listeners run, over their own
    // connections to its URL.
    LiveFeedPage(storage::Database &database, Settings &settings, QWidget *parent = nullptr);
    ~LiveFeedPage() override;

    QString title() const override;
    QIcon icon() const override;

    desk::FeedModel *model() const { return m_model; }
    desk::FeedController *controller() const { return m_controller; }
    FeedListView *view() const { return m_view; }
    FeedDelegate *delegate() const { return m_delegate; }
    ConnectionIndicator *indicator() const { return m_indicator; }
    QCheckBox *inHouseFilter() const { return m_inHouseOnly; }
    QCheckBox *unhandledFilter() const { return m_unhandledOnly; }
    QComboBox *networkFilter() const { return m_networkFilter; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QAction *action(Action which) const { return m_actions.value(which); }
    // The line above the list: how many posts, or what just happened.
    QString statusText() const;
    // The in-window notice of the last in-house post (when the desktop has no
    // notification service).
    QString noticeText() const;
    bool isDemoOfferShown() const;

    // Where notifications go; by default the desktop's (PostNotifier).
    void setNotifier(Notify notify);
    // The menu the list shows for the current post (Menu key, Shift+F10, right click).
    QMenu *createContextMenu(QWidget *parent);

public Q_SLOTS:
    void refresh() override;
    // Rules or tokens changed: the listeners start again with them.
    void restartListeners();
    // Plays the demo feed when it is offered.
    void startDemo();
    void stopDemo();
    // Opens the listening rules of the desk's property.
    ListeningRulesDialog *showRules();

Q_SIGNALS:
    // Staff chose to open the post's guest (Enter, G or the menu).
    void guestActivated(tw::core::Id guestId);

private:
    void createActions();
    void updateActions();
    void act(Action which);
    void showActionResult(const QString &text, bool problem);
    void updateStatus();
    void updateTags(const QStringList &tags);
    void updateDemo();
    void updateIndicator();
    void notifyAbout(const QList<desk::FeedRow> &rows);
    void showNotice(const PostNotification &notification);
    void selectPost(core::Id postId);
    int currentRow() const;

    Settings &m_settings;
    desk::FeedModel *m_model = nullptr;
    desk::FeedController *m_controller = nullptr;
    PostNotifier *m_notifier = nullptr;
    Notify m_notify;

    FeedListView *m_view = nullptr;
    FeedDelegate *m_delegate = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QPushButton *m_stopDemoButton = nullptr;
    QFrame *m_demoOffer = nullptr;
    QCheckBox *m_inHouseOnly = nullptr;
    QCheckBox *m_unhandledOnly = nullptr;
    QComboBox *m_networkFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newAboveButton = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    core::Id m_noticePost = core::InvalidId;
    int m_noticeCount = 0;       // posts the notice stands for since it was last closed
    QStringList m_noticeAuthors; // newest first
    QHash<Action, QAction *> m_actions;
    QString m_actionResult;
    QTimer m_actionResultTimer;
    QPointer<ListeningRulesDialog> m_rulesDialog;
};

} // namespace tw::ui
