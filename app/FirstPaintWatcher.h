#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace wristdoc {

// Reports the first paint of a window (or of any widget in it) with one line on stdout, then quits,
// so start-up benchmarks time "process start to first painted frame" the same way for every
// window, without the teardown that follows. Watches the whole application: an opaque child
// covering the window may be the only widget that receives a paint event.
class FirstPaintWatcher : public QObject {
public:
    static void quitAfterFirstPaint(QWidget *window) {
        qApp->installEventFilter(new FirstPaintWatcher(window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            // Queued: the paint and its flush to the backing store finish first.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaintWatcher(QWidget *window)
        : QObject(window)
        , m_window(window) {}
    QWidget *m_window;
    bool m_seen = false;
};

} // namespace wristdoc
