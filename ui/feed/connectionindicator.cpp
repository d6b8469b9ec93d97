#include "connectionindicator.h"

#include <desk/feed/connectionstatustext.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QStyle::StandardPixmap iconFor(const social::ConnectionStatus &status, bool demo)
{
    using State = social::ConnectionStatus::State;
    if (demo && status.state != State::Stopped && status.state != State::Failed)
        return QStyle::SP_MessageBoxInformation;
    switch (status.state) {
    case State::Connected:
    case State::Backfilling:
        return QStyle::SP_DialogApplyButton;
    case State::Connecting:
    case State::Reconnecting:
        return QStyle::SP_BrowserReload;
    case State::Failed:
        return QStyle::SP_MessageBoxCritical;
    case State::Stopped:
        return status.reason.isEmpty() ? QStyle::SP_MediaStop : QStyle::SP_MessageBoxWarning;
    }
    return QStyle::SP_MediaStop;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionIndicator"_s);
    setAccessibleName(tr("Connections to the networks"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().horizontalAdvance(u'M') * 2);
    m_empty = new QLabel(tr("Not listening on any network: add listening rules to start."), this);
    m_empty->setObjectName(u"connectionNone"_s);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionIndicator::tick);
}

ConnectionIndicator::~ConnectionIndicator() = default;

ConnectionIndicator::Item *ConnectionIndicator::item(core::Network network)
{
    for (Item &i : m_items) {
        if (i.network == network)
            return &i;
    }
    return nullptr;
}

const ConnectionIndicator::Item *ConnectionIndicator::item(core::Network network) const
{
    for (const Item &i : m_items) {
        if (i.network == network)
            return &i;
    }
    return nullptr;
}

ConnectionIndicator::Item &ConnectionIndicator::ensureItem(core::Network network)
{
    if (Item *existing = item(network))
        return *existing;
    Item fresh;
    fresh.network = network;
    fresh.row = new QWidget(this);
    fresh.row->setObjectName(u"connection_"_s + core::networkKey(network));
    fresh.icon = new QLabel(fresh.row);
    fresh.label = new QLabel(fresh.row);
    fresh.label->setObjectName(u"connectionText_"_s + core::networkKey(network));
    fresh.label->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout(fresh.row);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(fontMetrics().horizontalAdvance(u' '));
    row->addWidget(fresh.icon);
    row->addWidget(fresh.label);
    // Before the stretch, after the networks already shown.
    m_layout->insertWidget(int(m_items.size()) + 1, fresh.row);
    fresh.since.start();
    m_items.append(fresh);
    m_empty->hide();
    show(m_items.last());
    return m_items.last();
}

void ConnectionIndicator::setNetworks(const QList<core::Network> &networks)
{
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        if (!networks.contains(m_items.at(i).network)) {
            delete m_items.at(i).row;
            m_items.removeAt(i);
        }
    }
    for (const core::Network network : networks)
        ensureItem(network);
    // In the order given.
    for (qsizetype i = 0; i < networks.size(); ++i) {
        const Item *shown = item(networks.at(i));
        m_layout->removeWidget(shown->row);
        m_layout->insertWidget(int(i) + 1, shown->row);
    }
    m_empty->setVisible(m_items.isEmpty());
}

QList<core::Network> ConnectionIndicator::networks() const
{
    QList<core::Network> result;
    for (const Item &i : m_items)
        result.append(i.network);
    return result;
}

void ConnectionIndicator::setStatus(core::Network network, const social::ConnectionStatus &status, bool demo)
{
    Item &i = ensureItem(network);
    i.status = status;
    i.demo = demo;
    i.since.restart();
    show(i);
}

void ConnectionIndicator::show(Item &i)
{
    const int remaining = i.status.retryInMs - int(std::min<qint64>(i.since.elapsed(), i.status.retryInMs));
    const QString text = desk::ConnectionStatusText::describe(i.network, i.status, remaining, i.demo);
    i.label->setText(text);
    const QString details = desk::ConnectionStatusText::details(i.status, i.demo);
    i.row->setToolTip(details);
    i.row->setAccessibleName(text);
    i.row->setAccessibleDescription(details);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    i.icon->setPixmap(style()->standardIcon(iconFor(i.status, i.demo), nullptr, this).pixmap(size, size));

    const bool waiting = std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &each) {
        return !each.demo && each.status.state == social::ConnectionStatus::State::Reconnecting;
    });
    if (waiting && !m_countdown.isActive())
        m_countdown.start();
    else if (!waiting)
        m_countdown.stop();
}

void ConnectionIndicator::tick()
{
    for (Item &i : m_items) {
        if (i.status.state == social::ConnectionStatus::State::Reconnecting)
            show(i);
    }
}

QString ConnectionIndicator::text(core::Network network) const
{
    const Item *i = item(network);
    return i ? i->label->text() : QString();
}

QString ConnectionIndicator::toolTip(core::Network network) const
{
    const Item *i = item(network);
    return i ? i->row->toolTip() : QString();
}

} // namespace tw::ui
