// The staff console with its presenter on a real OutboxStore in a temporary database: every
// item in words, reachability from a fake status answer (the outside world), send now, export
// for manual processing, the registration field and leaving kiosk mode.
#include "Database.h"
#include "EnrolmentOutbox.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "SeededRandomSource.h"
#include "StaffConsole.h"
#include "StaffConsolePresenter.h"
#include "Theme.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <memory>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC); // 14:00 in Seoul

EnrolmentApplication inventedApplicant(int n) {
    EnrolmentApplication a;
    a.name = QStringLiteral("Test Applicant %1").arg(n);
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("010000%1").arg(n, 5, 10, QLatin1Char('0'));
    a.district = QStringLiteral("jongno");
    a.consents = {{QStringLiteral("personal-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("health-data"), QStringLiteral("2026-01"), true}};
    return a;
}

} // namespace

class StaffConsoleTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    SeededRandomSource m_random{11};
    FieldCipher m_cipher;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
    std::unique_ptr<StaffConsolePresenter> m_presenter;
    std::unique_ptr<StaffConsole> m_console;
    QVector<qint64> m_ids; // confirmed, needs attention (http-503), pending
    HttpReply m_statusReply;
    int m_probes = 0;
    int m_wakes = 0;

    template <typename T> T *child(const QString &name) {
        T *widget = m_console->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QTableWidget *table() { return child<QTableWidget>(QStringLiteral("outboxTable")); }
    QString cell(int row, int column) { return table()->item(row, column)->text(); }
    QString reference(int i) {
        OutboxItem item;
        m_outbox->outbox().item(m_ids.at(i), &item);
        return item.status.reference;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(FieldCipher::initialize());
        m_cipher = FieldCipher(QByteArray(FieldCipher::kKeyBytes, 'k'));
    }

    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("kiosk.db")));
        m_clock.set(kStart);
        m_language = std::make_unique<LanguageController>();
        m_language->setLanguage(LanguageController::English);
        m_theme = std::make_unique<Theme>();
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_db = Database::open(options, &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_db, m_cipher, m_clock, m_random);
        m_ids.clear();
        for (int n = 1; n <= 3; ++n) {
            const IntakeResult result = m_outbox->submit(inventedApplicant(n));
            QVERIFY(result.ok());
            OutboxItem item;
            QVERIFY(m_outbox->outbox().itemByReference(result.receipt.reference, &item));
            m_ids << item.id;
            m_clock.advanceSecs(60);
        }
        OutboxStore &store = m_outbox->outbox();
        QVERIFY(!store.markSending(m_ids[0]));
        QVERIFY(!store.markConfirmed(m_ids[0], QStringLiteral("P-0001"), QStringLiteral("E-1")));
        QVERIFY(!store.markSending(m_ids[1]));
        QVERIFY(!store.markRetry(m_ids[1], kStart.addSecs(3600), QStringLiteral("http-503"),
                                 DeliveryState::NeedsAttention));
        m_clock.set(kStart.addSecs(15 * 60)); // 14:15

        m_probes = 0;
        m_wakes = 0;
        m_statusReply = HttpReply::failed(NetworkErrorKind::ConnectionRefused);
        m_presenter = std::make_unique<StaffConsolePresenter>(
            m_outbox->outbox(), m_outbox->enrolments(), m_clock, [this](ProgrammeApi::Done done) {
                ++m_probes;
                const HttpReply reply = m_statusReply;
                QTimer::singleShot(0, [done, reply] { done(reply); });
            });
        m_presenter->setWakeWorker([this] { ++m_wakes; });
        m_console = std::make_unique<StaffConsole>(*m_theme);
        connect(m_presenter.get(), &StaffConsolePresenter::snapshotChanged, m_console.get(),
                &StaffConsole::setSnapshot);
        connect(m_presenter.get(), &StaffConsolePresenter::retried, m_console.get(),
                &StaffConsole::showRetryResult);
        connect(m_presenter.get(), &StaffConsolePresenter::exported, m_console.get(),
                &StaffConsole::showExportResult);
        connect(m_console.get(), &StaffConsole::retryRequested, m_presenter.get(),
                &StaffConsolePresenter::retryNow);
        connect(m_console.get(), &StaffConsole::retryAllRequested, m_presenter.get(),
                &StaffConsolePresenter::retryAll);
        connect(m_console.get(), &StaffConsole::exportRequested, m_presenter.get(),
                &StaffConsolePresenter::exportTo);
        connect(m_console.get(), &StaffConsole::checkServerRequested, m_presenter.get(),
                &StaffConsolePresenter::checkServer);
        m_console->resize(1280, 900);
        m_console->show();
        m_presenter->refresh();
    }

    void cleanup() {
        m_console.reset();
        m_presenter.reset();
        m_outbox.reset();
        m_db.reset();
        m_theme.reset();
        m_language.reset();
    }

    void showsEveryItemInWords() {
        QCOMPARE(table()->rowCount(), 3);
        QCOMPARE(cell(0, 0), reference(0));
        QCOMPARE(cell(0, 1), QStringLiteral("Delivered and confirmed"));
        QCOMPARE(cell(0, 3), QStringLiteral("No more attempts"));
        QCOMPARE(cell(1, 1), QStringLiteral("Needs attention"));
        QCOMPARE(cell(1, 2), QStringLiteral("1"));
        QCOMPARE(cell(1, 3), QStringLiteral("15:00")); // next attempt, Seoul time
        QCOMPARE(cell(1, 4), QStringLiteral("The server was busy and asked the kiosk to wait."));
        QCOMPARE(cell(2, 1), QStringLiteral("Waiting to be sent"));
        QCOMPARE(cell(2, 3), QStringLiteral("Now"));
        // The confirmed item has nothing to send; the others have a button.
        QVERIFY(!table()->cellWidget(0, 5));
        QVERIFY(table()->cellWidget(1, 5));
        QVERIFY(table()->cellWidget(2, 5));
        // No personal data anywhere on the console.
        for (int r = 0; r < table()->rowCount(); ++r)
            for (int c = 0; c < 5; ++c)
                QVERIFY(!cell(r, c).contains(QStringLiteral("Test Applicant")));
    }

    void showsDeliveryAtAGlance() {
        QCOMPARE(child<QLabel>(QStringLiteral("lastDeliveryValue"))->text(),
                 QStringLiteral("14:03 (12 min ago)")); // confirmed at 14:03
        // The oldest waiting item is the second one, stored at 14:01.
        QCOMPARE(child<QLabel>(QStringLiteral("oldestWaitingValue"))->text(),
                 QStringLiteral("Waiting for 14 min"));
        QCOMPARE(child<QLabel>(QStringLiteral("countsValue"))->text(),
                 QStringLiteral("waiting: 1, needs attention: 1, delivered: 1"));
    }

    void reachabilityInWords() {
        QCOMPARE(child<QLabel>(QStringLiteral("serverValue"))->text(),
                 QStringLiteral("Not checked yet."));
        m_presenter->checkServer();
        m_presenter->checkServer(); // one request at a time
        QCOMPARE(child<QLabel>(QStringLiteral("serverValue"))->text(),
                 QStringLiteral("Checking..."));
        QTRY_VERIFY(m_presenter->snapshot().reachability != ServerReachability::Checking);
        QCOMPARE(m_probes, 1);
        QVERIFY2(child<QLabel>(QStringLiteral("serverValue"))
                     ->text()
                     .startsWith(QStringLiteral("The server could not be reached. It may be down "
                                                "or restarting.")),
                 qPrintable(child<QLabel>(QStringLiteral("serverValue"))->text()));
        QVERIFY(child<QLabel>(QStringLiteral("serverValue"))
                    ->text()
                    .endsWith(QStringLiteral("(checked at 14:15)")));

        m_statusReply = HttpReply::answer(503, QByteArray());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("checkServerButton")), Qt::LeftButton);
        QTRY_COMPARE(m_presenter->snapshot().reachability, ServerReachability::Busy);

        m_statusReply = HttpReply::answer(
            200, QByteArrayLiteral("{\"status\":\"ok\",\"serverTime\":\"2026-11-22T05:15:00Z\","
                                   "\"policyVersion\":\"2025-03\"}"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("checkServerButton")), Qt::LeftButton);
        QTRY_COMPARE(m_presenter->snapshot().reachability, ServerReachability::Reachable);
        QVERIFY(child<QLabel>(QStringLiteral("serverValue"))
                    ->text()
                    .startsWith(QStringLiteral("The server answers.")));
    }

    void withoutAServerNothingIsAsked() {
        StaffConsolePresenter offline(m_outbox->outbox(), m_outbox->enrolments(), m_clock, {});
        offline.checkServer();
        QCOMPARE(offline.snapshot().reachability, ServerReachability::NotConfigured);
    }

    void sendNowRetriesOneItemAndWakesTheWorker() {
        auto *button = qobject_cast<QPushButton *>(table()->cellWidget(1, 5));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        OutboxItem item;
        QVERIFY(m_outbox->outbox().item(m_ids[1], &item));
        QCOMPARE(item.status.state, DeliveryState::Pending);
        QCOMPARE(item.status.nextAttemptUtc, m_clock.nowUtc());
        QCOMPARE(m_wakes, 1);
        QCOMPARE(child<QLabel>(QStringLiteral("actionMessage"))->text(),
                 QStringLiteral("Items that will be sent now: 1."));
        QCOMPARE(cell(1, 1), QStringLiteral("Waiting to be sent"));
    }

    void sendAllRetriesEveryWaitingItem() {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("retryAllButton")), Qt::LeftButton);
        QCOMPARE(child<QLabel>(QStringLiteral("actionMessage"))->text(),
                 QStringLiteral("Items that will be sent now: 2."));
        QCOMPARE(m_wakes, 1);
        // A confirmed item cannot be sent again.
        m_presenter->retryNow(m_ids[0]);
        QVERIFY(child<QLabel>(QStringLiteral("actionMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing to send now")));
        QCOMPARE(m_wakes, 1);
    }

    void exportWritesAnOwnerOnlyFileWhereStaffChose() {
        const QString path = m_dir.filePath(QStringLiteral("for-the-office.csv"));
        int asked = 0;
        m_console->setFileChooser([&] {
            ++asked;
            return path;
        });
        QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(QFile::exists(path));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Test Applicant 2"));  // unconfirmed: for manual processing
        QVERIFY(!bytes.contains("Test Applicant 1")); // confirmed: deleted already
        QVERIFY(child<QLabel>(QStringLiteral("actionMessage"))
                    ->text()
                    .endsWith(QStringLiteral("(items: 3). The file contains applicants' personal "
                                             "data: keep it safe and delete it after use.")));

        // Cancelled: nothing happens.
        m_console->setFileChooser([] { return QString(); });
        QSignalSpy requested(m_console.get(), &StaffConsole::exportRequested);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);

        // A place that cannot be written is said so.
        m_console->setFileChooser(
            [this] { return m_dir.filePath(QStringLiteral("missing/folder/x.csv")); });
        QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(child<QLabel>(QStringLiteral("actionMessage"))
                    ->text()
                    .startsWith(QStringLiteral("The file could not be saved")));
    }

    void registrationSendsTheCodeOnceAndShowsTheAnswer() {
        QSignalSpy requested(m_console.get(), &StaffConsole::registerRequested);
        auto *code = child<QLineEdit>(QStringLiteral("registrationCode"));
        auto *button = child<QPushButton>(QStringLiteral("registerButton"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(code, QStringLiteral(" K7Q-29XM "));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("K7Q-29XM"));
        QVERIFY(code->text().isEmpty()); // a one-time code does not stay on screen
        QVERIFY(!button->isEnabled());
        m_console->showRegistrationResult(true, QStringLiteral("This kiosk is registered."));
        QCOMPARE(child<QLabel>(QStringLiteral("registrationResult"))->text(),
                 QStringLiteral("This kiosk is registered."));
    }

    void leaveKioskModeIsASignal() {
        QSignalSpy leave(m_console.get(), &StaffConsole::leaveKioskRequested);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("leaveKioskButton")), Qt::LeftButton);
        QCOMPARE(leave.count(), 1);
        QSignalSpy closed(m_console.get(), &StaffConsole::closeRequested);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("closeButton")), Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!m_console->isVisible());
    }

    void everyButtonIsATouchTarget() {
        for (QPushButton *button : m_console->findChildren<QPushButton *>()) {
            if (!button->isVisibleTo(m_console.get()))
                continue;
            QVERIFY2(button->width() >= Theme::MinTouchTarget &&
                         button->height() >= Theme::MinTouchTarget,
                     qPrintable(button->objectName()));
        }
    }

    // Not a check: with WRISTDOC_STAFF_SCREENSHOTS=DIR set, renders the console on this test's
    // outbox in Korean and English (tools/screenshots renders the same screens for the docs).
    void screenshots() {
        const QString dir = qEnvironmentVariable("WRISTDOC_STAFF_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set WRISTDOC_STAFF_SCREENSHOTS=DIR to render the screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (auto lang : {LanguageController::Korean, LanguageController::English}) {
            m_language->setLanguage(lang);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QVERIFY(m_console->grab().save(QDir(dir).filePath(
                QStringLiteral("staff-console-test-%1.png").arg(LanguageController::code(lang)))));
        }
    }
};

QTEST_MAIN(StaffConsoleTest)
#include "tst_staff_console.moc"
