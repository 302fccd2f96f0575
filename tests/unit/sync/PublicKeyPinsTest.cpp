#include "PublicKeyPins.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {
QString pinOf(const char *seed) {
    return QString::fromLatin1(
        QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toBase64());
}
} // namespace

TEST(PublicKeyPinsTest, NoPinsMeansNoPinning) {
    PublicKeyPins pins;
    QString error;
    ASSERT_TRUE(PublicKeyPins::parse({}, &pins, &error));
    EXPECT_TRUE(pins.isEmpty());
}

TEST(PublicKeyPinsTest, PrimaryAndBackupAreKept) {
    PublicKeyPins pins;
    QString error;
    ASSERT_TRUE(PublicKeyPins::parse({pinOf("primary"), QStringLiteral(" ") + pinOf("backup")},
                                     &pins, &error))
        << error.toStdString();
    EXPECT_EQ(pins.size(), 2);
    EXPECT_EQ(pins.toBase64(), QStringList({pinOf("primary"), pinOf("backup")}));
}

TEST(PublicKeyPinsTest, OnePinAloneIsRefused) {
    PublicKeyPins pins;
    QString error;
    EXPECT_FALSE(PublicKeyPins::parse({pinOf("primary")}, &pins, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("backup")));
    // The same pin twice is still one pin.
    EXPECT_FALSE(PublicKeyPins::parse({pinOf("primary"), pinOf("primary")}, &pins, &error));
}

TEST(PublicKeyPinsTest, MalformedPinsAreRefused) {
    PublicKeyPins pins;
    QString error;
    const QString shortDigest = QString::fromLatin1(QByteArray(20, 'x').toBase64());
    EXPECT_FALSE(PublicKeyPins::parse({pinOf("primary"), shortDigest}, &pins, &error));
    EXPECT_TRUE(error.contains(shortDigest));
    EXPECT_FALSE(
        PublicKeyPins::parse({pinOf("primary"), QStringLiteral("not base64 !!")}, &pins, &error));
    EXPECT_FALSE(PublicKeyPins::parse({pinOf("primary"), QString()}, &pins, &error));
}

TEST(PublicKeyPinsTest, NullCertificateMatchesNothing) {
    PublicKeyPins pins;
    QString error;
    ASSERT_TRUE(PublicKeyPins::parse({pinOf("primary"), pinOf("backup")}, &pins, &error));
    EXPECT_FALSE(pins.matches(QSslCertificate()));
    EXPECT_TRUE(PublicKeyPins::spkiSha256(QSslCertificate()).isEmpty());
}
