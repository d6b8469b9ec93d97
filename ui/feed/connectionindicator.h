#pragma once

#include <core/types.h>
#include <social/connectionstatus.h>

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace tw::ui {

// One line per network saying where its listener stands: connected,
// reconnecting in N s (counting down each second), stopped with the reason,
// or the demo feed. The reason and HTTP status are in the tooltip.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    ~ConnectionIndicator() override;

    // The networks shown, in order; others are removed.
    void setNetworks(const QList<core::Network> &networks);
    QList<core::Network> networks() const;
    void setStatus(core::Network network, const social::ConnectionStatus &status, bool demo = false);

    // What the indicator says for a network now (empty when not shown).
    QString text(core::Network network) const;
    QString toolTip(core::Network network) const;

public Q_SLOTS:
    // Updates the countdowns; runs every second while a network waits to reconnect.
    void tick();

private:
    struct Item
    {
        core::Network network = core::Network::X;
        social::ConnectionStatus status;
        bool demo = false;
        QElapsedTimer since; // when the status arrived
        QWidget *row = nullptr;
        QLabel *icon = nullptr;
        QLabel *label = nullptr;
    };

    Item *item(core::Network network);
    const Item *item(core::Network network) const;
    Item &ensureItem(core::Network network);
    void show(Item &item);

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QList<Item> m_items;
    QTimer m_countdown;
};

} // namespace tw::ui
