#pragma once

#include "DeliveryStatus.h"
#include "StaffConsoleSnapshot.h"
#include "StaffPinRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace wristdoc {

// Every sentence of the staff PIN dialog and console that depends on data: delivery states,
// the outbox's error codes (app/sync AnswerClassifier, NetworkErrorKind) and reachability in
// plain words, times relative to now. Codes never reach the screen on their own.
class StaffMessages {
    Q_DECLARE_TR_FUNCTIONS(StaffMessages)

public:
    static QString state(DeliveryState state);
    // The last failure or the reason of a refusal in words; empty for no code.
    static QString problem(const QString &code);
    static QString reachability(ServerReachability reachability, const QString &code);
    static QString pinRule(PinRuleIssue issue);
    // "about 5 minutes", "2 hours 10 minutes", "3 days"
    static QString duration(qint64 seconds);
    // "14:35" today, "11월 21일 14:35" on another day, in zone.
    static QString time(const QDateTime &utc, const QDateTime &nowUtc, const QTimeZone &zone,
                        const QLocale &locale);
    // The next attempt of one item: a time, "now", "on its cohort day" or "no more attempts".
    static QString nextAttempt(const DeliveryStatus &status, const QDateTime &nowUtc,
                               const QTimeZone &zone, const QLocale &locale);
};

} // namespace wristdoc
