#include "tokenstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// A keychain daemon started with the session may not be up yet at the first
// request: one delayed retry, then the error.
constexpr int RetryDelayMs = 1'500;

QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate(
                   "tw::social::TokenStore",
                   "The system keychain is not available (%1). Sign in to a desktop session with a keyring such "
                   "as GNOME Keyring, or, for a service without a desktop, set the token in the environment.")
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("tw::social::TokenStore",
                                           "The system keychain refused access (%1). Unlock the keyring and try again.")
            .arg(job.errorString());
    default:
        return QCoreApplication::translate("tw::social::TokenStore",
                                           "The system keychain reported an error: %1. Check that the keyring is "
                                           "running and unlocked, then try again.")
            .arg(job.errorString());
    }
}

bool worthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

// Runs a job, retrying once after a delay when the backend may still be starting.
// make() builds a fresh job each time (jobs delete themselves after finishing).
void runWithRetry(QObject *context, std::function<QKeychain::Job *()> make,
                  std::function<void(QKeychain::Job &)> finished, bool retried = false)
{
    QKeychain::Job *job = make();
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, make, finished, retried](QKeychain::Job *done) {
        if (!retried && worthRetrying(done->error()) && guard) {
            qCInfo(lcSocial) << "keychain not ready, retrying once:" << done->errorString();
            QTimer::singleShot(RetryDelayMs, guard.data(), [guard, make, finished] {
                if (guard)
                    runWithRetry(guard.data(), make, finished, true);
            });
            return;
        }
        finished(*done);
    });
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
    , m_service(u"Tweetworthy"_s)
{
}

QString TokenStore::xKey()
{
    return u"x/bearer-token"_s;
}

QString TokenStore::mastodonKey(const QString &instance)
{
    return u"mastodon/"_s + instance.trimmed().toLower();
}

QString TokenStore::environmentVariable(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return u"TWEETWORTHY_X_BEARER_TOKEN"_s;
    case core::Network::Mastodon:
        return u"TWEETWORTHY_MASTODON_TOKEN"_s;
    case core::Network::Bluesky:
        return u"TWEETWORTHY_BLUESKY_TOKEN"_s;
    }
    return {};
}

QString TokenStore::environmentToken(core::Network network)
{
    return qEnvironmentVariable(environmentVariable(network).toLatin1().constData()).trimmed();
}

void TokenStore::read(const QString &key, std::function<void(core::Result<QString>)> done)
{
    const QString service = m_service;
    runWithRetry(
        this,
        [service, key] {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(key);
            return job;
        },
        [done](QKeychain::Job &job) {
            if (job.error() == QKeychain::NoError)
                done(static_cast<QKeychain::ReadPasswordJob &>(job).textData());
            else if (job.error() == QKeychain::EntryNotFound)
                done(QString());
            else
                done(core::Result<QString>::failure(describe(job)));
        });
}

void TokenStore::write(const QString &key, const QString &token, std::function<void(core::Status)> done)
{
    const QString service = m_service;
    runWithRetry(
        this,
        [service, key, token] {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(key);
            job->setTextData(token);
            return job;
        },
        [done](QKeychain::Job &job) {
            if (job.error() == QKeychain::NoError)
                done(core::Status{});
            else
                done(core::Status::failure(describe(job)));
        });
}

void TokenStore::remove(const QString &key, std::function<void(core::Status)> done)
{
    const QString service = m_service;
    runWithRetry(
        this,
        [service, key] {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(key);
            return job;
        },
        [done](QKeychain::Job &job) {
            if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
                done(core::Status{});
            else
                done(core::Status::failure(describe(job)));
        });
}

} // namespace tw::social
