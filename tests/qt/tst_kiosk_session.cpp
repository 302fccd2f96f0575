#include "EnrolmentTestSupport.h"
#include "IdleTimeout.h"
#include "IdleWarning.h"
#include "KioskWindow.h"
#include "ManualScheduler.h"
#include "SensitiveText.h"
#include "StaffButton.h"

#include <QAbstractSpinBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>

using namespace wristdoc;
using namespace wristdoc::testing;

namespace {

constexpr qint64 kIdleMs = 120 * 1000;
constexpr qint64 kWarningMs = 30 * 1000;

// Counts the key presses and context-menu requests that reach it.
class Probe : public QWidget {
public:
    using QWidget::QWidget;
    int keys = 0;

protected:
    void keyPressEvent(QKeyEvent *event) override {
        // QTest presses the modifiers on their own first; those are not what is counted.
        const int key = event->key();
        if (key != Qt::Key_Alt && key != Qt::Key_Control && key != Qt::Key_Shift)
            ++keys;
        event->accept();
    }
};

// Every place a widget can show text, for the search after a wipe.
QStringList textsOf(QWidget *w) {
    QStringList texts{w->windowTitle(), w->accessibleName(), w->accessibleDescription(),
                      w->toolTip(),     w->statusTip(),      w->whatsThis()};
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        texts << edit->text() << edit->placeholderText() << edit->displayText();
        // Ctrl+Z on a cleared field must not bring the last applicant's text back.
        if (edit->isUndoAvailable()) {
            edit->undo();
            texts << edit->text();
        }
    }
    if (auto *label = qobject_cast<QLabel *>(w))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts << button->text();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        texts << spin->text();
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        texts << combo->currentText();
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto *text = qobject_cast<QTextEdit *>(w))
        texts << text->toPlainText();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        texts << plain->toPlainText();
    return texts;
}

} // namespace

