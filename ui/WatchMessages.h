#pragma once

#include "WatchSession.h"

#include <QCoreApplication>
#include <QString>

namespace wristdoc {

// Plain words for the watch session, in the user's language: what it is doing, and one
// sentence plus advice for every error a user can meet while pairing. The English detail of
// WatchSession::errorOccurred() is for logs only and never shown.
class WatchMessages {
    Q_DECLARE_TR_FUNCTIONS(WatchMessages)

public:
    // Empty for Idle and Live (nothing is in progress).
    static QString stateText(WatchSession::State state);
    // "Fetching records: 120 of 1,440".
    static QString downloadText(quint32 done, quint32 expected, const QLocale &locale);
    // 1-4 along the way to the first sync (connect, details, time, records); 0 elsewhere.
    static int stepOf(WatchSession::State state);
    static constexpr int kSteps = 4;

    static QString errorText(WatchSession::Error error);
    // What to do next; empty when there is nothing to do.
    static QString errorAdvice(WatchSession::Error error);
    static QString boundElsewhereText();
    static QString boundElsewhereAdvice();

    // Errors the session recovers from by itself (it reconnects, asks again, or stored what it
    // could): shown as a notice, not as a failure.
    static bool isRecoverable(WatchSession::Error error);
};

} // namespace wristdoc
