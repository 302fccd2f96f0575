// wristdoc-screenshots --out DIR [--now 2026-11-22T05:30:00Z]
//
// Renders the dashboard offscreen from a temporary cache filled with the deterministic demo
// history, at a fixed instant, so the PNGs in docs/screenshots/ can be reproduced by anyone;
// then every step of the enrolment wizard with invented applicant data (EnrolmentShots.cpp).
// Each image is 1280 px wide and as tall as the whole page at that text size.
#include "DashboardRepository.h"
#include "DashboardWindow.h"
#include "Database.h"
#include "DemoDataSeeder.h"
#include "EnrolmentShots.h"
#include "HomeShots.h"
#include "KioskShots.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "PointsPolicy.h"
#include "StaffShots.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace wristdoc;

namespace {

constexpr int kWidth = 1280;
constexpr int kMinimumHeight = 900;
constexpr int kMaximumHeight = 8000;

struct Shot {
    const char *file;
    LanguageController::Language language;
    int textScale;
    bool highContrast;
    bool empty; // a cache without any watch
    // A linked person ("엄마", one of two on this computer) with two days the programme
    // credited wrongly, so the points check shows its rows.
    bool pointsCheck = false;
};

const Shot kShots[] = {
    {"dashboard-ko-100.png", LanguageController::Korean, 100, false, false},
    {"dashboard-en-100.png", LanguageController::English, 100, false, false},
    {"dashboard-ko-200.png", LanguageController::Korean, 200, false, false},
    {"dashboard-en-200.png", LanguageController::English, 200, false, false},
    {"dashboard-ko-contrast.png", LanguageController::Korean, 100, true, false},
    {"dashboard-ko-empty.png", LanguageController::Korean, 100, false, true},
    // The English user guide shows these two as well.
    {"dashboard-en-contrast.png", LanguageController::English, 100, true, false},
    {"dashboard-en-empty.png", LanguageController::English, 100, false, true},
    {"dashboard-points-check-ko-100.png", LanguageController::Korean, 100, false, false, true},
    {"dashboard-points-check-en-100.png", LanguageController::English, 100, false, false, true},
    {"dashboard-points-check-ko-200.png", LanguageController::Korean, 200, false, false, true},
    {"dashboard-points-check-en-200.png", LanguageController::English, 200, false, false, true},
};

// The demo day as a linked person sees it after a reconciliation that found two days wrong:
// one missing from the programme's ledger, one credited with other points.
// The household's names are in the screenshot's language (invented, like everything here).
DashboardSnapshot withPointsCheck(DashboardSnapshot s, const QDateTime &now, bool korean = true) {
    s.demoData = false;
    s.linked = true;
    s.participantLabel = QStringLiteral("P-****0001");
    auto stepsOn = [&s](const QDate &date) {
        for (const DashboardSnapshot::DayTotal &day : s.week) {
            if (day.date == date)
                return day.steps;
        }
        return 0;
    };
    const QDate missing = s.today.addDays(-4);
    const QDate differ = s.today.addDays(-2);
    s.mismatches = {{missing, std::max(stepsOn(missing), 8214), s.goalPoints, 0,
                     QStringLiteral("missing-credit")},
                    {differ, std::max(stepsOn(differ), 8000), s.goalPoints, s.goalPoints / 2,
                     QStringLiteral("points-differ")}};
    s.disputedPoints = s.goalPoints + s.goalPoints / 2;
    s.conversionDeadline = QDate(s.today.year() + 1, 1, 31);
    s.lastLedgerCheckUtc = now.addSecs(-3600);
    s.profiles = {
        {QStringLiteral("p1"), korean ? QStringLiteral("엄마") : QStringLiteral("Mum"), true},
        {QStringLiteral("p2"), korean ? QStringLiteral("아빠") : QStringLiteral("Dad"), false}};
    s.activeProfileId = QStringLiteral("p1");
    return s;
}

void settle() {
    // Language changes and layout requests arrive as posted events; deliver them all.
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Sizes the window to the page's own height at this text size, so the image shows all of it
// and no chart is stretched by space left over from a larger size.
void fitHeightToPage(DashboardWindow &window) {
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    QWidget *page = scroll->widget();
    settle();
    for (int i = 0; i < 6; ++i) {
        const int chrome = window.height() - scroll->viewport()->height();
        int needed = page->heightForWidth(scroll->viewport()->width());
        if (needed < 0)
            needed = page->minimumSizeHint().height();
        const int height = std::clamp(needed + chrome, kMinimumHeight, kMaximumHeight);
        if (height == window.height() && scroll->verticalScrollBar()->maximum() == 0)
            break;
        window.resize(kWidth, height);
        settle();
    }
}

std::unique_ptr<Database> openCache(const QString &path, const PointsPolicy &policy) {
    Database::Options options;
    options.path = path;
    options.rollupZone = policy.timeZone();
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, &error);
    if (!database)
        std::fprintf(stderr, "wristdoc-screenshots: %s: %s\n", qPrintable(path),
                     qPrintable(error.detail));
    return database;
}

} // namespace

