#include "StaffShots.h"

#include "Database.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "StaffConsole.h"
#include "StaffPinDialog.h"
#include "StaffPinStore.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace wristdoc {

namespace {

void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool save(QWidget &widget, const QDir &out, const QString &name) {
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    settle();
    const QString path = out.filePath(name);
    if (!widget.grab().save(path, "PNG")) {
        std::fprintf(stderr, "wristdoc-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), widget.width(), widget.height());
    return true;
}

DeliveryStatus status(const QString &reference, DeliveryState state, int attempts,
                      const QDateTime &created) {
    DeliveryStatus s;
    s.reference = reference;
    s.state = state;
    s.attempts = attempts;
    s.createdUtc = created;
    return s;
}

// An afternoon at a community centre: the server struggled at lunchtime.
StaffConsoleSnapshot inventedOutbox(const QDateTime &now) {
    StaffConsoleSnapshot s;
    s.nowUtc = now;
    DeliveryStatus confirmed =
        status(QStringLiteral("WD-7K3F9Q"), DeliveryState::Confirmed, 1, now.addSecs(-5400));
    confirmed.confirmedUtc = now.addSecs(-5380);
    DeliveryStatus attention =
        status(QStringLiteral("WD-M4X2PA"), DeliveryState::NeedsAttention, 7, now.addSecs(-3900));
    attention.lastError = QStringLiteral("http-503");
    attention.nextAttemptUtc = now.addSecs(540);
    DeliveryStatus queued =
        status(QStringLiteral("WD-Q8N5RT"), DeliveryState::Queued, 2, now.addSecs(-1800));
    queued.waitingPosition = 1206;
    queued.nextAttemptUtc = now.addSecs(45);
    DeliveryStatus refused =
        status(QStringLiteral("WD-H2C6VD"), DeliveryState::Rejected, 1, now.addSecs(-1500));
    refused.reasonCode = QStringLiteral("already-enrolled");
    DeliveryStatus pending =
        status(QStringLiteral("WD-B9T4KE"), DeliveryState::Pending, 3, now.addSecs(-600));
    pending.lastError = QStringLiteral("connection-refused");
    pending.nextAttemptUtc = now.addSecs(95);
    s.items = {{1, confirmed, false},
               {2, attention, true},
               {3, queued, true},
               {4, refused, false},
               {5, pending, true}};
    s.counts = {{DeliveryState::Confirmed, 1},
                {DeliveryState::NeedsAttention, 1},
                {DeliveryState::Queued, 1},
                {DeliveryState::Rejected, 1},
                {DeliveryState::Pending, 1}};
    s.oldestPendingAgeSeconds = 3900;
    s.lastConfirmedUtc = confirmed.confirmedUtc;
    s.reachability = ServerReachability::Unreachable;
    s.reachabilityCode = QStringLiteral("connection-refused");
    s.reachabilityCheckedUtc = now;
    return s;
}

void tapDigits(StaffPinDialog &dialog, const char *digits) {
    for (const char *d = digits; *d; ++d)
        dialog.pressDigit(*d - '0');
}

} // namespace

bool renderStaffShots(const QDir &out, const QDateTime &now, LanguageController &language,
                      Theme &theme) {
    QTemporaryDir scratch;
    Database::Options options;
    options.path = scratch.filePath(QStringLiteral("staff.db"));
    StorageError error;
    const std::unique_ptr<Database> db = Database::open(options, &error);
    if (!db) {
        std::fprintf(stderr, "wristdoc-screenshots: staff: %s\n", qPrintable(error.detail));
        return false;
    }
    ManualClock clock(now);
    StaffPinStore pins(*db, clock);
    theme.setTextScalePercent(100);
    theme.setHighContrast(false);

    bool ok = true;
    for (auto lang : {LanguageController::Korean, LanguageController::English}) {
        language.setLanguage(lang);
        const QString code = LanguageController::code(lang);
        // First run: no PIN yet.
        {
            StaffPinDialog dialog(pins, clock);
            dialog.show();
            tapDigits(dialog, "4829");
            dialog.adjustSize();
            ok = save(dialog, out, QStringLiteral("staff-pin-choose-%1.png").arg(code)) && ok;
        }
    }
    if (pins.setPin(QStringLiteral("482915")) != PinSetResult::Ok)
        return false;
    for (auto lang : {LanguageController::Korean, LanguageController::English}) {
        language.setLanguage(lang);
        const QString code = LanguageController::code(lang);
        StaffPinDialog dialog(pins, clock);
        dialog.show();
        tapDigits(dialog, "111222");
        dialog.submit(); // one wrong try, said in words
        tapDigits(dialog, "48");
        dialog.adjustSize();
        ok = save(dialog, out, QStringLiteral("staff-pin-%1.png").arg(code)) && ok;
        pins.verify(QStringLiteral("482915")); // the run of wrong tries is forgotten
    }
    for (int i = 0; i < 5; ++i)
        pins.verify(QStringLiteral("111222"));
    for (auto lang : {LanguageController::Korean, LanguageController::English}) {
        language.setLanguage(lang);
        StaffPinDialog dialog(pins, clock);
        dialog.show();
        dialog.adjustSize();
        ok = save(dialog, out,
                  QStringLiteral("staff-pin-locked-%1.png").arg(LanguageController::code(lang))) &&
             ok;
    }

    StaffConsole console(theme);
    console.setSnapshot(inventedOutbox(now));
    console.resize(1280, 1180);
    console.show();
    for (auto lang : {LanguageController::Korean, LanguageController::English}) {
        language.setLanguage(lang);
        settle();
        console.showRetryResult(1);
        // As tall as the whole page, so the image shows all of it.
        if (auto *page = console.findChild<QWidget *>(QStringLiteral("staffConsoleContent")))
            console.resize(1280, std::max(900, page->minimumSizeHint().height()));
        settle();
        ok = save(console, out,
                  QStringLiteral("staff-console-%1.png").arg(LanguageController::code(lang))) &&
             ok;
    }
    return ok;
}

} // namespace wristdoc
