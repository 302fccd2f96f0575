#pragma once

#include <QObject>

class QSocketNotifier;

namespace wristdoc {

// Turns SIGTERM and SIGINT into a normal return from the event loop, so the database is closed
// cleanly when tests or scripts stop the server. The handler only writes a byte to a pipe (all
// a signal handler may safely do); the event loop reads it.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool install();

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wristdoc