// The public kiosk forgets: an enrolment left half done is wiped after the idle time and the
// warning, down to every widget in the application; any input starts the idle time again;
// "Continue" keeps the session; the window cannot be closed or left without staff.
class TestKioskSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WizardRig> m_rig;
    std::unique_ptr<ManualScheduler> m_scheduler;
    std::unique_ptr<IdleTimeout> m_idle;
    std::unique_ptr<KioskWindow> m_kiosk;

    WizardRig &rig() { return *m_rig; }
    IdleWarning *warning() const { return m_kiosk->findChild<IdleWarning *>(); }
    bool warningShown() const { return warning()->isVisible(); }

    void advance(qint64 ms) {
        m_scheduler->advance(ms);
        WizardRig::settle();
    }

    // Eligibility and the details page typed in, as an applicant does; the wizard then waits
    // on the district step.
    void fillHalf(bool korean, const QString &name) {
        QVERIFY(
            rig().click(korean ? QStringLiteral("koreanOption") : QStringLiteral("englishOption")));
        QVERIFY(rig().click(QStringLiteral("livesOption")));
        QVERIFY(rig().click(QStringLiteral("adultOption")));
        QVERIFY(rig().next());
        QCOMPARE(rig().wizard->step(), EnrolmentStep::Details);
        rig().typeInto(QStringLiteral("nameField"), name);
        rig().typeInto(QStringLiteral("birthYear"), QStringLiteral("1957"));
        WizardRig::type(QStringLiteral("4"));
        WizardRig::type(QStringLiteral("9"));
        rig().typeInto(QStringLiteral("mobileField"), QStringLiteral("01000000001"));
        QVERIFY(rig().next());
        QCOMPARE(rig().wizard->step(), EnrolmentStep::District);
    }

    // The rest up to the review, where the name and number are on screen once more.
    void fillToReview() {
        QVERIFY(rig().click(QStringLiteral("district-jongno")));
        QVERIFY(rig().next());
        QVERIFY(rig().click(QStringLiteral("phoneOnlyOption")));
        QVERIFY(rig().next());
        for (const char *answer : {"agreeOption", "agreeOption", "disagreeOption"}) {
            QVERIFY(rig().click(QLatin1String(answer)));
            QVERIFY(rig().next());
        }
        QCOMPARE(rig().wizard->step(), EnrolmentStep::Review);
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<WizardRig>();
        m_scheduler = std::make_unique<ManualScheduler>(&m_rig->clock);
        m_idle = std::make_unique<IdleTimeout>(m_rig->clock, *m_scheduler);
        m_idle->setDurations(kIdleMs, kWarningMs);
        m_kiosk =
            std::make_unique<KioskWindow>(*m_idle, *m_scheduler, *m_rig->language, *m_rig->theme);
        m_kiosk->setWizard(m_rig->wizard.get());
        m_kiosk->enterKioskMode();
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
        WizardRig::settle();
    }

    void cleanup() {
        m_kiosk.reset();
        m_idle.reset();
        m_scheduler.reset();
        m_rig.reset();
        QGuiApplication::clipboard()->clear();
    }

    void theWipeLeavesNoPersonalTextInAnyWidget_data() {
        QTest::addColumn<bool>("korean");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("toReview");
        QTest::newRow("half, English") << false << QStringLiteral("Test Applicant") << false;
        QTest::newRow("half, Korean") << true << QStringLiteral("테스트 신청자") << false;
        QTest::newRow("review, English") << false << QStringLiteral("Test Applicant") << true;
    }

    void theWipeLeavesNoPersonalTextInAnyWidget() {
        QFETCH(bool, korean);
        QFETCH(QString, name);
        QFETCH(bool, toReview);
        fillHalf(korean, name);
        if (toReview)
            fillToReview();
        const QStringList secrets{name, QStringLiteral("010-0000-0001"),
                                  QStringLiteral("01000000001"), QStringLiteral("1957")};
        // The search finds them before the wipe: it looks where the text really is.
        const auto holders = [&secrets] {
            QStringList found;
            const auto widgets = QApplication::allWidgets();
            for (QWidget *w : widgets) {
                for (const QString &text : textsOf(w)) {
                    for (const QString &secret : secrets) {
                        if (text.contains(secret))
                            found << QStringLiteral("%1 (%2): %3")
                                         .arg(w->objectName(),
                                              QLatin1String(w->metaObject()->className()), secret);
                    }
                }
            }
            return found;
        };
        QVERIFY(holders().size() >= 3);
        auto *nameField = rig().find<QLineEdit>(QStringLiteral("nameField"));
        QGuiApplication::clipboard()->setText(nameField->text());

        advance(kIdleMs - 1000);
        QVERIFY(!warningShown());
        QCOMPARE(m_idle->state(), IdleTimeout::State::Watching);
        advance(1000);
        QVERIFY(warningShown());
        QCOMPARE(warning()->secondsLeft(), 30);
        QCOMPARE(m_kiosk->findChild<QLabel *>(QStringLiteral("idleWarningCount"))->text(),
                 QStringLiteral("30"));
        if (!korean)
            QCOMPARE(m_kiosk->findChild<QLabel *>(QStringLiteral("idleWarningUnit"))->text(),
                     QStringLiteral("seconds left"));
        advance(10 * 1000);
        QCOMPARE(warning()->secondsLeft(), 20);
        QCOMPARE(rig().wizard->step(), toReview ? EnrolmentStep::Review : EnrolmentStep::District);

        QSignalSpy wiped(m_kiosk.get(), &KioskWindow::sessionWiped);
        advance(20 * 1000);
        QCOMPARE(wiped.count(), 1);
        QVERIFY(!warningShown());
        QCOMPARE(rig().wizard->step(), EnrolmentStep::Language);
        QCOMPARE(rig().language->language(), LanguageController::Korean);
        QVERIFY(!rig().wizard->hasEnteredData());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        const QStringList left = holders();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
        QVERIFY(rig().intake.received.isEmpty());
        // The next person starts a fresh idle time.
        QCOMPARE(m_idle->state(), IdleTimeout::State::Watching);
    }

    void theWipeOverwritesTheFieldsOwnBuffer() {
        QLineEdit field;
        QTest::keyClicks(&field, QStringLiteral("Test Applicant"));
        // A copy shares the field's buffer: what it shows after the wipe is what the field held.
        const QString shared = field.text();
        SensitiveText::wipe(&field);
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.isUndoAvailable());
        QCOMPARE(shared.size(), 14);
        QCOMPARE(shared, QString(14, QChar(u'\0')));
        // Text in read-only memory is left alone rather than written to.
        QLabel literal;
        literal.setText(QStringLiteral("Test Applicant"));
        SensitiveText::wipe(&literal);
        QVERIFY(literal.text().isEmpty());
    }

    void startingOverLeavesNothingToUndo() {
        fillHalf(false, QStringLiteral("Test Applicant"));
        rig().wizard->restart();
        WizardRig::settle();
        const auto edits = rig().wizard->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits)
            QVERIFY2(!edit->isUndoAvailable(), qPrintable(edit->objectName()));
    }

    void theWipePutsBackTheKiosksLook() {
        QVERIFY(rig().click(QStringLiteral("englishOption")));
        QVERIFY(rig().click(QStringLiteral("enrolmentLargerButton")));
        QVERIFY(rig().click(QStringLiteral("enrolmentContrastButton")));
        QCOMPARE(rig().theme->textScalePercent(), 125);
        advance(kIdleMs + kWarningMs);
        QCOMPARE(rig().theme->textScalePercent(), 100);
        QVERIFY(!rig().theme->highContrast());
        QCOMPARE(rig().language->language(), LanguageController::Korean);
    }

    void anyInputStartsTheIdleTimeAgain_data() {
        QTest::addColumn<QString>("input");
        for (const char *input : {"key", "mouse press", "mouse move", "wheel", "touch"})
            QTest::newRow(input) << QString::fromLatin1(input);
    }

    void anyInputStartsTheIdleTimeAgain() {
        QFETCH(QString, input);
        QVERIFY(rig().click(QStringLiteral("koreanOption")));
        advance(100 * 1000);
        QWidget *target = rig().find(QStringLiteral("livesOption"));
        QVERIFY(target);
        const QPointF local = target->rect().center();
        const QPointF global = target->mapToGlobal(local);
        if (input == QLatin1String("key")) {
            QTest::keyClick(target, Qt::Key_Shift);
        } else if (input == QLatin1String("mouse press")) {
            QMouseEvent press(QEvent::MouseButtonPress, local, global, Qt::LeftButton,
                              Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &press);
        } else if (input == QLatin1String("mouse move")) {
            QMouseEvent move(QEvent::MouseMove, local, global, Qt::NoButton, Qt::NoButton,
                             Qt::NoModifier);
            QApplication::sendEvent(target, &move);
        } else if (input == QLatin1String("wheel")) {
            QWheelEvent wheel(local, global, QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
        } else {
            static QPointingDevice *screen = QTest::createTouchDevice();
            QTest::touchEvent(m_kiosk.get(), screen)
                .press(0, target->mapTo(m_kiosk.get(), local.toPoint()), m_kiosk.get());
            QTest::touchEvent(m_kiosk.get(), screen)
                .release(0, target->mapTo(m_kiosk.get(), local.toPoint()), m_kiosk.get());
        }
        WizardRig::settle();
        // 100 s + 100 s: without the input the warning would be up by now.
        advance(100 * 1000);
        QVERIFY(!warningShown());
        advance(20 * 1000);
        QVERIFY(warningShown());
    }

    void continueKeepsTheSession() {
        fillHalf(false, QStringLiteral("Test Applicant"));
        advance(kIdleMs);
        QVERIFY(warningShown());
        QSignalSpy wiped(m_kiosk.get(), &KioskWindow::sessionWiped);
        auto *continueButton = m_kiosk->findChild<QPushButton *>(QStringLiteral("continueButton"));
        QVERIFY(continueButton && continueButton->isVisible());
        QVERIFY(continueButton->hasFocus());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        WizardRig::settle();
        QVERIFY(!warningShown());
        QCOMPARE(m_idle->state(), IdleTimeout::State::Watching);
        advance(kWarningMs + 1000);
        QCOMPARE(wiped.count(), 0);
        QCOMPARE(rig().wizard->application().name, QStringLiteral("Test Applicant"));
        QCOMPARE(rig().language->language(), LanguageController::English);
        // The idle time counts again from "Continue".
        advance(kIdleMs - kWarningMs - 1000);
        QVERIFY(warningShown());
    }

    void inputDuringTheWarningDoesNotKeepTheSession() {
        fillHalf(false, QStringLiteral("Test Applicant"));
        advance(kIdleMs);
        QVERIFY(warningShown());
        QTest::keyClick(warning(), Qt::Key_Shift);
        QTest::mouseMove(warning(), warning()->rect().topLeft() + QPoint(5, 5));
        advance(kWarningMs);
        QVERIFY(!warningShown());
        QCOMPARE(rig().wizard->step(), EnrolmentStep::Language);
    }

    void anUntouchedStartScreenShowsNoWarning() {
        QSignalSpy started(m_idle.get(), &IdleTimeout::warningStarted);
        advance(10 * kIdleMs);
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_idle->state(), IdleTimeout::State::Watching);
    }

    void closingIsRefusedUntilStaffAllowsIt() {
        QVERIFY(m_kiosk->isFullScreen());
        QVERIFY(m_kiosk->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(!m_kiosk->close());
        QVERIFY(m_kiosk->isVisible());
        m_kiosk->allowExit();
        QVERIFY(m_kiosk->close());
    }

    void exitKeysAndContextMenusDoNothing() {
        auto *probe = new Probe(rig().wizard.get());
        probe->setContextMenuPolicy(Qt::CustomContextMenu);
        probe->setFocusPolicy(Qt::StrongFocus);
        probe->show();
        QSignalSpy menus(probe, &QWidget::customContextMenuRequested);
        QTest::keyClick(probe, Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(probe, Qt::Key_Escape);
        QTest::keyClick(probe, Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(probe, Qt::Key_Q, Qt::ControlModifier);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(1, 1),
                               probe->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(probe, &menu);
        QCOMPARE(probe->keys, 0);
        QCOMPARE(menus.count(), 0);
        QVERIFY(m_kiosk->isVisible());
        // Ordinary keys still reach the page.
        QTest::keyClick(probe, Qt::Key_A);
        QCOMPARE(probe->keys, 1);

        // Staff left kiosk mode: the window is an ordinary one again.
        m_kiosk->leaveKioskMode();
        QTest::keyClick(probe, Qt::Key_Escape);
        QApplication::sendEvent(probe, &menu);
        QCOMPARE(probe->keys, 2);
        QCOMPARE(menus.count(), 1);
        QVERIFY(!m_kiosk->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(m_kiosk->close());
    }

    void theStaffButtonMustBeHeld() {
        auto *staff = m_kiosk->findChild<StaffButton *>();
        QVERIFY(staff && staff->isVisible());
        QVERIFY(staff->width() >= Theme::MinTouchTarget &&
                staff->height() >= Theme::MinTouchTarget);
        QCOMPARE(staff->focusPolicy(), Qt::NoFocus);
        QSignalSpy requested(m_kiosk.get(), &KioskWindow::staffRequested);
        // A tap, and a hold let go too early: nothing.
        QTest::mouseClick(staff, Qt::LeftButton);
        QTest::mousePress(staff, Qt::LeftButton);
        advance(StaffButton::kHoldMs - 500);
        QTest::mouseRelease(staff, Qt::LeftButton);
        advance(StaffButton::kHoldMs);
        QCOMPARE(requested.count(), 0);
        // Held for two seconds: the staff PIN is asked for.
        QTest::mousePress(staff, Qt::LeftButton);
        QVERIFY(staff->isHolding());
        advance(StaffButton::kHoldMs);
        QCOMPARE(requested.count(), 1);
        QTest::mouseRelease(staff, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }
};

QTEST_MAIN(TestKioskSession)
#include "tst_kiosk_session.moc"
