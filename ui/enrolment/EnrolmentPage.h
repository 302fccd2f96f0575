#pragma once

#include "EnrolmentApplication.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace wristdoc {

struct FieldMessage;

// One step of the enrolment wizard: a heading, a line saying what to do, and the step's own
// controls below. A page knows whether it is complete and, when it is not, why, in words the
// wizard shows beside its Next button. Pages hold what was typed until clear().
class EnrolmentPage : public QWidget {
    Q_OBJECT

public:
    explicit EnrolmentPage(const QString &objectName, QWidget *parent = nullptr);

    QString heading() const;
    virtual bool isComplete() const { return true; }
    // Why Next is disabled, in the user's language; empty when complete.
    virtual QString blockingReason() const { return QString(); }
    // Adds this page's part of the application.
    virtual void writeTo(EnrolmentApplication *application) const { Q_UNUSED(application); }
    // Shows an application's values (returning to a step from the review).
    virtual void readFrom(const EnrolmentApplication &application) { Q_UNUSED(application); }
    // Whether anything was entered or chosen here (starting over then asks first).
    virtual bool hasInput() const { return false; }
    // Forgets everything entered on this page.
    virtual void clear() {}
    // clear(), and first overwrites the personal text the page's widgets hold (a kiosk session
    // that timed out). Pages without personal text just clear().
    virtual void wipe() { clear(); }
    // Where the focus goes when the page opens: by default the page's first control in the tab
    // order, so a keyboard or switch user starts on the page, not on the button left behind.
    virtual void focusFirstField();

Q_SIGNALS:
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

    void setHeading(const QString &heading, const QString &intro);
    QVBoxLayout *body() const { return m_body; }

    static QLabel *makeLabel(const QString &objectName, int role, QWidget *parent);
    // A field's check shown next to it: a quiet hint, or a problem in the warning colour.
    static void showFieldMessage(QLabel *label, const FieldMessage &message);

private:
    QLabel *m_heading;
    QLabel *m_intro;
    QVBoxLayout *m_body;
};

} // namespace wristdoc
