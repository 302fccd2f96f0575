#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace wristdoc {

// The Retry-After header (RFC 9110 section 10.2.3): delta-seconds ("120") or an HTTP-date in
// any of the three forms a recipient must accept: IMF-fixdate ("Sun, 22 Nov 2026 01:30:00 GMT"),
// the obsolete RFC 850 form ("Sunday, 22-Nov-26 01:30:00 GMT") and asctime
// ("Sun Nov 22 01:30:00 2026").
//
// Decisions: surrounding whitespace is ignored; a negative, fractional or otherwise malformed
// value is no value at all (the caller falls back to its own backoff); a date in the past means
// "now" (0 seconds); anything longer than the cap is cut to the cap, so a broken proxy cannot
// park a kiosk for a year.
class RetryAfter {
public:
    static constexpr qint64 DefaultCapSeconds = 3600;

    // Seconds to wait from nowUtc, in [0, capSeconds]; nullopt when absent or malformed.
    static std::optional<qint64> parseSeconds(const QByteArray &value, const QDateTime &nowUtc,
                                              qint64 capSeconds = DefaultCapSeconds);
    // The instant an HTTP-date names, in UTC; nowUtc resolves RFC 850's two-digit years (a year
    // more than 50 years ahead is taken from the previous century). Invalid when malformed.
    static QDateTime parseHttpDate(const QByteArray &value, const QDateTime &nowUtc);
};

} // namespace wristdoc
