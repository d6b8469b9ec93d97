#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tw::social {
class TokenStore;
}

namespace tw::ui {

// The Networks tab of Settings: the X Bearer token and a Mastodon instance's
// access token, kept in the system keychain (social::TokenStore) and nowhere
// else -- never in the settings file. Says whether a token is stored without
// ever showing it, and says clearly when no keychain can be reached.
class NetworkTokensPane : public QWidget
{
    Q_OBJECT

public:
    // How tokens are read and written; by default the system keychain.
    struct Backend
    {
        std::function<void(const QString &key, std::function<void(core::Result<QString>)>)> read;
        std::function<void(const QString &key, const QString &token, std::function<void(core::Status)>)> write;
        std::function<void(const QString &key, std::function<void(core::Status)>)> remove;
    };
    static Backend keychain(social::TokenStore *store);

    explicit NetworkTokensPane(QWidget *parent = nullptr);
    ~NetworkTokensPane() override;

    void setBackend(Backend backend);

    QLineEdit *xTokenField() const { return m_xToken; }
    QLineEdit *mastodonInstanceField() const { return m_instance; }
    QLineEdit *mastodonTokenField() const { return m_mastodonToken; }
    QPushButton *saveXButton() const { return m_saveX; }
    QPushButton *removeXButton() const { return m_removeX; }
    QPushButton *saveMastodonButton() const { return m_saveMastodon; }
    QPushButton *removeMastodonButton() const { return m_removeMastodon; }
    QString xStatus() const;
    QString mastodonStatus() const;
    bool isBusy() const { return m_busy > 0; }
    // A token was typed but not saved yet.
    bool hasUnsavedToken() const;

public Q_SLOTS:
    // Reads whether tokens are stored (done by itself the first time the tab shows).
    void refresh();
    void saveXToken();
    void removeXToken();
    void saveMastodonToken();
    void removeMastodonToken();

Q_SIGNALS:
    // A token was saved or removed: listeners should start again with it.
    void tokensChanged(tw::core::Network network);
    // A keychain answer arrived (for tests and the dialog's status).
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void check(core::Network network);
    void store(core::Network network, const QString &key, const QString &token);
    void erase(core::Network network, const QString &key);
    void setStatus(core::Network network, const QString &text, bool problem);
    void beginWork();
    void endWork();
    QString mastodonInstance() const;

    Backend m_backend;
    social::TokenStore *m_store = nullptr;
    bool m_checked = false;
    int m_busy = 0;

    QLineEdit *m_xToken = nullptr;
    QPushButton *m_saveX = nullptr;
    QPushButton *m_removeX = nullptr;
    QLabel *m_xIcon = nullptr;
    QLabel *m_xStatus = nullptr;
    QLineEdit *m_instance = nullptr;
    QLineEdit *m_mastodonToken = nullptr;
    QPushButton *m_saveMastodon = nullptr;
    QPushButton *m_removeMastodon = nullptr;
    QLabel *m_mastodonIcon = nullptr;
    QLabel *m_mastodonStatus = nullptr;
};

} // namespace tw::ui
