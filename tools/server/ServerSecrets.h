#pragma once

#include <QByteArray>
#include <QString>

namespace wristdoc {

// Helpers shared by kiosk registration and participant linking: bearer-style secrets of 256
// random bits, stored only as a SHA-256, compared in constant time, and one-time digit codes.
namespace ServerSecrets {

// 32 random bytes from the system generator, as 43 characters of base64url.
QByteArray newToken();
// What the database keeps of a token.
QByteArray tokenHash(const QByteArray &token);
// Compares without returning early, so the time taken says nothing about the secret.
bool sameSecret(const QByteArray &a, const QByteArray &b);
// Six random digits from the system generator.
QString sixDigits();
// "123456", "123-456" and "123 456" are one code; anything else is none (empty).
QString canonicalSixDigits(const QString &typed);
// 2026-11-22T01:30:00Z
QString isoUtc(qint64 ms);

} // namespace ServerSecrets

} // namespace wristdoc
