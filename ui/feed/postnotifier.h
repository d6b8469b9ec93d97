#pragma once

#include <core/types.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace tw::ui {

// A desktop notification about one post.
struct PostNotification
{
    core::Id postId = core::InvalidId; // the newest post it is about
    QString title;                     // "Madison Johnson (room 512, VIP1) posted on X"
    QString text;                      // the post, shortened; for several, who posted
    int count = 1;                     // posts it stands for
    QStringList authors;               // who posted, with their rooms, newest first
};

// Raises desktop notifications for the live feed: through the system tray
// (the desktop's notification service) when there is one, else by handing the
// notification to an in-window fallback. Clicking a tray message asks for the
// post to be shown.
class PostNotifier : public QObject
{
    Q_OBJECT

public:
    using Fallback = std::function<void(const PostNotification &)>;

    explicit PostNotifier(QWidget *window, QObject *parent = nullptr);
    ~PostNotifier() override;

    // Shown when the desktop has no notification service.
    void setFallback(Fallback fallback);
    // Whether notifications go to the desktop (else to the fallback).
    static bool desktopAvailable();

    void notify(const PostNotification &notification);

Q_SIGNALS:
    // The person clicked the notification: show them the post.
    void activated(tw::core::Id postId);

private:
    QPointer<QWidget> m_window;
    Fallback m_fallback;
    QSystemTrayIcon *m_tray = nullptr;
    core::Id m_lastPost = core::InvalidId;
};

} // namespace tw::ui
