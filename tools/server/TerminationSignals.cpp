#include "TerminationSignals.h"

#include <QSocketNotifier>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#else
#include <QMetaObject>
#endif

namespace wristdoc {

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent) {}

#if defined(Q_OS_UNIX)

namespace {
int g_pipe[2] = {-1, -1};
} // namespace

TerminationSignals::~TerminationSignals() {
    if (m_notifier) {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        delete m_notifier; // before its descriptor closes
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

bool TerminationSignals::install() {
    if (m_notifier)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return false;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
    struct sigaction action {};
    action.sa_handler = &TerminationSignals::handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

void TerminationSignals::handler(int signalNumber) {
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

void TerminationSignals::readSignal() {
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(int(byte));
}

#else

// Elsewhere (Windows): the C runtime calls a SIGINT handler (Ctrl+C in the console) on a thread
// of its own, so the handler may post a queued call to the event loop. SIGTERM is never raised
// there; stopping the process any other way ends it without the clean close.
namespace {
TerminationSignals *g_instance = nullptr;
} // namespace

TerminationSignals::~TerminationSignals() {
    if (g_instance == this) {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        g_instance = nullptr;
    }
}

bool TerminationSignals::install() {
    if (g_instance)
        return g_instance == this;
    g_instance = this;
    return std::signal(SIGTERM, &TerminationSignals::handler) != SIG_ERR &&
           std::signal(SIGINT, &TerminationSignals::handler) != SIG_ERR;
}

void TerminationSignals::handler(int signalNumber) {
    if (TerminationSignals *self = g_instance)
        QMetaObject::invokeMethod(
            self, [self, signalNumber] { Q_EMIT self->terminationRequested(signalNumber); },
            Qt::QueuedConnection);
}

void TerminationSignals::readSignal() {}

#endif

} // namespace wristdoc
