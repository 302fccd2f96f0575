#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace wristdoc {

// Quits the application right after a widget's first paint has been delivered, so start-up
// benchmarks time "process start to first painted frame" the same way for every window.
class FirstPaintWatcher : public QObject {
public:
    static void quitAfterFirstPaint(QWidget *widget) {
        widget->installEventFilter(new FirstPaintWatcher(widget));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: the paint and its flush to the backing store finish first.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaintWatcher(QObject *parent)
        : QObject(parent) {}
    bool m_seen = false;
};

} // namespace wristdoc
