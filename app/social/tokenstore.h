#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QObject>
#include <QString>

#include <functional>

namespace tw::social {

// API tokens in the OS keychain (Secret Service on Linux) through QtKeychain,
// never anywhere else. Jobs are asynchronous; the callback runs on the caller's
// thread. Without a reachable keychain the callback gets an error that says so
// and what to do; there is no plain-text fallback.
//
// Keys: "x/bearer-token" for X; "mastodon/<instance>" for a Mastodon instance.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QObject *parent = nullptr);

    static QString xKey();
    static QString mastodonKey(const QString &instance);

    // The environment variable that overrides the keychain for headless use:
    // TWEETWORTHY_X_BEARER_TOKEN, TWEETWORTHY_MASTODON_TOKEN.
    static QString environmentVariable(core::Network network);
    // Its value, empty when unset.
    static QString environmentToken(core::Network network);

    // An absent entry is success with an empty token.
    void read(const QString &key, std::function<void(core::Result<QString>)> done);
    void write(const QString &key, const QString &token, std::function<void(core::Status)> done);
    // Removing an absent entry is success.
    void remove(const QString &key, std::function<void(core::Status)> done);

    // The keychain service name entries are stored under ("Tweetworthy"); tests
    // use their own.
    void setServiceName(const QString &service) { m_service = service; }

private:
    QString m_service;
};

} // namespace tw::social
