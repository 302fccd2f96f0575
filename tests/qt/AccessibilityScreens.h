#pragma once

// Every screen of the application, built as the accessibility tests audit it: each screen shows
// its states one after another (a dashboard with and without a watch, the pairing list, its
// progress and its done page, every step of the enrolment) and hands each to a check. A new
// screen is one class with visit() and one line in allScreens().

#include "AccessibilityAudit.h"
#include "DashboardWindow.h"
#include "Database.h"
#include "EnrolmentTestSupport.h"
#include "IdleWarning.h"
#include "LanguageController.h"
#include "LinkDialog.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "NearbyWatchRow.h"
#include "PairingWindow.h"
#include "PersonNameDialog.h"
#include "SeededRandomSource.h"
#include "SimulatedWatchTransport.h"
#include "SnapshotFixture.h"
#include "StaffConsole.h"
#include "StaffPinDialog.h"
#include "StorageError.h"
#include "Theme.h"
#include "WatchHistoryStore.h"
#include "WatchSession.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

namespace wristdoc::a11y {

// Called with the name of a state and the window that shows it, laid out and painted.
using StateCheck = std::function<void(const QString &state, QWidget *window)>;

class AuditedScreen {
public:
    virtual ~AuditedScreen() = default;
    // Shows each state in turn and runs the check on it.
    virtual void visit(const StateCheck &check) = 0;
    // Controls named alike in both languages on purpose (by object name).
    virtual QSet<QString> fixedNames() const { return {}; }
};

using ScreenFactory = std::function<std::unique_ptr<AuditedScreen>(LanguageController &, Theme &)>;

struct ScreenEntry {
    const char *name;
    ScreenFactory make;
};

// Runs posted layout and language-change events to a fixed point.
inline void settle() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

inline void showWindow(QWidget *window, const QSize &size) {
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qWarning("window %s was not exposed", qPrintable(window->objectName()));
    settle();
}

// The dashboard with a day of data and a storage error, then a linked person's points check
// with two days that do not match, then without a watch.
class DashboardScreen final : public AuditedScreen {
public:
    DashboardScreen(LanguageController &language, Theme &theme)
        : m_window(language, theme) {
        m_window.setSimulatedWatchAvailable(true);
    }

    void visit(const StateCheck &check) override {
        showWindow(&m_window, QSize(1280, 900));
        DashboardSnapshot s = testing::sampleSnapshot();
        m_window.setSnapshot(s);
        m_window.showStorageError({StorageErrorCode::NewerSchema, QString()});
        settle();
        check(QStringLiteral("with data"), &m_window);
        // A linked person with two days the programme credited wrongly: the points check's
        // rows and report buttons, the person's button with a name.
        m_window.setSnapshot(testing::pointsCheckSnapshot());
        settle();
        check(QStringLiteral("points check"), &m_window);
        s.hasDevice = false;
        m_window.setSnapshot(s);
        m_window.clearStorageError();
        settle();
        check(QStringLiteral("no watch yet"), &m_window);
    }

private:
    DashboardWindow m_window;
};

// The pairing screen on the simulated watch, a real session and a cache on a temporary file,
// on virtual time: no adapter, the list of watches, the sync in progress, done.
class PairingScreen final : public AuditedScreen {
public:
    PairingScreen(LanguageController &language, Theme &theme)
        : m_clock(QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc()))
        , m_scheduler(&m_clock)
        , m_random(99) {
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("cache.db"));
        StorageError error;
        m_database = Database::open(options, &error);
        m_store = std::make_unique<WatchHistoryStore>(*m_database, m_clock);
        m_transport = std::make_unique<SimulatedWatchTransport>(m_clock, m_scheduler);
        const int rssi[] = {-86, -52, -70};
        for (int i = 0; i < 3; ++i) {
            SimulatedWatch watch = SimulatedWatch::generate(quint32(11 + i), 60, m_clock.nowUtc());
            watch.rssi = rssi[i];
            m_transport->addWatch(watch);
        }
        m_session =
            std::make_unique<WatchSession>(*m_transport, *m_store, m_clock, m_scheduler, m_random);
        m_window = std::make_unique<PairingWindow>(*m_session, language, theme);
    }
    ~PairingScreen() override {
        m_window.reset();
        m_session.reset();
    }

    void visit(const StateCheck &check) override {
        // A kiosk's portrait window: the narrowest the screen is shown in.
        showWindow(m_window.get(), QSize(720, 900));
        m_transport->faults().noAdapter = true;
        m_window->setSimulatedWatchAvailable(true);
        m_window->scanAgain();
        run([&] { return m_session->state() == WatchSession::State::Idle; });
        settle();
        check(QStringLiteral("no adapter"), m_window.get());

        m_transport->faults().noAdapter = false;
        m_window->scanAgain();
        run([&] { return m_session->nearbyWatches().size() == 3; });
        settle();
        check(QStringLiteral("watches"), m_window.get());

        NearbyWatchRow *row = nullptr;
        for (NearbyWatchRow *r : m_window->findChildren<NearbyWatchRow *>()) {
            if (r->isVisible())
                row = r;
        }
        if (!row)
            return;
        row->click();
        run([&] { return m_window->page() == PairingWindow::Page::Progress; });
        settle();
        check(QStringLiteral("progress"), m_window.get());
        run([&] { return m_window->page() == PairingWindow::Page::Done; });
        settle();
        check(QStringLiteral("done"), m_window.get());
    }

