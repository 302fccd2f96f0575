#include "AttemptBook.h"
#include "NextStep.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

TEST(NextStep, CodesRoundTrip) {
    const NextStep all[] = {NextStep::Done,          NextStep::Send,
                            NextStep::SendInSlot,    NextStep::SendWithTicket,
                            NextStep::PollEnrolment, NextStep::PollWaitingRoom};
    QStringList codes;
    for (const NextStep step : all) {
        NextStep back = NextStep::Done;
        ASSERT_TRUE(nextStepFromCode(nextStepCode(step), &back));
        EXPECT_EQ(back, step);
        codes << nextStepCode(step);
    }
    EXPECT_EQ(
        codes.join(QLatin1Char(',')),
        QStringLiteral("done,send,send-in-slot,send-with-ticket,poll-enrolment,poll-waiting-room"));
    EXPECT_FALSE(nextStepFromCode(QStringLiteral("Send"), nullptr));
    EXPECT_FALSE(nextStepFromCode(QString(), nullptr));
}

TEST(AttemptBook, CountsAttemptsAndFailureRuns) {
    const QDateTime t(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    AttemptBook book;
    EXPECT_FALSE(book.isRetry());
    EXPECT_EQ(book.nextStep(), NextStep::Send);
    book.recordAttempt(t);
    EXPECT_TRUE(book.isRetry());
    book.recordFailure(QStringLiteral("timeout"));
    book.recordAttempt(t.addSecs(3));
    book.recordFailure(QStringLiteral("http-503"));
    EXPECT_EQ(book.attempts(), 2);
    EXPECT_EQ(book.consecutiveFailures(), 2);
    EXPECT_EQ(book.lastError(), QStringLiteral("http-503"));
    EXPECT_EQ(book.lastAttemptUtc(), t.addSecs(3));
    EXPECT_TRUE(book.needsAttention(2));
    EXPECT_FALSE(book.needsAttention(3));
    book.recordProgress();
    EXPECT_EQ(book.consecutiveFailures(), 0);
    EXPECT_TRUE(book.lastError().isEmpty());
    EXPECT_EQ(book.attempts(), 2); // attempts are history, not a run
}

TEST(AttemptBook, RestoresWhatWasStored) {
    const QDateTime t(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    AttemptBook book;
    book.restore(4, 3, QStringLiteral("connection-reset"), t, NextStep::PollWaitingRoom,
                 t.addSecs(20), QStringLiteral("T-0000test"));
    EXPECT_EQ(book.attempts(), 4);
    EXPECT_EQ(book.consecutiveFailures(), 3);
    EXPECT_EQ(book.lastError(), QStringLiteral("connection-reset"));
    EXPECT_EQ(book.nextStep(), NextStep::PollWaitingRoom);
    EXPECT_EQ(book.nextAttemptUtc(), t.addSecs(20));
    EXPECT_EQ(book.ticket(), QStringLiteral("T-0000test"));
    book.restore(-1, -7, QString(), QDateTime(), NextStep::Send, QDateTime(), QString());
    EXPECT_EQ(book.attempts(), 0);
    EXPECT_EQ(book.consecutiveFailures(), 0);
}
