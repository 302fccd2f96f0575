#include "WaitingRoom.h"
#include "AdmissionControl.h"

#include <gtest/gtest.h>

using wristdoc::AdmissionControl;
using wristdoc::TicketView;
using wristdoc::WaitingRoom;

namespace {

int positionOf(WaitingRoom &room, const QString &ticket, qint64 nowMs) {
    const std::optional<TicketView> view = room.find(ticket, nowMs);
    return view ? view->position : -1;
}

} // namespace

TEST(WaitingRoomTest, TicketsGetTheirTurnInTheOrderIssued) {
    AdmissionControl admission(1, 1, 0, 0);
    ASSERT_TRUE(admission.tryAcquire(0)); // the bucket is empty now
    WaitingRoom room(&admission, 7, 120);
    const QString a = room.issue(0).ticket;
    const QString b = room.issue(0).ticket;
    const QString c = room.issue(0).ticket;
    EXPECT_EQ(positionOf(room, a, 0), 1);
    EXPECT_EQ(positionOf(room, b, 0), 2);
    EXPECT_EQ(positionOf(room, c, 0), 3);
    EXPECT_EQ(room.waitingCount(), 3);

    room.pump(1000); // one token: the head of the line
    EXPECT_TRUE(room.find(a, 1000)->ready);
    EXPECT_FALSE(room.find(b, 1000)->ready);
    EXPECT_EQ(positionOf(room, b, 1000), 1);
    EXPECT_EQ(positionOf(room, c, 1000), 2);

    room.pump(2000);
    EXPECT_TRUE(room.find(b, 2000)->ready);
    EXPECT_EQ(positionOf(room, c, 2000), 1);
    EXPECT_EQ(room.readyCount(), 2);
    EXPECT_EQ(room.issuedCount(), 3u);
}

TEST(WaitingRoomTest, AReadyTicketAdmitsItsHolderOnTheReservedPlace) {
    AdmissionControl admission(0, 0, 1, 0);
    ASSERT_TRUE(admission.tryAcquire(0));
    WaitingRoom room(&admission, 7, 120);
    const QString ticket = room.issue(0).ticket;
    EXPECT_EQ(room.admitWithTicket(ticket, 0), WaitingRoom::Admission::NotReady);

    admission.release(100);
    room.pump(100);
    EXPECT_EQ(admission.reserved(), 1);
    EXPECT_FALSE(admission.tryAcquire(100)) << "a newcomer may not take the ticket's place";

    EXPECT_EQ(room.admitWithTicket(ticket, 100), WaitingRoom::Admission::Admitted);
    EXPECT_EQ(admission.reserved(), 0);
    EXPECT_EQ(admission.inProgress(), 1);
    // Its request failed and the holder tries again before the ticket expires.
    admission.release(10);
    EXPECT_EQ(room.admitWithTicket(ticket, 200), WaitingRoom::Admission::Admitted);
}

TEST(WaitingRoomTest, UnknownTicketsAreNewcomers) {
    AdmissionControl admission(1, 1, 0, 0);
    WaitingRoom room(&admission, 7, 120);
    EXPECT_EQ(room.admitWithTicket(QStringLiteral("T-00000000"), 0),
              WaitingRoom::Admission::Unknown);
    EXPECT_FALSE(room.find(QStringLiteral("T-00000000"), 0).has_value());
}

TEST(WaitingRoomTest, ATicketNobodyPollsIsDroppedAndTheLineMovesUp) {
    AdmissionControl admission(0.001, 1, 0, 0);
    ASSERT_TRUE(admission.tryAcquire(0));
    WaitingRoom room(&admission, 7, 10);
    const QString abandoned = room.issue(0).ticket;
    const QString polled = room.issue(0).ticket;
    EXPECT_EQ(positionOf(room, polled, 9000), 2);
    room.pump(10500);
    EXPECT_FALSE(room.find(abandoned, 10500).has_value());
    EXPECT_EQ(positionOf(room, polled, 10500), 1);
}

TEST(WaitingRoomTest, AnExpiredReadyTicketGivesItsPlaceBack) {
    AdmissionControl admission(0, 0, 1, 0);
    ASSERT_TRUE(admission.tryAcquire(0));
    WaitingRoom room(&admission, 7, 10);
    const QString ticket = room.issue(0).ticket;
    admission.release(50);
    room.pump(50);
    ASSERT_EQ(admission.reserved(), 1);
    room.pump(10050);
    EXPECT_EQ(admission.reserved(), 0);
    EXPECT_FALSE(room.find(ticket, 10050).has_value());
    EXPECT_TRUE(admission.tryAcquire(10050));
}

TEST(WaitingRoomTest, EstimatesGrowWithThePlaceInLine) {
    AdmissionControl admission(2, 1, 0, 0);
    ASSERT_TRUE(admission.tryAcquire(0));
    WaitingRoom room(&admission, 7, 120);
    TicketView view;
    for (int i = 0; i < 10; ++i)
        view = room.issue(0);
    EXPECT_EQ(view.position, 10);
    EXPECT_EQ(view.waitMinSeconds, 5); // ten places at two per second
    EXPECT_EQ(view.waitMaxSeconds, 9);
    EXPECT_EQ(view.refreshSeconds, 2);
    EXPECT_GE(view.expiresMs, 120000);
}

TEST(WaitingRoomTest, TicketNamesFollowTheSeed) {
    AdmissionControl first(1, 1, 0, 0);
    AdmissionControl second(1, 1, 0, 0);
    WaitingRoom a(&first, 42, 120);
    WaitingRoom b(&second, 42, 120);
    for (int i = 0; i < 5; ++i) {
        const QString name = a.issue(0).ticket;
        EXPECT_EQ(name, b.issue(0).ticket);
        EXPECT_TRUE(name.startsWith(QLatin1String("T-"))) << name.toStdString();
        EXPECT_EQ(name.size(), 10);
    }
}