private:
    void run(const std::function<bool()> &done) { m_scheduler.runUntil(done, 10 * 60 * 1000); }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    ManualScheduler m_scheduler;
    SeededRandomSource m_random;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WatchHistoryStore> m_store;
    std::unique_ptr<SimulatedWatchTransport> m_transport;
    std::unique_ptr<WatchSession> m_session;
    std::unique_ptr<PairingWindow> m_window;
};

// Every step of the enrolment with an application filled in, then the receipt while the
// programme's queue is long.
class EnrolmentScreen final : public AuditedScreen {
public:
    EnrolmentScreen(LanguageController &language, Theme &theme)
        : m_clock(testing::testNow())
        , m_language(language)
        , m_wizard(m_intake, m_clock, language, theme) {
        m_wizard.setPairingAvailable(true);
        m_wizard.setConfirmation([](QWidget *, const QString &, const QString &, const QString &,
                                    const QString &) { return true; });
    }

    void visit(const StateCheck &check) override {
        showWindow(&m_wizard, QSize(1280, 900));
        const LanguageController::Language language = m_language.language();
        const bool korean = language == LanguageController::Korean;
        // load() sets the application's language: keep the one under test.
        m_wizard.load(testing::typedApplication(LanguageController::code(language),
                                                korean ? QStringLiteral("테스트 신청자")
                                                       : QStringLiteral("Test Applicant")));
        settle();
        for (int i = 0; i <= int(EnrolmentStep::Review); ++i) {
            const auto step = EnrolmentStep(i);
            m_wizard.goTo(step);
            settle();
            if (m_wizard.step() == step)
                check(QStringLiteral("step %1").arg(i), &m_wizard);
        }
        m_wizard.next(); // send
        settle();
        DeliveryStatus status = m_wizard.receipt();
        status.state = DeliveryState::Queued;
        status.waitingPosition = 1206;
        status.waitMinSeconds = 240;
        status.waitMaxSeconds = 7300;
        m_wizard.setDeliveryStatus(status);
        settle();
        if (m_wizard.step() == EnrolmentStep::Receipt)
            check(QStringLiteral("receipt"), &m_wizard);
    }

    // The language chooser names each language in its own words, in both languages.
    QSet<QString> fixedNames() const override {
        return {QStringLiteral("koreanOption"), QStringLiteral("englishOption")};
    }

private:
    ManualClock m_clock;
    LanguageController &m_language;
    testing::FakeEnrolmentIntake m_intake;
    EnrolmentWizard m_wizard;
};

template <typename T> std::unique_ptr<AuditedScreen> make(LanguageController &l, Theme &t) {
    return std::make_unique<T>(l, t);
}

// The kiosk's idle warning, counting down.
class IdleWarningScreen final : public AuditedScreen {
public:
    IdleWarningScreen(LanguageController &, Theme &theme)
        : m_warning(theme) {}

    void visit(const StateCheck &check) override {
        showWindow(&m_warning, QSize(1280, 900));
        m_warning.setSecondsLeft(30);
        settle();
        check(QStringLiteral("counting down"), &m_warning);
    }

private:
    IdleWarning m_warning;
};

// A PIN gate for the dialog's states: no PIN yet, then one that answers "wrong".
class ScriptedPinGate final : public StaffPinGate {
public:
    bool hasPin = false;
    PinCheck status() override { return hasPin ? PinCheck::wrong(5) : PinCheck::notSet(); }
    PinSetResult setPin(const QString &) override { return PinSetResult::Failed; }
    PinCheck verify(const QString &) override { return PinCheck::wrong(3); }
};

