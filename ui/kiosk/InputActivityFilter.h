#pragma once

#include <QEvent>
#include <QObject>

#include <functional>

namespace wristdoc {

// An application-wide event filter that reports every input a person makes (mouse, touch,
// pen, keys, wheel, Hangul composition) and lets the event pass unchanged. Installed on the
// QApplication, it sees input for every window, dialogs included.
class InputActivityFilter : public QObject {
    Q_OBJECT

public:
    explicit InputActivityFilter(std::function<void()> onActivity, QObject *parent = nullptr);

    static bool isInput(QEvent::Type type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onActivity;
};

} // namespace wristdoc
