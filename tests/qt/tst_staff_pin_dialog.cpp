// The staff PIN dialog against the real StaffPinStore on a temporary database: the first PIN
// chosen twice, wrong tries in words, the lock-out that outlives a restart, moved on a
// ManualClock; and the keypad's size and masking.
#include "Database.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "StaffPinDialog.h"
#include "StaffPinStore.h"
#include "Theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wristdoc;

namespace {
const QDateTime kStart(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC); // 14:00 in Seoul
const QString kPin = QStringLiteral("482915");
} // namespace

class StaffPinDialogTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffPinStore> m_store;
    std::unique_ptr<StaffPinDialog> m_dialog;

    void restart() {
        m_dialog.reset();
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_db = Database::open(options, &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        m_store = std::make_unique<StaffPinStore>(*m_db, m_clock);
        m_dialog = std::make_unique<StaffPinDialog>(*m_store, m_clock);
        m_dialog->show();
    }

    template <typename T> T *child(const char *name) {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    // Taps the digits on the keypad and then OK.
    void tap(const QString &digits) {
        for (const QChar c : digits)
            QTest::mouseClick(child<QPushButton>(qPrintable(QStringLiteral("key") + c)),
                              Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("keyOk"), Qt::LeftButton);
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("kiosk.db")));
        m_clock.set(kStart);
        m_language = std::make_unique<LanguageController>();
        m_language->setLanguage(LanguageController::English);
        m_theme = std::make_unique<Theme>();
        restart();
    }

    void cleanup() {
        m_dialog.reset();
        m_store.reset();
        m_db.reset();
        m_theme.reset();
        m_language.reset();
    }

    void firstRunChoosesThePinTwice() {
        QCOMPARE(m_dialog->mode(), StaffPinDialog::Mode::Choose);
        QSignalSpy unlocked(m_dialog.get(), &StaffPinDialog::unlocked);
        tap(QStringLiteral("123456"));
        QCOMPARE(m_dialog->mode(), StaffPinDialog::Mode::Choose);
        QVERIFY2(m_dialog->message().contains(QStringLiteral("in a row")),
                 qPrintable(m_dialog->message()));
        tap(QStringLiteral("4829"));
        QVERIFY(m_dialog->message().contains(QStringLiteral("at least 6 digits")));
        tap(kPin);
        QCOMPARE(m_dialog->mode(), StaffPinDialog::Mode::Confirm);
        tap(QStringLiteral("482916"));
        QCOMPARE(m_dialog->mode(), StaffPinDialog::Mode::Choose);
        QVERIFY(m_dialog->message().contains(QStringLiteral("not the same")));
        QCOMPARE(m_store->status().outcome, PinCheck::Outcome::NotSet);
        tap(kPin);
        tap(kPin);
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_store->status().outcome, PinCheck::Outcome::Ok);
        QCOMPARE(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
    }

    void rightPinUnlocksAndKeyboardWorksToo() {
        QCOMPARE(m_store->setPin(kPin), PinSetResult::Ok);
        m_dialog->refreshStatus();
        QCOMPARE(m_dialog->mode(), StaffPinDialog::Mode::Enter);
        QSignalSpy unlocked(m_dialog.get(), &StaffPinDialog::unlocked);
        auto *field = child<QLineEdit>("pinField");
        QTest::keyClicks(field, QStringLiteral("48a2915")); // the letter is refused
        QCOMPARE(field->text(), kPin);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(field->text().isEmpty()); // forgotten after the try
    }

    void wrongPinsSayHowManyTriesAreLeftThenLock() {
        QCOMPARE(m_store->setPin(kPin), PinSetResult::Ok);
        m_dialog->refreshStatus();
        QSignalSpy unlocked(m_dialog.get(), &StaffPinDialog::unlocked);
        tap(QStringLiteral("111222"));
        QVERIFY2(m_dialog->message().contains(QStringLiteral("locked for a while: 4.")),
                 qPrintable(m_dialog->message()));
        for (int i = 0; i < 3; ++i)
            tap(QStringLiteral("111222"));
        QVERIFY(m_dialog->message().contains(QStringLiteral("locked for a while: 1.")));
        tap(QStringLiteral("111222"));
        QVERIFY(m_dialog->isLockedOut());
        QVERIFY2(m_dialog->message().contains(QStringLiteral("locked until 14:05")),
                 qPrintable(m_dialog->message()));
        QVERIFY(!child<QPushButton>("key4")->isEnabled());
        QVERIFY(!child<QLineEdit>("pinField")->isEnabled());
        tap(kPin); // disabled keys: nothing happens
        QCOMPARE(unlocked.count(), 0);
    }

    void theLockOutlivesARestartAndEndsOnTime() {
        QCOMPARE(m_store->setPin(kPin), PinSetResult::Ok);
        m_dialog->refreshStatus();
        for (int i = 0; i < 5; ++i)
            tap(QStringLiteral("111222"));
        QVERIFY(m_dialog->isLockedOut());
        m_clock.advanceSecs(120);
        restart();
        QVERIFY(m_dialog->isLockedOut());
        QVERIFY2(m_dialog->message().contains(QStringLiteral("(3 min left)")),
                 qPrintable(m_dialog->message()));
        m_clock.advanceSecs(180);
        m_dialog->refreshStatus(); // what the dialog's timer does at the lock's end
        QVERIFY(!m_dialog->isLockedOut());
        QVERIFY(m_dialog->message().isEmpty());
        QSignalSpy unlocked(m_dialog.get(), &StaffPinDialog::unlocked);
        tap(kPin);
        QCOMPARE(unlocked.count(), 1);
    }

    void keypadIsLargeAndThePinIsMasked() {
        QCOMPARE(child<QLineEdit>("pinField")->echoMode(), QLineEdit::Password);
        for (const char *name :
             {"key0", "key1", "key5", "key9", "keyErase", "keyOk", "keyCancel"}) {
            QPushButton *key = child<QPushButton>(name);
            QVERIFY(key);
            QVERIFY2(key->width() >= Theme::MinTouchTarget &&
                         key->height() >= Theme::MinTouchTarget,
                     name);
        }
        tap(kPin);
        // The digits appear in no label of the dialog.
        for (QLabel *label : m_dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(kPin));
    }

    void eraseRemovesTheLastDigit() {
        auto *field = child<QLineEdit>("pinField");
        QTest::mouseClick(child<QPushButton>("key4"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("key8"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("keyErase"), Qt::LeftButton);
        QCOMPARE(field->text(), QStringLiteral("4"));
    }

    void messagesFollowTheLanguage() {
        QCOMPARE(m_store->setPin(kPin), PinSetResult::Ok);
        m_dialog->refreshStatus();
        tap(QStringLiteral("111222"));
        const QString english = m_dialog->message();
        m_language->setLanguage(LanguageController::Korean);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(!m_dialog->message().isEmpty());
        m_language->setLanguage(LanguageController::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        // Rebuilt from what happened, not kept as text: the count of tries is still in it.
        QCOMPARE(m_dialog->message(), english);
        QCOMPARE(child<QLabel>("pinTitle")->text(), QStringLiteral("Staff PIN"));
    }
};

QTEST_MAIN(StaffPinDialogTest)
#include "tst_staff_pin_dialog.moc"
