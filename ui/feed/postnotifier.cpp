#include "postnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tw::ui {

PostNotifier::PostNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

PostNotifier::~PostNotifier() = default;

void PostNotifier::setFallback(Fallback fallback)
{
    m_fallback = std::move(fallback);
}

bool PostNotifier::desktopAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void PostNotifier::notify(const PostNotification &notification)
{
    if (!desktopAvailable()) {
        if (m_fallback)
            m_fallback(notification);
        return;
    }
    if (!m_tray) {
        // Created at the first notification: no tray icon for a quiet feed.
        m_tray = new QSystemTrayIcon(this);
        const QIcon icon = m_window ? m_window->window()->windowIcon() : QApplication::windowIcon();
        m_tray->setIcon(icon.isNull() ? QIcon(u":/icons/tweetworthy.svg"_s) : icon);
        m_tray->setToolTip(tr("Tweetworthy: live feed"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                QWidget *top = m_window->window();
                top->showNormal();
                top->raise();
                top->activateWindow();
            }
            if (m_lastPost != core::InvalidId)
                Q_EMIT activated(m_lastPost);
        });
        m_tray->show();
    }
    m_lastPost = notification.postId;
    // Notification services may read markup in the text; a post must never
    // become a tag there (an image would load remote content).
    const auto plain = [](QString text) {
        text.replace(u'<', u'‹');
        text.replace(u'>', u'›');
        return text;
    };
    m_tray->showMessage(plain(notification.title), plain(notification.text), QSystemTrayIcon::Information, 10'000);
}

} // namespace tw::ui
