#include "Database.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "NearbyWatchRow.h"
#include "PairingWindow.h"
#include "SeededRandomSource.h"
#include "SignalBars.h"
#include "SimulatedWatchTransport.h"
#include "Theme.h"
#include "WatchHistoryStore.h"
#include "WatchMessages.h"
#include "WatchSession.h"
#include "WatchShortCode.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMetaEnum>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wristdoc;

namespace {

// Sunday 2026-03-08, 12:00 UTC: an invented moment.
QDateTime testStart() {
    return QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc());
}

// The real session, the simulated watch and the real cache on a temporary file, on virtual time:
// nothing sleeps, the scheduler runs what is due.
struct Rig {
    Rig()
        : clock(testStart())
        , scheduler(&clock)
        , random(99) {
        Database::Options options;
        options.path = dir.filePath(QStringLiteral("cache.db"));
        StorageError error;
        database = Database::open(options, &error);
        store = std::make_unique<WatchHistoryStore>(*database, clock);
        transport = std::make_unique<SimulatedWatchTransport>(clock, scheduler);
        // Three watches on the counter, added weakest first so the list must sort them.
        const int rssi[] = {-86, -52, -70};
        for (int i = 0; i < 3; ++i) {
            SimulatedWatch watch = SimulatedWatch::generate(quint32(11 + i), 180, clock.nowUtc());
            watch.rssi = rssi[i];
            watches.append(&transport->addWatch(watch));
        }
        session = std::make_unique<WatchSession>(*transport, *store, clock, scheduler, random);
    }

    bool run(const std::function<bool()> &done, qint64 maxMs = 10 * 60 * 1000) {
        return scheduler.runUntil(done, maxMs);
    }

    // Distinct minutes with steps or heart rate the cache holds for a watch.
    qint64 storedMinutes(const SimulatedWatch &watch) const {
        WatchIdentity identity;
        identity.address = watch.address;
        identity.info = watch.info;
        const qint64 device = store->deviceIdFor(identity);
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral(
            "SELECT count(*) FROM (SELECT minute_utc FROM step_samples WHERE device_id = ?"
            " UNION SELECT minute_utc FROM heart_rate_samples WHERE device_id = ?)"));
        query.addBindValue(device);
        query.addBindValue(device);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QTemporaryDir dir;
    ManualClock clock;
    ManualScheduler scheduler;
    SeededRandomSource random;
    std::unique_ptr<Database> database;
    std::unique_ptr<WatchHistoryStore> store;
    std::unique_ptr<SimulatedWatchTransport> transport;
    QList<SimulatedWatch *> watches;
    std::unique_ptr<WatchSession> session;
};

} // namespace

class TestPairingWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Rig> m_rig;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<PairingWindow> m_window;

    void settle() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    template <typename T> T *child(const char *name) const {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString text(const char *name) const { return child<QLabel>(name)->text(); }

    QList<NearbyWatchRow *> rows() const {
        QList<NearbyWatchRow *> visible;
        for (NearbyWatchRow *row : m_window->findChildren<NearbyWatchRow *>()) {
            if (row->isVisible())
                visible << row;
        }
        // In the order the layout shows them.
        std::sort(visible.begin(), visible.end(),
                  [](const QWidget *a, const QWidget *b) { return a->y() < b->y(); });
        return visible;
    }

    bool scanUntilThreeRows() {
        m_window->scanAgain();
        return m_rig->run([&] { return m_rig->session->nearbyWatches().size() == 3; }, 5000);
    }

    bool chooseAndSync(int index) {
        settle();
        const QList<NearbyWatchRow *> list = rows();
        if (list.size() <= index)
            return false;
        QTest::mouseClick(list.at(index), Qt::LeftButton);
        return m_rig->run([&] { return m_window->page() == PairingWindow::Page::Done; });
    }

    void setLanguage(LanguageController::Language language) {
        m_language->setLanguage(language);
        settle();
    }

    static QString describe(const QWidget *w) {
        const auto *label = qobject_cast<const QLabel *>(w);
        return QStringLiteral("%1 \"%2\" %3x%4")
            .arg(w->objectName(), label ? label->text().left(40) : QString())
            .arg(w->width())
            .arg(w->height());
    }

    // Every visible label shows all of its text within the room the layout gave it.
    QStringList clippedLabels(int *checked) const {
        QStringList clipped;
        *checked = 0;
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++*checked;
            const QSize needed = label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
                                                   : label->sizeHint();
            if (needed.width() > label->width() || needed.height() > label->height() ||
                !label->parentWidget()->rect().contains(label->geometry())) {
                clipped
                    << describe(label) +
                           QStringLiteral(" needs %1x%2").arg(needed.width()).arg(needed.height());
            }
        }
        return clipped;
    }

    QStringList smallTargets(int *checked) const {
        QStringList small;
        *checked = 0;
        for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            ++*checked;
            if (button->width() < Theme::MinTouchTarget ||
                button->height() < Theme::MinTouchTarget ||
                (button->text().isEmpty() && button->accessibleName().isEmpty()))
                small << describe(button);
        }
        return small;
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<Rig>();
        QVERIFY(m_rig->database);
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_window = std::make_unique<PairingWindow>(*m_rig->session, *m_language, *m_theme);
        m_window->resize(900, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_theme.reset();
        m_language.reset();
        m_rig.reset();
    }

    void shortCodeRule() {
        QCOMPARE(WatchShortCode::fromName(QStringLiteral("WristDoc 3f2a")), QStringLiteral("3F2A"));
        QCOMPARE(WatchShortCode::fromName(QStringLiteral("  WristDoc   0042 ")),
                 QStringLiteral("0042"));
        // One word is a model name, not a code; a last word of another length is not a code.
        QCOMPARE(WatchShortCode::fromName(QStringLiteral("WristDoc")), QString());
        QCOMPARE(WatchShortCode::fromName(QStringLiteral("Band Watch")), QString());
        QCOMPARE(WatchShortCode::fromName(QStringLiteral("Band A-12")), QString());
        QCOMPARE(WatchShortCode::fromAddress(QStringLiteral("c0:57:12:34:ab:cd")),
                 QStringLiteral("ABCD"));
        QCOMPARE(WatchShortCode::fromAddress(QStringLiteral("not an address")), QString());

        DiscoveredWatch seen;
        seen.address = QStringLiteral("C0:57:00:11:2E:9F");
        seen.name = QStringLiteral("WristDoc");
        WatchShortCode::Source source = WatchShortCode::Source::None;
        QCOMPARE(WatchShortCode::forDiscovered(seen, &source), QStringLiteral("2E9F"));
        QCOMPARE(source, WatchShortCode::Source::Address);
        seen.name = QStringLiteral("WristDoc 7B1C");
        QCOMPARE(WatchShortCode::forDiscovered(seen, &source), QStringLiteral("7B1C"));
        QCOMPARE(source, WatchShortCode::Source::Name);
        DeviceInformation info;
        info.serialNumber = QStringLiteral("WD-0a7b1c");
        QCOMPARE(WatchShortCode::forConnected(info, seen, &source), QStringLiteral("7B1C"));
        QCOMPARE(source, WatchShortCode::Source::Serial);
    }

    void signalLevels() {
        QCOMPARE(SignalBars::levelFor(-45), SignalBars::Level::Strong);
        QCOMPARE(SignalBars::levelFor(-60), SignalBars::Level::Strong);
        QCOMPARE(SignalBars::levelFor(-61), SignalBars::Level::Fair);
        QCOMPARE(SignalBars::levelFor(-75), SignalBars::Level::Fair);
        QCOMPARE(SignalBars::levelFor(-76), SignalBars::Level::Weak);
        QCOMPARE(SignalBars::levelFor(0), SignalBars::Level::Unknown);
    }

    void rowsAreSortedBySignalWithShortCodes() {
        QVERIFY(scanUntilThreeRows());
        settle();
        const QList<NearbyWatchRow *> list = rows();
        QCOMPARE(list.size(), 3);
        // Advertisements vary by a few dBm around each watch's level.
        const int expectedRssi[] = {-52, -70, -86};
        const QString expectedSignal[] = {QStringLiteral("신호 강함"), QStringLiteral("신호 보통"),
                                          QStringLiteral("신호 약함")};
        for (int i = 0; i < 3; ++i) {
            const NearbyWatchRow *row = list.at(i);
            QVERIFY(qAbs(row->watch().rssi - expectedRssi[i]) <= 2);
            if (i > 0)
                QVERIFY(row->watch().rssi < list.at(i - 1)->watch().rssi);
            const SimulatedWatch *watch = m_rig->transport->watch(row->watch().address);
            QVERIFY(watch);
            // The code from the advertised name is the serial's: what the watch shows.
            QCOMPARE(row->shortCode(), watch->info.shortCode());
            QCOMPARE(row->findChild<QLabel *>(QStringLiteral("watchCode"))->text(),
                     QStringLiteral("코드 %1").arg(watch->info.shortCode()));
            QCOMPARE(row->findChild<QLabel *>(QStringLiteral("watchSignal"))->text(),
                     expectedSignal[i]);
            QCOMPARE(row->findChild<SignalBars *>()->accessibleName(), expectedSignal[i]);
            QVERIFY(row->accessibleName().contains(watch->info.shortCode()));
        }
        QVERIFY(text("scanStatus").contains(QStringLiteral("3")));
    }

    void choosingAWatchSyncsAndShowsTheDoneState() {
        QVERIFY(scanUntilThreeRows());
        QVector<WatchSession::State> states;
        connect(m_rig->session.get(), &WatchSession::stateChanged, this,
                [&](WatchSession::State state) { states << state; });
        QStringList progressTexts;
        connect(m_rig->session.get(), &WatchSession::stateChanged, this, [&] {
            if (m_window->page() == PairingWindow::Page::Progress)
                progressTexts << text("progressState");
        });
        QVERIFY(chooseAndSync(0));
        const SimulatedWatch *watch = m_rig->watches.at(1); // -52 dBm: the top row
        QCOMPARE(m_rig->session->address(), watch->address);
        // The steps were announced in plain words, in order.
        QVERIFY(progressTexts.contains(QStringLiteral("연결 중…")));
        QVERIFY(progressTexts.contains(QStringLiteral("시계 정보 읽는 중…")));
        QVERIFY(progressTexts.contains(QStringLiteral("시간 맞추는 중…")));
        QVERIFY(progressTexts.indexOf(QStringLiteral("연결 중…")) <
                progressTexts.indexOf(QStringLiteral("시간 맞추는 중…")));

        settle();
        const qint64 minutes = m_rig->storedMinutes(*watch);
        QVERIFY(minutes > 100);
        QCOMPARE(qint64(m_rig->session->lastSync().recordsStored), minutes);
        QCOMPARE(text("storedValue"),
                 QLocale(QLocale::Korean).toString(minutes) + QStringLiteral("분"));
        QCOMPARE(text("codeValue"), watch->info.shortCode());
        QVERIFY(text("modelValue").contains(watch->info.modelNumber));
        QCOMPARE(text("batteryValue"), QStringLiteral("%1%").arg(watch->batteryPercent));
        QVERIFY(!child<QLabel>("batteryWarning")->isVisible());
        QVERIFY(!child<QWidget>("pairingProblem")->isVisible());
        // Everything the watch held is in the cache.
        WatchIdentity identity;
        identity.address = watch->address;
        identity.info = watch->info;
        QCOMPARE(m_rig->store->lastStored(identity, nullptr).lastSequence,
                 watch->records.last().sequence);

        QSignalSpy finished(m_window.get(), &PairingWindow::pairingFinished);
        QTest::mouseClick(child<QAbstractButton>("finishButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<DeviceInformation>(), watch->info);
    }

    void lowBatteryIsWarned() {
        m_rig->transport->faults().lowBattery = true;
        QVERIFY(scanUntilThreeRows());
        QVERIFY(chooseAndSync(2));
        settle();
        QCOMPARE(text("batteryValue"),
                 QStringLiteral("%1%").arg(SimulatedWatchFaults::kLowBatteryPercent));
        QVERIFY(child<QLabel>("batteryWarning")->isVisible());
        QVERIFY(text("batteryWarning").contains(QStringLiteral("배터리")));
    }

    void anotherWatchScansAgain() {
        QVERIFY(scanUntilThreeRows());
        QVERIFY(chooseAndSync(1));
        QTest::mouseClick(child<QAbstractButton>("anotherWatchButton"), Qt::LeftButton);
        QVERIFY(m_rig->run([&] {
            return m_rig->session->state() == WatchSession::State::Scanning &&
                   m_rig->session->nearbyWatches().size() == 3;
        }));
        QCOMPARE(m_window->page(), PairingWindow::Page::Watches);
    }

    void noAdapterOffersTheSimulatedWatch() {
        m_rig->transport->faults().noAdapter = true;
        m_window->setSimulatedWatchAvailable(true);
        m_window->scanAgain();
        QVERIFY(m_rig->run([&] { return m_rig->session->state() == WatchSession::State::Idle; }));
        settle();
        QVERIFY(child<QWidget>("pairingProblem")->isVisible());
        QCOMPARE(text("pairingProblemText"),
                 QStringLiteral("이 컴퓨터에는 블루투스 장치가 없어요."));
        auto *simulated = child<QAbstractButton>("simulatedWatchButton");
        QVERIFY(simulated->isVisible());
        QCOMPARE(simulated->text(), QStringLiteral("연습용 시계 사용하기"));
        QSignalSpy requested(m_window.get(), &PairingWindow::simulatedWatchRequested);
        QTest::mouseClick(simulated, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        setLanguage(LanguageController::English);
        QCOMPARE(text("pairingProblemText"),
                 QStringLiteral("This computer has no Bluetooth adapter."));
        QCOMPARE(simulated->text(), QStringLiteral("Use the simulated watch"));

        // Without a simulated watch to offer, only the words.
        m_window->setSimulatedWatchAvailable(false);
        QVERIFY(!simulated->isVisible());
    }

    void outOfRangeIsExplained() {
        QVERIFY(scanUntilThreeRows());
        settle();
        m_rig->transport->faults().outOfRange = true;
        QTest::mouseClick(rows().at(0), Qt::LeftButton);
        QCOMPARE(m_window->page(), PairingWindow::Page::Progress);
        QVERIFY(m_rig->run([&] { return m_rig->session->state() == WatchSession::State::Idle; }));
        settle();
        QCOMPARE(m_window->page(), PairingWindow::Page::Watches);
        QVERIFY(child<QWidget>("pairingProblem")->isVisible());
        QCOMPARE(text("pairingProblemText"),
                 WatchMessages::errorText(WatchSession::Error::OutOfRange));
        QVERIFY(text("pairingProblemText").contains(QStringLiteral("시계가 응답하지 않아요")));
        QVERIFY(!child<QAbstractButton>("simulatedWatchButton")->isVisible());

        // Scanning again clears the message.
        m_rig->transport->faults().outOfRange = false;
        QTest::mouseClick(child<QAbstractButton>("scanAgainButton"), Qt::LeftButton);
        QVERIFY(!child<QWidget>("pairingProblem")->isVisible());
    }

    void aWatchBoundElsewhereIsRefused() {
        QString checkedSerial;
        m_window->setBindingCheck([&](const WatchIdentity &watch) {
            checkedSerial = watch.info.serialNumber;
            return true;
        });
        QVERIFY(scanUntilThreeRows());
        settle();
        QTest::mouseClick(rows().at(0), Qt::LeftButton);
        // The window lets go of the watch from the event loop, after the session's signal.
        QVERIFY(m_rig->run([&] {
            QCoreApplication::sendPostedEvents();
            return m_rig->session->state() == WatchSession::State::Idle;
        }));
        settle();
        QCOMPARE(checkedSerial, m_rig->watches.at(1)->info.serialNumber);
        QCOMPARE(m_window->page(), PairingWindow::Page::Watches);
        QCOMPARE(text("pairingProblemText"), QStringLiteral("이 시계는 이미 다른 분의 시계로 "
                                                            "등록되어 있어요."));
        QCOMPARE(m_rig->storedMinutes(*m_rig->watches.at(1)), 0);
    }

    void everyErrorHasPlainWordsInBothLanguages() {
        const QMetaEnum errors = QMetaEnum::fromType<WatchSession::Error>();
        QSet<QString> english;
        QSet<QString> korean;
        for (int i = 0; i < errors.keyCount(); ++i) {
            const auto error = WatchSession::Error(errors.value(i));
            setLanguage(LanguageController::English);
            const QString en = WatchMessages::errorText(error);
            setLanguage(LanguageController::Korean);
            const QString ko = WatchMessages::errorText(error);
            QVERIFY2(!en.isEmpty() && !ko.isEmpty(), errors.key(i));
            QVERIFY2(en != ko, errors.key(i)); // translated
            english << en;
            korean << ko;
            if (!WatchMessages::errorAdvice(error).isEmpty())
                QVERIFY2(WatchMessages::errorAdvice(error) != en, errors.key(i));
        }
        // One sentence per error, never a shared catch-all.
        QCOMPARE(english.size(), errors.keyCount());
        QCOMPARE(korean.size(), errors.keyCount());
    }

    void retranslatesOnLanguageChange() {
        QVERIFY(scanUntilThreeRows());
        settle();
        auto *scan = child<QAbstractButton>("scanAgainButton");
        QCOMPARE(scan->text(), QStringLiteral("다시 찾기"));
        QCOMPARE(text("pairingTitle"), QStringLiteral("시계 연결하기"));
        QCOMPARE(rows().at(0)->findChild<QLabel *>(QStringLiteral("watchSignal"))->text(),
                 QStringLiteral("신호 강함"));
        setLanguage(LanguageController::English);
        QCOMPARE(scan->text(), QStringLiteral("Scan again"));
        QCOMPARE(text("pairingTitle"), QStringLiteral("Pair a watch"));
        QCOMPARE(rows().at(0)->findChild<QLabel *>(QStringLiteral("watchSignal"))->text(),
                 QStringLiteral("Strong signal"));
        QVERIFY(text("scanStatus").contains(QStringLiteral("3 watches found")));
        QVERIFY(chooseAndSync(0));
        settle();
        QVERIFY(text("storedValue").endsWith(QStringLiteral(" minutes")));
        setLanguage(LanguageController::Korean);
        QVERIFY(text("storedValue").endsWith(QStringLiteral("분")));
        QCOMPARE(text("doneTitle"), QStringLiteral("시계를 연결했어요"));
    }

    void touchTargetsAreBigEnough() {
        m_rig->transport->faults().noAdapter = true;
        m_window->setSimulatedWatchAvailable(true);
        m_window->scanAgain();
        QVERIFY(m_rig->run([&] { return m_rig->session->state() == WatchSession::State::Idle; }));
        settle();
        int checked = 0;
        QStringList small = smallTargets(&checked);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
        QCOMPARE(checked, 2); // simulated watch, scan again

        m_rig->transport->faults().noAdapter = false;
        QVERIFY(scanUntilThreeRows());
        settle();
        small = smallTargets(&checked);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
        QCOMPARE(checked, 4); // three rows, scan again
        for (const NearbyWatchRow *row : rows())
            QVERIFY(row->height() >= 2 * Theme::MinTouchTarget);

        QVERIFY(chooseAndSync(0));
        settle();
        small = smallTargets(&checked);
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
        QCOMPARE(checked, 2); // done, another watch
    }

    void nothingIsClippedAtLargeText_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("scale");
        for (int scale : {100, 200}) {
            for (auto lang : {LanguageController::Korean, LanguageController::English}) {
                const QByteArray name =
                    LanguageController::code(lang).toLatin1() + '-' + QByteArray::number(scale);
                QTest::newRow(name.constData()) << int(lang) << scale;
            }
        }
    }

    void nothingIsClippedAtLargeText() {
        QFETCH(int, language);
        QFETCH(int, scale);
        // A narrow kiosk portrait window: the hardest case for long words at 200 %.
        m_window->resize(720, 900);
        setLanguage(LanguageController::Language(language));
        m_theme->setTextScalePercent(scale);
        auto check = [&](const char *where, int atLeast) {
            settle();
            int checked = 0;
            const QStringList clipped = clippedLabels(&checked);
            QVERIFY2(clipped.isEmpty(), qPrintable(QLatin1String(where) + QStringLiteral(": ") +
                                                   clipped.join(QStringLiteral("; "))));
            QVERIFY2(checked >= atLeast, where);
            auto *scroll = child<QScrollArea>("pairingScroll");
            QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        };

        m_rig->transport->faults().noAdapter = true;
        m_window->setSimulatedWatchAvailable(true);
        m_window->scanAgain();
        QVERIFY(m_rig->run([&] { return m_rig->session->state() == WatchSession::State::Idle; }));
        check("problem", 4);

        m_rig->transport->faults().noAdapter = false;
        m_rig->transport->faults().lowBattery = true;
        QVERIFY(scanUntilThreeRows());
        check("list", 3 + 3 * 3); // title, intro, status; signal, name, code per row

        QVERIFY(chooseAndSync(0));
        check("done", 11);
    }
    // Not a check: with WRISTDOC_PAIRING_SCREENSHOTS=DIR set, renders the screen's states as
    // PNGs for docs/screenshots/ (the list of three simulated watches, the no-adapter message,
    // the done state), in Korean and English.
    void screenshots() {
        const QString dir = qEnvironmentVariable("WRISTDOC_PAIRING_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set WRISTDOC_PAIRING_SCREENSHOTS=DIR to render the screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_window->resize(1024, 768);
        auto save = [&](const char *name) {
            settle();
            const QImage image = child<QWidget>("pairingContent")->grab().toImage();
            QVERIFY(image.save(QDir(dir).filePath(QLatin1String(name))));
        };
        for (auto lang : {LanguageController::Korean, LanguageController::English}) {
            cleanup();
            init();
            m_window->resize(1024, 768);
            setLanguage(lang);
            const QString code = LanguageController::code(lang);
            m_rig->transport->faults().noAdapter = true;
            m_window->setSimulatedWatchAvailable(true);
            m_window->scanAgain();
            QVERIFY(
                m_rig->run([&] { return m_rig->session->state() == WatchSession::State::Idle; }));
            save(qPrintable(QStringLiteral("pairing-%1-no-adapter.png").arg(code)));
            m_rig->transport->faults().noAdapter = false;
            QVERIFY(scanUntilThreeRows());
            save(qPrintable(QStringLiteral("pairing-%1-list.png").arg(code)));
            if (lang == LanguageController::Korean) {
                m_theme->setTextScalePercent(200);
                save("pairing-ko-list-200.png");
                m_theme->setTextScalePercent(100);
            }
            QVERIFY(chooseAndSync(0));
            save(qPrintable(QStringLiteral("pairing-%1-done.png").arg(code)));
        }
    }
};

QTEST_MAIN(TestPairingWindow)
#include "tst_pairing_window.moc"
