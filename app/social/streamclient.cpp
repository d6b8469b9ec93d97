#include "streamclient.h"

namespace tw::social {

StreamClient::StreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
{
}

StreamClient::~StreamClient() = default;

void StreamClient::setRules(const QList<core::ListeningRule> &rules)
{
    m_rules.clear();
    for (const core::ListeningRule &rule : rules) {
        if (rule.network == network())
            m_rules.append(rule);
    }
}

void StreamClient::setNewestPostId(NewestPostId newestPostId)
{
    m_newestPostId = std::move(newestPostId);
}

void StreamClient::setStatus(const ConnectionStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

QString StreamClient::newestPostId() const
{
    return m_newestPostId ? m_newestPostId() : QString();
}

} // namespace tw::social
