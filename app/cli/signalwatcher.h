#pragma once

#include <QObject>

class QSocketNotifier;

namespace tw::cli {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop, so a
// long-running command (listen) can stop cleanly: close its stream, store what
// it holds, report, exit 0. One instance at a time; the previous handlers come
// back when it is destroyed.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tw::cli
