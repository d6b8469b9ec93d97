#include "xgapfill.h"

#include <social/logging.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// Recent search reaches seven days back; a minute less leaves room for the
// request's own travel time.
QDateTime oldestSearchable()
{
    return QDateTime::currentDateTimeUtc().addDays(-7).addSecs(60);
}

} // namespace

XGapFill::XGapFill(QNetworkAccessManager *network, const StreamOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_requests(options)
    , m_maxPages(qMax(1, options.maxBackfillPages))
{
}

XGapFill::~XGapFill()
{
    cancel();
}

void XGapFill::start(const QList<core::ListeningRule> &rules, const QString &sinceId)
{
    cancel();
    m_rules = rules;
    m_sinceId = sinceId;
    m_ruleIndex = -1;
    m_found = 0;
    m_truncated = false;
    m_skipped.clear();
    nextRule();
}

void XGapFill::cancel()
{
    ++m_generation;
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater(); // deleting an unfinished reply closes its connection
}

void XGapFill::nextRule()
{
    ++m_ruleIndex;
    m_nextToken.clear();
    m_startTime = {};
    m_pages = 0;
    if (m_ruleIndex >= m_rules.size()) {
        Q_EMIT finished(m_found, m_truncated, m_skipped);
        return;
    }
    fetch();
}

void XGapFill::fetch()
{
    const core::ListeningRule &rule = m_rules.at(m_ruleIndex);
    const QString sinceId = m_startTime.isValid() ? QString() : m_sinceId;
    m_reply = m_network->get(m_requests.recentSearch(rule.value, sinceId, m_nextToken, m_startTime));
    connect(m_reply, &QNetworkReply::finished, this, &XGapFill::onReply);
}

void XGapFill::onReply()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const XApiError error = XApiError::fromReply(reply, body);
    const core::ListeningRule &rule = m_rules.at(m_ruleIndex);

    if (error.isError()) {
        const bool badRequest = error.kind == XApiError::Kind::Http && error.httpStatus == 400;
        if (badRequest && !m_startTime.isValid() && m_nextToken.isEmpty() && !m_sinceId.isEmpty()) {
            // Most likely since_id lies beyond the seven days recent search covers.
            qCInfo(lcSocial) << "X recent search refused since_id for rule" << rule.id << "- searching by time";
            m_startTime = oldestSearchable();
            fetch();
            return;
        }
        if (badRequest) {
            qCWarning(lcSocial).noquote() << "X recent search refused rule" << rule.id << ":" << error.message;
            m_skipped.append(rule.value);
            nextRule();
            return;
        }
        Q_EMIT failed(error);
        return;
    }

    const XSearchPage page = m_parser.parseSearchPage(body, rule);
    // A slot may cancel or restart the fill while a signal is out.
    const quint64 generation = m_generation;
    if (!page.ok()) {
        Q_EMIT malformedPayload(page.error);
        if (generation == m_generation)
            nextRule();
        return;
    }
    ++m_pages;
    m_found += int(page.posts.size());
    for (const QString &reason : page.skipped) {
        Q_EMIT malformedPayload(reason);
        if (generation != m_generation)
            return;
    }
    if (!page.posts.isEmpty())
        Q_EMIT postsFound(page.posts);
    if (generation != m_generation)
        return;

    if (page.nextToken.isEmpty()) {
        nextRule();
    } else if (m_pages >= m_maxPages) {
        qCWarning(lcSocial) << "X gap fill for rule" << m_rules.at(m_ruleIndex).id << "stopped after" << m_pages
                            << "pages";
        m_truncated = true;
        nextRule();
    } else {
        m_nextToken = page.nextToken;
        fetch();
    }
}

} // namespace tw::social