int main(int argc, char *argv[]) {
    // Offscreen unless told otherwise: no display is needed to render.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wristdoc-screenshots"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the WristDoc dashboard into PNG files."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), QStringLiteral("The fixed instant shown (UTC, ISO 8601)."),
        QStringLiteral("TIME"), QStringLiteral("2026-11-22T05:30:00Z"));
    parser.addOption(outOption);
    parser.addOption(nowOption);
    parser.process(app);

    if (!parser.isSet(outOption)) {
        std::fprintf(stderr, "wristdoc-screenshots: --out DIR is required\n");
        return 2;
    }
    const QDateTime now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
    if (!now.isValid()) {
        std::fprintf(stderr, "wristdoc-screenshots: --now: not an ISO 8601 time: %s\n",
                     qPrintable(parser.value(nowOption)));
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "wristdoc-screenshots: cannot create %s\n",
                     qPrintable(out.absolutePath()));
        return 1;
    }

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "wristdoc-screenshots: no temporary folder\n");
        return 1;
    }
    const ManualClock clock(now.toUTC());
    const PointsPolicy policy = PointsPolicy::builtInDefault();

    const std::unique_ptr<Database> demo =
        openCache(scratch.filePath(QStringLiteral("demo.db")), policy);
    const std::unique_ptr<Database> empty =
        openCache(scratch.filePath(QStringLiteral("empty.db")), policy);
    if (!demo || !empty)
        return 1;
    if (const StorageError error = DemoDataSeeder(*demo, clock, policy).seedIfEmpty()) {
        std::fprintf(stderr, "wristdoc-screenshots: demo data: %s\n", qPrintable(error.detail));
        return 1;
    }
    StorageError error;
    const DashboardSnapshot demoSnapshot =
        DashboardRepository(*demo, clock, policy).snapshot(&error);
    const DashboardSnapshot emptySnapshot =
        error ? DashboardSnapshot() : DashboardRepository(*empty, clock, policy).snapshot(&error);
    if (error) {
        std::fprintf(stderr, "wristdoc-screenshots: snapshot: %s\n", qPrintable(error.detail));
        return 1;
    }

    LanguageController language;
    Theme theme;
    DashboardWindow window(language, theme);
    window.setTimeZone(policy.timeZone());
    window.show();

    for (const Shot &shot : kShots) {
        language.setLanguage(shot.language);
        theme.setTextScalePercent(shot.textScale);
        theme.setHighContrast(shot.highContrast);
        window.setSnapshot(shot.empty ? emptySnapshot
                           : shot.pointsCheck
                               ? withPointsCheck(demoSnapshot, now.toUTC(),
                                                 shot.language == LanguageController::Korean)
                               : demoSnapshot);
        // No focus frame on whichever button happened to get focus first.
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus();
        fitHeightToPage(window);

        const QString path = out.filePath(QLatin1String(shot.file));
        if (!window.grab().save(path, "PNG")) {
            std::fprintf(stderr, "wristdoc-screenshots: cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s (%dx%d)\n", qPrintable(path), window.width(), window.height());
    }
    window.hide();
    // The person's menu, adding a person, the link dialog and unlinking (HomeShots.cpp).
    DashboardSnapshot alone = demoSnapshot;
    alone.demoData = false;
    alone.profiles = {{QStringLiteral("main"), QString(), false}};
    alone.activeProfileId = QStringLiteral("main");
    if (!renderHomeShots(out, language, theme, window, withPointsCheck(demoSnapshot, now.toUTC()),
                         alone))
        return 1;
    if (!renderEnrolmentShots(out, now, language, theme))
        return 1;
    // The kiosk window and its idle warning (KioskShots.cpp).
    if (!renderKioskShots(out, now, language, theme))
        return 1;
    // The staff PIN dialog and the staff console (StaffShots.cpp).
    return renderStaffShots(out, now, language, theme) ? 0 : 1;
}
