// The dashboard's "Pair a watch" button through the composition root's real objects: the
// simulated watch, the watch session, the cache and the pairing screen, on the real event loop.
#include "PairingController.h"
#include "DashboardPresenter.h"
#include "DashboardRepository.h"
#include "DashboardWindow.h"
#include "Database.h"
#include "DemoDataSeeder.h"
#include "DeviceStore.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "NearbyWatchRow.h"
#include "PairingWindow.h"
#include "SampleStore.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace wristdoc;

namespace {

PairingWindow *visiblePairingWindow() {
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *pairing = qobject_cast<PairingWindow *>(widget); pairing && pairing->isVisible())
            return pairing;
    }
    return nullptr;
}

} // namespace

class PairingControllerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pairingTheSimulatedWatchReplacesDemoHistoryWithTheWatchsOwn() {
        QTemporaryDir dir;
        Database::Options options;
        options.path = dir.filePath(QStringLiteral("cache.db"));
        StorageError error;
        const auto database = Database::open(options, &error);
        QVERIFY2(database, qPrintable(error.detail));
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(5, 30), Qt::UTC));
        const PointsPolicy policy = PointsPolicy::builtInDefault();
        QVERIFY(!DemoDataSeeder(*database, clock, policy).seedIfEmpty());

        LanguageController language;
        Theme theme;
        DashboardWindow dashboard(language, theme);
        DashboardRepository repository(*database, clock, policy);
        DashboardPresenter presenter(*database, repository, dashboard);
        presenter.refresh();
        QVERIFY(dashboard.snapshot().demoData);
        PairingController pairing(*database, clock, WatchStack::Choice::Simulated, dashboard,
                                  presenter, language, theme);
        dashboard.show();

        auto *button = dashboard.findChild<QAbstractButton *>(QStringLiteral("pairWatchButton"));
        QVERIFY(button);
        button->click();

        // The seeded demo history is gone before anything of the watch is stored.
        for (const Device &device : DeviceStore(*database).devices())
            QVERIFY(device.address != QLatin1String("demo:simulated-watch"));

        PairingWindow *window = visiblePairingWindow();
        QVERIFY(window);
        // Guards against a hang, not timings: the simulated watches advertise once a second.
        QTRY_VERIFY_WITH_TIMEOUT(window->findChildren<NearbyWatchRow *>().size() >= 3, 20000);
        // The strongest signal comes first; a row is one big button.
        window->findChildren<NearbyWatchRow *>().first()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->page(), PairingWindow::Page::Done, 60000);

        const QVector<Device> devices = DeviceStore(*database).devices();
        QCOMPARE(devices.size(), 1);
        QVERIFY(devices.first().demo); // the simulated watch's history is demo data too
        const QVector<DailyRollup> days =
            SampleStore(*database).rollups(QDate(2026, 11, 1), QDate(2026, 11, 22));
        int minutes = 0;
        for (const DailyRollup &day : days)
            minutes += day.stepMinutes;
        QVERIFY(minutes > 0);
        // The dashboard followed the sync without being asked.
        QVERIFY(dashboard.snapshot().hasDevice);
        QCOMPARE(dashboard.snapshot().week.size(), 7);
    }
};

QTEST_MAIN(PairingControllerTest)
#include "PairingControllerTest.moc"
