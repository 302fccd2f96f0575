#pragma once

#include "EnrolmentIntake.h"
#include "EnrolmentPage.h"
#include "EnrolmentStep.h"

#include <QVector>

class QLabel;
class QPushButton;

namespace wristdoc {

// Everything on one page before it is sent, each item with a "Change" button back to its step.
// A failed save (disk full, ...) is explained here in plain words, with "Try again"; nothing
// typed is lost.
class ReviewPage : public EnrolmentPage {
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    // watchStep: whether the watch step applies (not for "phone only").
    void setApplication(const EnrolmentApplication &application, bool watchStep);
    void setSubmitFailure(IntakeFailure failure); // None hides the message
    IntakeFailure submitFailure() const { return m_failure; }
    // This kiosk stored an application for the same person before: a warning, not a block.
    void setRepeatApplicant(bool repeat);
    bool repeatApplicant() const { return m_repeat; }
    void clear() override;
    void wipe() override;

Q_SIGNALS:
    void changeRequested(wristdoc::EnrolmentStep step);
    void retryRequested();

protected:
    void retranslateUi() override;

private:
    struct Row {
        EnrolmentStep step;
        QWidget *box;
        QLabel *key;
        QLabel *value;
        QPushButton *change;
    };
    void addRow(EnrolmentStep step, const QString &name);
    Row &row(EnrolmentStep step);
    void updateTexts();

    EnrolmentApplication m_application;
    bool m_watchStep = true;
    IntakeFailure m_failure = IntakeFailure::None;
    QVector<Row> m_rows;
    QWidget *m_failurePanel;
    QLabel *m_failureText;
    QPushButton *m_retry;
    bool m_repeat = false;
    QLabel *m_repeatWarning;
};

} // namespace wristdoc
