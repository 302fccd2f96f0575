#include "AdmissionControl.h"

#include <gtest/gtest.h>

using wristdoc::AdmissionControl;

TEST(AdmissionControlTest, WithoutLimitsEverythingIsAdmitted) {
    AdmissionControl admission(0, 0, 0, 0);
    EXPECT_FALSE(admission.limited());
    for (int i = 0; i < 1000; ++i)
        ASSERT_TRUE(admission.tryAcquire(0));
    EXPECT_EQ(admission.inProgress(), 1000);
}

TEST(AdmissionControlTest, RateLimitTakesABurstThenRefillsOverTime) {
    AdmissionControl admission(2.0, 2, 0, 0);
    EXPECT_TRUE(admission.limited());
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_FALSE(admission.tryAcquire(0));
    EXPECT_FALSE(admission.tryAcquire(499)); // half a second gives 0.998 tokens
    EXPECT_TRUE(admission.tryAcquire(500));
    EXPECT_FALSE(admission.tryAcquire(500));
}

TEST(AdmissionControlTest, BurstDefaultsToTheRateRoundedUp) {
    AdmissionControl admission(2.5, 0, 0, 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(admission.tryAcquire(0)) << i;
    EXPECT_FALSE(admission.tryAcquire(0));
}

TEST(AdmissionControlTest, RetryAfterSaysWhenTheNextTokenArrives) {
    AdmissionControl admission(0.25, 1, 0, 0);
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_FALSE(admission.tryAcquire(1000));
    EXPECT_EQ(admission.retryAfterSeconds(1000), 3); // 0.75 token missing at 0.25 per second
    EXPECT_FALSE(admission.tryAcquire(3999));
    EXPECT_TRUE(admission.tryAcquire(4000));
}

TEST(AdmissionControlTest, RetryAfterIsAtLeastOneSecond) {
    AdmissionControl admission(100, 1, 0, 0);
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_EQ(admission.retryAfterSeconds(0), 1);
}

TEST(AdmissionControlTest, ConcurrencyLimitCountsRequestsInProgress) {
    AdmissionControl admission(0, 0, 2, 0);
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_TRUE(admission.tryAcquire(0));
    EXPECT_FALSE(admission.tryAcquire(0));
    admission.release(40);
    EXPECT_EQ(admission.inProgress(), 1);
    EXPECT_TRUE(admission.tryAcquire(0));
}

TEST(AdmissionControlTest, AReservationHoldsAPlaceUntilClaimedOrCancelled) {
    AdmissionControl admission(0, 0, 1, 0);
    EXPECT_TRUE(admission.tryReserve(0));
    EXPECT_EQ(admission.reserved(), 1);
    EXPECT_FALSE(admission.tryAcquire(0)) << "the reserved place is not a newcomer's";
    admission.claimReservation();
    EXPECT_EQ(admission.reserved(), 0);
    EXPECT_EQ(admission.inProgress(), 1);
    admission.release(10);
    EXPECT_TRUE(admission.tryReserve(0));
    admission.cancelReservation();
    EXPECT_TRUE(admission.tryAcquire(0));
}

TEST(AdmissionControlTest, AReservationSpendsAToken) {
    AdmissionControl admission(1, 1, 0, 0);
    EXPECT_TRUE(admission.tryReserve(0));
    EXPECT_FALSE(admission.tryAcquire(0));
    EXPECT_TRUE(admission.tryAcquire(1000));
}

TEST(AdmissionControlTest, AClockSteppingBackAddsNoTokens) {
    AdmissionControl admission(1, 1, 0, 5000);
    EXPECT_TRUE(admission.tryAcquire(5000));
    EXPECT_FALSE(admission.tryAcquire(1000));
    EXPECT_FALSE(admission.tryAcquire(5999));
    EXPECT_TRUE(admission.tryAcquire(6000));
}

TEST(AdmissionControlTest, ThroughputComesFromTheTighterLimit) {
    EXPECT_DOUBLE_EQ(AdmissionControl(5, 0, 0, 0).throughputPerSecond(), 5.0);

    AdmissionControl concurrent(0, 0, 4, 0);
    concurrent.tryAcquire(0);
    concurrent.release(200); // 4 places, 200 ms each: 20 per second
    EXPECT_DOUBLE_EQ(concurrent.throughputPerSecond(), 20.0);

    AdmissionControl both(10, 0, 4, 0);
    both.tryAcquire(0);
    both.release(200);
    EXPECT_DOUBLE_EQ(both.throughputPerSecond(), 10.0);
}
