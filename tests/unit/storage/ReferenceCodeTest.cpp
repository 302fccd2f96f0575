// ReferenceCode: the receipt's short code.
#include "ReferenceCode.h"
#include "OutboxTestSupport.h"
#include "SeededRandomSource.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace wristdoc;

using wristdoc::test::ScriptedRandom;

TEST(ReferenceCodeTest, AlphabetHasThirtyTwoUnambiguousSymbols) {
    const QString alphabet = ReferenceCode::alphabet();
    EXPECT_EQ(alphabet.size(), 32);
    EXPECT_EQ(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), 32);
    for (const QChar c : {QLatin1Char('0'), QLatin1Char('1'), QLatin1Char('O'), QLatin1Char('I')})
        EXPECT_FALSE(alphabet.contains(c)) << c.toLatin1();
}

TEST(ReferenceCodeTest, EachSymbolComesFromTheTopFiveBits) {
    ScriptedRandom lowest({0u});
    EXPECT_EQ(ReferenceCode::generate(lowest), QStringLiteral("WD-222222"));
    ScriptedRandom highest({0xFFFFFFFFu});
    EXPECT_EQ(ReferenceCode::generate(highest), QStringLiteral("WD-ZZZZZZ"));
    ScriptedRandom mixed({0u << 27, 1u << 27, 8u << 27, 9u << 27, 30u << 27, 31u << 27});
    EXPECT_EQ(ReferenceCode::generate(mixed), QStringLiteral("WD-23ABYZ"));
}

TEST(ReferenceCodeTest, GeneratedCodesAreWellFormedAndVaried) {
    SeededRandomSource random(42);
    QSet<QString> codes;
    for (int i = 0; i < 1000; ++i) {
        const QString code = ReferenceCode::generate(random);
        ASSERT_TRUE(ReferenceCode::isWellFormed(code)) << code.toStdString();
        codes.insert(code);
    }
    EXPECT_EQ(codes.size(), 1000);
}

TEST(ReferenceCodeTest, WellFormedMeansPrefixAndSixSymbols) {
    EXPECT_TRUE(ReferenceCode::isWellFormed(QStringLiteral("WD-7K3F9Q")));
    EXPECT_FALSE(ReferenceCode::isWellFormed(QStringLiteral("WD-7K3F9")));
    EXPECT_FALSE(ReferenceCode::isWellFormed(QStringLiteral("WD-7K3F9QQ")));
    EXPECT_FALSE(ReferenceCode::isWellFormed(QStringLiteral("WX-7K3F9Q")));
    EXPECT_FALSE(ReferenceCode::isWellFormed(QStringLiteral("WD-7K3F0Q"))); // zero
    EXPECT_FALSE(ReferenceCode::isWellFormed(QStringLiteral("WD-7k3f9q"))); // lower case
}

TEST(ReferenceCodeTest, TypedCodesAreNormalised) {
    EXPECT_EQ(ReferenceCode::normalize(QStringLiteral("wd 7k3f9q")), QStringLiteral("WD-7K3F9Q"));
    EXPECT_EQ(ReferenceCode::normalize(QStringLiteral("7K3F9Q")), QStringLiteral("WD-7K3F9Q"));
    EXPECT_EQ(ReferenceCode::normalize(QStringLiteral(" WD-7K3F-9Q ")),
              QStringLiteral("WD-7K3F9Q"));
    EXPECT_EQ(ReferenceCode::normalize(QStringLiteral("WDABCD")), QStringLiteral("WD-WDABCD"));
    EXPECT_TRUE(ReferenceCode::normalize(QStringLiteral("WD-7K3FOQ")).isEmpty()); // letter O
    EXPECT_TRUE(ReferenceCode::normalize(QStringLiteral("WD-7K3F9")).isEmpty());
    EXPECT_TRUE(ReferenceCode::normalize(QString()).isEmpty());
}
