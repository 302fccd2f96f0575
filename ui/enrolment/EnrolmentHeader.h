#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wristdoc {

class LanguageController;
class Theme;

// Above every step: where the applicant is ("Step 3 of 10") and the controls a senior needs at
// hand on a kiosk: the other language, text size, high contrast, and "Start over".
class EnrolmentHeader : public QWidget {
    Q_OBJECT

public:
    EnrolmentHeader(LanguageController &language, Theme &theme, QWidget *parent = nullptr);

    // number 0 (or total 0) hides the step line.
    void setStep(int number, int total);
    void setStartOverVisible(bool visible);

Q_SIGNALS:
    void startOverRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateThemeControls();

    LanguageController &m_language;
    Theme &m_theme;
    int m_number = 0;
    int m_total = 0;
    QLabel *m_title;
    QLabel *m_step;
    QPushButton *m_languageButton;
    QPushButton *m_smaller;
    QLabel *m_scale;
    QPushButton *m_larger;
    QPushButton *m_contrast;
    QPushButton *m_startOver;
};

} // namespace wristdoc
