// The home dashboard's people through the composition root's real objects and the real
// reference server on loopback: link this computer with the participant number and the code the
// programme sends, add a second person, switch, and unlink with the data deleted.
#include "DashboardWindow.h"
#include "Database.h"
#include "EventLoopScheduler.h"
#include "HomeController.h"
#include "LanguageController.h"
#include "LinkDialog.h"
#include "ManualClock.h"
#include "ParticipantCredentialStore.h"
#include "ParticipantExchange.h"
#include "ParticipantSync.h"
#include "ReferenceServerProcess.h"
#include "Theme.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace wristdoc;

namespace {
constexpr int kWaitMs = 60000; // a guard against hanging, not a timing assertion
}

class HomeLinkingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linkAddSwitchAndUnlinkAProfile() {
        ReferenceServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
                 qPrintable(server.errorString()));
        const QString participant = test::enrolParticipant(
            server.port(), "home-enrol-0001", QStringLiteral("Invented Elder"),
            QStringLiteral("01000000077"), QDate(1955, 3, 3));
        QVERIFY(participant.startsWith(QLatin1String("P-")));

        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC));
        EventLoopScheduler scheduler;
        LanguageController language;
        Theme theme;
        DashboardWindow window(language, theme);
        window.setConfirmation([](QWidget *, const QString &, const QString &, const QString &,
                                  const QString &) { return true; });
        Database::Options options;
        options.path = dir.filePath(QStringLiteral("wristdoc.db"));
        StorageError error;
        auto mainDb = Database::open(options, &error);
        QVERIFY(mainDb);

        HomeController::Settings settings;
        settings.mainDatabasePath = options.path;
        settings.mainDatabase = mainDb.get();
        settings.serverUrl = server.baseUrl();
        settings.preferKeychain = false;
        settings.watch = WatchStack::Choice::Simulated;
        settings.reportFolder = dir.filePath(QStringLiteral("reports"));
        HomeController home(settings, clock, PointsPolicy::builtInDefault(), window, language,
                            theme, scheduler);
        QStringList notices;
        home.setNotice([&notices](QWidget *, const QString &text) { notices << text; });
        home.setNamePrompt([](QWidget *) { return QStringLiteral("Invented Mum"); });
        home.start();
        QVERIFY(home.session() && home.session()->isOpen());
        QVERIFY(window.snapshot().demoData); // the first look has demo history
        QVERIFY(!window.snapshot().linked);

        // Link: the number from the receipt, then the code the programme "texted".
        Q_EMIT window.linkRequested();
        LinkDialog *dialog = home.linkDialog();
        QVERIFY(dialog);
        Q_EMIT dialog->codeRequested(participant.toLower().remove(u'-')); // typed loosely
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), LinkDialog::Step::Code, kWaitMs);
        const QJsonObject sent = test::sentCode(server.port(), server.adminToken(), participant);
        Q_EMIT dialog->codeEntered(sent.value(QStringLiteral("code")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), LinkDialog::Step::Done, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(home.session()->participant().isLinked(), kWaitMs);
        QCOMPARE(home.session()->participant().participantId, participant);
        QCOMPARE(home.session()->participant().birthYear, 1955);
        const QByteArray token = home.credentials().token(ProfileRegistry::mainId());
        QVERIFY(!token.isEmpty());
        const QFileInfo tokenFile(home.credentials().filePathFor(ProfileRegistry::mainId()));
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(tokenFile.exists());
        QCOMPARE(int(tokenFile.permissions() & others), 0); // owner-only
        // Linked: demo history gone, uploads and the ledger check running, the card shows it.
        QVERIFY(home.session()->sync());
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot().lastLedgerCheckUtc.isValid(), kWaitMs);
        QVERIFY(window.snapshot().linked);
        QVERIFY(!window.snapshot().demoData);
        QCOMPARE(window.snapshot().participantLabel,
                 QStringLiteral("P-****") + participant.right(4));

        // A second person on the same computer: their own empty, unlinked profile.
        Q_EMIT window.addProfileRequested();
        QVERIFY(home.session()->profile().id != ProfileRegistry::mainId());
        QCOMPARE(home.session()->profile().name, QStringLiteral("Invented Mum"));
        QVERIFY(!window.snapshot().linked);
        QVERIFY(!window.snapshot().demoData);
        QCOMPARE(window.snapshot().profiles.size(), 2);
        const QString mumDb = home.session()->profile().databasePath;
        QVERIFY(mumDb != options.path);

        // Back to the first person: still linked.
        Q_EMIT window.profileSwitchRequested(ProfileRegistry::mainId());
        QVERIFY(home.session()->participant().isLinked());

        // Unlink and delete this person's data: the token is revoked on the server and gone
        // here, and the profile starts again empty.
        Q_EMIT window.unlinkRequested(true);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), kWaitMs);
        QVERIFY(home.credentials().token(ProfileRegistry::mainId()).isEmpty());
        QVERIFY(!home.session()->participant().isLinked());
        QCOMPARE(test::getLedger(server.port(), token, participant, "2026-11-01", "2026-11-22")
                     .status,
                 401);
        QVERIFY(QFileInfo::exists(mumDb)); // the other person's data is untouched
    }
};

QTEST_MAIN(HomeLinkingTest)
#include "tst_home_linking.moc"
