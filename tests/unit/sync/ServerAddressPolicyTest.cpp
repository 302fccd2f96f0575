#include "ServerAddressPolicy.h"

#include <gtest/gtest.h>

using namespace wristdoc;
using Verdict = ServerAddressPolicy::Verdict;

namespace {
Verdict verdictOf(const char *url) {
    return ServerAddressPolicy::check(QUrl(QString::fromLatin1(url), QUrl::StrictMode));
}
} // namespace

TEST(ServerAddressPolicyTest, HttpsIsAllowedAnywhere) {
    EXPECT_EQ(verdictOf("https://example.org"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("https://203.0.113.7:8443/api"), Verdict::Allowed);
}

TEST(ServerAddressPolicyTest, ClearTextOnlyToThisMachine) {
    EXPECT_EQ(verdictOf("http://127.0.0.1:8088"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("http://127.45.6.7"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("http://[::1]:8088"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("http://[::ffff:127.0.0.1]:8088"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("http://localhost:8088"), Verdict::Allowed);
    EXPECT_EQ(verdictOf("http://LOCALHOST"), Verdict::Allowed);

    EXPECT_EQ(verdictOf("http://example.org"), Verdict::PlainHttpToRemoteHost);
    EXPECT_EQ(verdictOf("http://10.0.0.1"), Verdict::PlainHttpToRemoteHost);
    EXPECT_EQ(verdictOf("http://128.0.0.1"), Verdict::PlainHttpToRemoteHost);
    EXPECT_EQ(verdictOf("http://[::2]"), Verdict::PlainHttpToRemoteHost);
    EXPECT_EQ(verdictOf("http://[::ffff:10.0.0.1]"), Verdict::PlainHttpToRemoteHost);
    // Names that merely look local are names, and may point anywhere.
    EXPECT_EQ(verdictOf("http://localhost.example.org"), Verdict::PlainHttpToRemoteHost);
    EXPECT_EQ(verdictOf("http://127.0.0.1.nip.io"), Verdict::PlainHttpToRemoteHost);
}

TEST(ServerAddressPolicyTest, OtherSchemesAndNonAddresses) {
    EXPECT_EQ(verdictOf("ftp://example.org"), Verdict::UnsupportedScheme);
    EXPECT_EQ(verdictOf("ws://127.0.0.1"), Verdict::UnsupportedScheme);
    EXPECT_EQ(verdictOf(""), Verdict::NotAnAddress);
    EXPECT_EQ(verdictOf("http://"), Verdict::NotAnAddress);
}

TEST(ServerAddressPolicyTest, EveryRefusalHasWordsAndDetail) {
    for (Verdict v :
         {Verdict::NotAnAddress, Verdict::UnsupportedScheme, Verdict::PlainHttpToRemoteHost}) {
        EXPECT_FALSE(ServerAddressPolicy::userMessage(v).isEmpty());
        EXPECT_FALSE(
            ServerAddressPolicy::detail(v, QUrl(QStringLiteral("http://example.org"))).isEmpty());
    }
    EXPECT_TRUE(ServerAddressPolicy::userMessage(Verdict::Allowed).isEmpty());
    EXPECT_TRUE(ServerAddressPolicy::detail(Verdict::PlainHttpToRemoteHost,
                                            QUrl(QStringLiteral("http://example.org")))
                    .contains(QStringLiteral("example.org")));
}