// The staff PIN dialog: choosing the first PIN, then entering one that is wrong.
class StaffPinScreen final : public AuditedScreen {
public:
    StaffPinScreen(LanguageController &, Theme &)
        : m_clock(QDateTime(QDate(2026, 3, 8), QTime(5, 30), QTimeZone::utc())) {}

    void visit(const StateCheck &check) override {
        {
            StaffPinDialog dialog(m_gate, m_clock);
            showWindow(&dialog, dialog.sizeHint().expandedTo(QSize(720, 900)));
            check(QStringLiteral("choose a PIN"), &dialog);
        }
        m_gate.hasPin = true;
        StaffPinDialog dialog(m_gate, m_clock);
        showWindow(&dialog, dialog.sizeHint().expandedTo(QSize(720, 900)));
        for (int digit : {2, 4, 6, 8, 1, 3})
            dialog.pressDigit(digit);
        dialog.submit();
        settle();
        check(QStringLiteral("wrong PIN"), &dialog);
    }

private:
    ManualClock m_clock;
    ScriptedPinGate m_gate;
};

// The staff console with one item in each state and the server out of reach.
class StaffConsoleScreen final : public AuditedScreen {
public:
    StaffConsoleScreen(LanguageController &, Theme &theme)
        : m_console(theme) {}

    void visit(const StateCheck &check) override {
        showWindow(&m_console, QSize(1280, 1230));
        const QDateTime now(QDate(2026, 3, 8), QTime(5, 30), QTimeZone::utc());
        StaffConsoleSnapshot s;
        s.nowUtc = now;
        const DeliveryState states[] = {DeliveryState::Confirmed, DeliveryState::NeedsAttention,
                                        DeliveryState::Queued, DeliveryState::Rejected,
                                        DeliveryState::Pending};
        qint64 id = 0;
        for (DeliveryState state : states) {
            DeliveryStatus status;
            status.reference = QStringLiteral("WD-TEST0%1").arg(++id);
            status.state = state;
            status.attempts = int(id);
            status.createdUtc = now.addSecs(-600 * id);
            status.nextAttemptUtc = now.addSecs(60 * id);
            status.lastError = QStringLiteral("http-503");
            s.items.append({id, status, state != DeliveryState::Confirmed &&
                                            state != DeliveryState::Rejected});
            s.counts[state] = 1;
        }
        s.oldestPendingAgeSeconds = 3000;
        s.lastConfirmedUtc = now.addSecs(-900);
        s.reachability = ServerReachability::Unreachable;
        s.reachabilityCode = QStringLiteral("connection-refused");
        s.reachabilityCheckedUtc = now;
        m_console.setSnapshot(s);
        settle();
        check(QStringLiteral("items in every state"), &m_console);
    }

private:
    StaffConsole m_console;
};

// A home computer's dialogs: linking (the participant number, the code sent, linked) and the
// name of a new person.
class HomeDialogsScreen final : public AuditedScreen {
public:
    HomeDialogsScreen(LanguageController &, Theme &) {}

    void visit(const StateCheck &check) override {
        {
            LinkDialog dialog;
            showWindow(&dialog, dialog.size());
            check(QStringLiteral("link: participant number"), &dialog);
            dialog.showCodeSent(QDateTime(QDate(2026, 3, 8), QTime(5, 40), QTimeZone::utc()));
            settle();
            check(QStringLiteral("link: code sent"), &dialog);
            dialog.showLinked(QStringLiteral("P-00001234"), 1950);
            settle();
            check(QStringLiteral("link: linked"), &dialog);
        }
        PersonNameDialog dialog;
        showWindow(&dialog, dialog.size());
        check(QStringLiteral("add a person"), &dialog);
    }
};

// Every screen the accessibility tests walk.
inline const QList<ScreenEntry> &allScreens() {
    static const QList<ScreenEntry> screens = {
        {"dashboard", &make<DashboardScreen>},
        {"pairing", &make<PairingScreen>},
        {"enrolment", &make<EnrolmentScreen>},
        {"kiosk idle warning", &make<IdleWarningScreen>},
        {"staff PIN", &make<StaffPinScreen>},
        {"staff console", &make<StaffConsoleScreen>},
        {"home dialogs", &make<HomeDialogsScreen>},
    };
    return screens;
}

} // namespace wristdoc::a11y
