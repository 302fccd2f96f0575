#pragma once

// Shared by the enrolment wizard's widget tests: a fake intake that records what it is given,
// the wizard on a fixed clock, and input helpers that go through real key and mouse events.

#include "EnrolmentIntake.h"
#include "EnrolmentRules.h"
#include "EnrolmentWizard.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include <memory>

namespace wristdoc::testing {

// Stands in for the storage outbox: records every application handed over, and fails on
// request the way a full disk would.
class FakeEnrolmentIntake final : public EnrolmentIntake {
public:
    IntakeResult submit(const EnrolmentApplication &application) override {
        received.append(application);
        IntakeResult result;
        result.failure = failure;
        if (result.ok()) {
            result.receipt.reference = reference;
            result.receipt.state = DeliveryState::Pending;
            result.receipt.createdUtc =
                QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc());
        }
        return result;
    }

    QVector<EnrolmentApplication> received;
    IntakeFailure failure = IntakeFailure::None;
    QString reference = QStringLiteral("WD-7K3F9Q");
};

// 2026-11-22 14:30 in Seoul: the programme's "today" in every test.
inline QDateTime testNow() {
    return QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc());
}

// The application the walk-through tests type in, invented data only.
inline EnrolmentApplication typedApplication(const QString &language, const QString &name) {
    EnrolmentApplication a;
    a.name = name;
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("01000000001");
    a.district = QStringLiteral("jongno");
    a.eligibility = EligibilityBasis::Lives;
    a.device = DeviceChoice::OwnWatch;
    a.consents = {{EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
    a.language = language;
    a.watchSerial = QStringLiteral("SIM-0001A2B");
    return a;
}

struct WizardRig {
    WizardRig()
        : clock(testNow()) {
        language = std::make_unique<LanguageController>();
        theme = std::make_unique<Theme>();
        wizard = std::make_unique<EnrolmentWizard>(intake, clock, *language, *theme);
        // Never a modal dialog in a test: starting over is confirmed by default.
        wizard->setConfirmation(
            [this](QWidget *, const QString &, const QString &, const QString &, const QString &) {
                ++confirmations;
                return confirmAnswer;
            });
        wizard->resize(1280, 900);
        wizard->show();
    }
    ~WizardRig() {
        wizard.reset();
        theme.reset();
        language.reset();
    }

    static void settle() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    template <typename T = QWidget> T *find(const QString &name) const {
        // The current page's widget of that name: several pages share names (pageHeading).
        const auto all = wizard->findChildren<T *>(name);
        for (T *w : all) {
            if (w->isVisibleTo(wizard.get()))
                return w;
        }
        return all.isEmpty() ? nullptr : all.first();
    }
    QString text(const QString &name) const {
        const QLabel *label = find<QLabel>(name);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
    }

    // A real click in the middle of a visible widget.
    bool click(const QString &name) {
        QWidget *w = find(name);
        if (!w || !w->isVisible() || !w->isEnabled())
            return false;
        QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, w->rect().center());
        settle();
        return true;
    }
    bool next() {
        const bool enabled = wizard->canGoNext();
        if (enabled)
            click(QStringLiteral("nextButton"));
        return enabled;
    }

    // Types text into the widget that has the keyboard focus, one key event per character
    // (Hangul included, which QTest::keyClicks cannot send).
    static void type(const QString &text) {
        for (QChar c : text) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY2(target, "no widget has the focus");
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
        settle();
    }
    // Clicks into a field, empties it and types.
    void typeInto(const QString &field, const QString &text) {
        auto *edit = find<QLineEdit>(field);
        QVERIFY2(edit, qPrintable(field));
        QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier, edit->rect().center());
        QVERIFY(edit->hasFocus());
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        type(text);
    }

    ManualClock clock;
    FakeEnrolmentIntake intake;
    std::unique_ptr<LanguageController> language;
    std::unique_ptr<Theme> theme;
    std::unique_ptr<EnrolmentWizard> wizard;
    int confirmations = 0;
    bool confirmAnswer = true;
};

} // namespace wristdoc::testing
