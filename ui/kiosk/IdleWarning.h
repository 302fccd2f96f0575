#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wristdoc {

class Theme;

// Covers the whole kiosk window when nobody has touched it for a while: "Are you still
// there?", how many seconds are left before everything entered is cleared, and one big
// "Continue" button. Nothing else on it can be pressed.
class IdleWarning : public QWidget {
    Q_OBJECT

public:
    explicit IdleWarning(Theme &theme, QWidget *parent = nullptr);

    void setSecondsLeft(int seconds);
    int secondsLeft() const { return m_seconds; }
    // Shows the warning over the whole parent with the focus on "Continue".
    void present(int seconds);

Q_SIGNALS:
    void continueRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyTheme();
    void fitParent();

    Theme &m_theme;
    int m_seconds = 0;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_count;
    QLabel *m_unit;
    QPushButton *m_continue;
};

} // namespace wristdoc
