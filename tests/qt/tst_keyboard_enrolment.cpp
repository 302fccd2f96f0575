#include "Database.h"
#include "EnrolmentController.h"
#include "EnrolmentStep.h"
#include "EnrolmentWizard.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "OutboxStore.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wristdoc;

// The whole enrolment with the keyboard alone, as a person who cannot use the touch screen
// does it with a keypad or a switch mapped to keys: Tab, Shift+Tab, arrows, Space, Enter and
// typing, sent to whatever has the focus. No mouse, no setter. The wizard is the one the
// application builds, storing into the real outbox on a temporary database.
class TestKeyboardEnrolment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EnrolmentController> m_controller;
    int m_keys = 0; // key presses the walk took

    static void settle() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    static QString focusName() {
        const QWidget *w = QApplication::focusWidget();
        return w ? w->objectName() : QStringLiteral("<nothing>");
    }

    EnrolmentWizard &wizard() const { return *m_controller->wizard(); }

    // A key as the keyboard sends it: to the widget with the focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QVERIFY2(QApplication::focusWidget() || QApplication::activeWindow(), "nowhere to type");
        QTest::keyClick(static_cast<QWidget *>(nullptr), key, modifiers);
        ++m_keys;
        settle();
    }
    void type(const QString &text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the focus");
        QTest::keyClicks(target, text);
        m_keys += int(text.size());
        settle();
    }

    // Tab (or Shift+Tab) until `name` has the focus; fails after a full round of the window.
    void tabTo(const QString &name, bool backwards = false) {
        for (int i = 0; i < 80 && focusName() != name; ++i)
            press(Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        QVERIFY2(focusName() == name,
                 qPrintable(QStringLiteral("Tab never reached %1 (at %2)").arg(name, focusName())));
    }

    // The page's first control has the focus as soon as the page shows.
    void expectFocusOn(const QString &name) {
        QVERIFY2(focusName() == name,
                 qPrintable(QStringLiteral("focus on %1, not %2").arg(focusName(), name)));
    }

    // Arrows towards a choice on the screen, as someone looking at the cards would press them:
    // a group of choices (one answer of several) is a single stop in the tab order.
    void arrowTo(const QWidget *target) {
        for (int i = 0; i < 60; ++i) {
            const QWidget *at = QApplication::focusWidget();
            if (!at || at == target)
                break;
            const QRect from(at->mapToGlobal(QPoint(0, 0)), at->size());
            const QRect to(target->mapToGlobal(QPoint(0, 0)), target->size());
            if (to.top() >= from.bottom())
                press(Qt::Key_Down);
            else if (to.bottom() <= from.top())
                press(Qt::Key_Up);
            else
                press(to.center().x() > from.center().x() ? Qt::Key_Right : Qt::Key_Left);
            if (QApplication::focusWidget() == at)
                break; // no way on in that direction
        }
    }

    // Tab to the choice, or to its group and arrows within it; then Space, unless moving in a
    // group of single answers already chose it (radio buttons do).
    void choose(const QString &name) {
        QAbstractButton *target = nullptr;
        for (QAbstractButton *b : wizard().findChildren<QAbstractButton *>(name)) {
            if (b->isVisible())
                target = b;
        }
        QVERIFY2(target, qPrintable(name));
        auto inGroup = [&] {
            const auto *at = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            return at == target || (at && target->group() && at->group() == target->group());
        };
        for (int i = 0; i < 80 && !inGroup(); ++i)
            press(Qt::Key_Tab);
        QVERIFY2(inGroup(), qPrintable(QStringLiteral("Tab never reached the group of %1 (at %2)")
                                           .arg(name, focusName())));
        arrowTo(target);
        if (!target->isVisible()) // the choice moved the wizard on
            return;
        expectFocusOn(name);
        if (!target->isChecked())
            press(Qt::Key_Space);
        QVERIFY(!target->isVisible() || target->isChecked());
    }

    QString labelText(const char *name) const {
        for (const QLabel *label : wizard().findChildren<QLabel *>(QLatin1String(name))) {
            if (label->isVisible())
                return label->text();
        }
        return QString();
    }

    // Not a check: with WRISTDOC_KEYBOARD_SCREENSHOTS=DIR set, saves what a keyboard user sees
    // (the focus outline on the page's first choice) for a look in both languages.
    void saveScreenshot(const char *name) {
        const QString dir = qEnvironmentVariable("WRISTDOC_KEYBOARD_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(wizard().grab().save(QDir(dir).filePath(QLatin1String(name))));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Database::Options options;
        options.path = m_dir->filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_database = Database::open(options, &error);
        QVERIFY2(m_database, qPrintable(error.detail));
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc()));
        EnrolmentStack::Settings settings;
        settings.databasePath = options.path;
        settings.keys = EnrolmentStack::KeyChoice::KeyFile;
        m_controller = std::make_unique<EnrolmentController>(*m_database, *m_clock, settings,
                                                             *m_language, *m_theme);
        m_controller->openEnrolment();
        wizard().resize(1280, 900);
        QVERIFY(QTest::qWaitForWindowActive(&wizard()));
        settle();
        m_keys = 0;
    }

    void cleanup() {
        m_controller.reset();
        m_clock.reset();
        m_theme.reset();
        m_language.reset();
        m_database.reset();
        m_dir.reset();
    }

    void enrolWithTheKeyboardAlone_data() {
        QTest::addColumn<bool>("korean");
        QTest::newRow("ko") << true;
        QTest::newRow("en") << false;
    }

    void enrolWithTheKeyboardAlone() {
        QFETCH(bool, korean);
        QCOMPARE(wizard().step(), EnrolmentStep::Language);
        // The first choice has the focus when the wizard opens: no hunting for a start.
        expectFocusOn(QStringLiteral("koreanOption"));
        if (korean) {
            press(Qt::Key_Space);
        } else {
            // An arrow only moves the focus here; Enter on a language chooses it.
            press(Qt::Key_Down);
            expectFocusOn(QStringLiteral("englishOption"));
            QCOMPARE(wizard().step(), EnrolmentStep::Language);
            press(Qt::Key_Enter);
        }
        QCOMPARE(wizard().step(), EnrolmentStep::Eligibility);
        QCOMPARE(m_language->language(),
                 korean ? LanguageController::Korean : LanguageController::English);

        // Arrows move through one group of choices; Space chooses.
        expectFocusOn(QStringLiteral("livesOption"));
        saveScreenshot(korean ? "keyboard-eligibility-ko.png" : "keyboard-eligibility-en.png");
        press(Qt::Key_Down);
        expectFocusOn(QStringLiteral("worksOption"));
        press(Qt::Key_Up);
        expectFocusOn(QStringLiteral("livesOption"));
        press(Qt::Key_Space);
        choose(QStringLiteral("adultOption"));
        QVERIFY(wizard().canGoNext());
        // Enter goes on from anywhere on a complete page, as a dialog's default button does.
        press(Qt::Key_Return);
        QCOMPARE(wizard().step(), EnrolmentStep::Details);

        expectFocusOn(QStringLiteral("nameField"));
        type(QStringLiteral("Test Applicant"));
        press(Qt::Key_Tab);
        expectFocusOn(QStringLiteral("birthYear"));
        type(QStringLiteral("1956"));
        expectFocusOn(QStringLiteral("birthMonth")); // a full year moves on by itself
        type(QStringLiteral("4"));
        expectFocusOn(QStringLiteral("birthDay"));
        type(QStringLiteral("9"));
        press(Qt::Key_Tab);
        expectFocusOn(QStringLiteral("mobileField"));
        // Shift+Tab goes back the same way.
        press(Qt::Key_Tab, Qt::ShiftModifier);
        expectFocusOn(QStringLiteral("birthDay"));
        press(Qt::Key_Tab);
        type(QStringLiteral("01000000001"));
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(),
                 QStringLiteral("010-0000-0001"));
        press(Qt::Key_Enter); // the keypad's Enter
        QCOMPARE(wizard().step(), EnrolmentStep::District);

        QVERIFY(!wizard().canGoNext());
        press(Qt::Key_Return); // nothing chosen yet: Enter does not skip the page
        QCOMPARE(wizard().step(), EnrolmentStep::District);
        choose(QStringLiteral("district-jongno"));
        press(Qt::Key_Return);
        QCOMPARE(wizard().step(), EnrolmentStep::Device);

        choose(QStringLiteral("ownWatchOption"));
        press(Qt::Key_Return);

        for (EnrolmentStep step :
             {EnrolmentStep::PersonalDataConsent, EnrolmentStep::HealthDataConsent,
              EnrolmentStep::ThirdPartyConsent}) {
            QCOMPARE(wizard().step(), step);
            const bool optional = step == EnrolmentStep::ThirdPartyConsent;
            choose(optional ? QStringLiteral("disagreeOption") : QStringLiteral("agreeOption"));
            press(Qt::Key_Return);
        }

        // No pairing screen in this build of the wizard: the watch is paired at the counter.
        QCOMPARE(wizard().step(), EnrolmentStep::Watch);
        choose(QStringLiteral("pairLaterOption"));
        press(Qt::Key_Return);
        QCOMPARE(wizard().step(), EnrolmentStep::Review);

        // On the review, Enter on the focused "Change" would change; Send is reached with Tab.
        tabTo(QStringLiteral("nextButton"));
        press(Qt::Key_Return);
        QCOMPARE(wizard().step(), EnrolmentStep::Receipt);

        // Stored in the outbox on disk, under the reference the receipt shows.
        const QString reference = labelText("referenceCode");
        QVERIFY(reference.startsWith(QStringLiteral("WD-")));
        OutboxItem item;
        QVERIFY(m_controller->stack()->outbox().outbox().itemByReference(reference, &item));
        QCOMPARE(item.status.state, DeliveryState::Pending);

        expectFocusOn(QStringLiteral("finishButton"));
        press(Qt::Key_Space);
        QCOMPARE(wizard().step(), EnrolmentStep::Language);
        qInfo("whole enrolment: %d key presses", m_keys);
    }

    void backAndStartOverAreReachable() {
        choose(QStringLiteral("englishOption"));
        QCOMPARE(wizard().step(), EnrolmentStep::Eligibility);
        press(Qt::Key_Space); // lives in Seoul
        tabTo(QStringLiteral("backButton"));
        press(Qt::Key_Space);
        QCOMPARE(wizard().step(), EnrolmentStep::Language);
        // The header's controls are in the tab order too.
        tabTo(QStringLiteral("enrolmentLargerButton"), true);
        press(Qt::Key_Space);
        QCOMPARE(m_theme->textScalePercent(), 125);
        tabTo(QStringLiteral("enrolmentSmallerButton"), true);
        press(Qt::Key_Return); // Enter presses the focused button, not Next
        QCOMPARE(m_theme->textScalePercent(), 100);
        QCOMPARE(wizard().step(), EnrolmentStep::Language);
    }
};

QTEST_MAIN(TestKeyboardEnrolment)
#include "tst_keyboard_enrolment.moc"
