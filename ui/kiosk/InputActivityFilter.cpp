#include "InputActivityFilter.h"

namespace wristdoc {

InputActivityFilter::InputActivityFilter(std::function<void()> onActivity, QObject *parent)
    : QObject(parent)
    , m_onActivity(std::move(onActivity)) {}

bool InputActivityFilter::isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    // Korean typed through an input method arrives as composition events, not key presses.
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool InputActivityFilter::eventFilter(QObject *watched, QEvent *event) {
    if (isInput(event->type()) && m_onActivity)
        m_onActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace wristdoc
