#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace wristdoc {

class RandomSource;

// When a closed local day goes to the server. Never on the stroke of midnight: each
// installation has its own offset inside a window of the early hours (01:00 to 05:00 local by
// default), drawn once and kept, plus a per-day jitter derived from the same secret, so 380,000
// computers spread their uploads over four hours instead of calling at 00:00 together. Derived,
// not drawn at each start, so a restart does not move a day's time.
class ActivityUploadSchedule {
public:
    struct Settings {
        int windowStartSeconds = 3600;    // 01:00 local
        int windowSeconds = 4 * 3600;     // until 05:00
        int dayJitterSeconds = 10 * 60;   // each day moves by up to ten minutes
        int lateRevisionMinSeconds = 60;  // a changed closed day goes 1 to 30 minutes later
        int lateRevisionMaxSeconds = 30 * 60;
    };

    // installationSecret: a random number drawn once per installation (drawSecret) and stored.
    ActivityUploadSchedule(QTimeZone zone, quint64 installationSecret);
    ActivityUploadSchedule(QTimeZone zone, quint64 installationSecret, const Settings &settings);

    static quint64 drawSecret(RandomSource &random);

    // The installation's offset into the window, in seconds: [0, window - dayJitter).
    int offsetSeconds() const;
    // The first moment the day's summary may be uploaded (after the local day has ended).
    QDateTime uploadTime(const QDate &day) const;
    // When a new revision of an already uploaded day may go, counted from now.
    QDateTime lateRevisionTime(const QDateTime &nowUtc, RandomSource &random) const;

    const Settings &settings() const { return m_settings; }

private:
    QTimeZone m_zone;
    quint64 m_secret;
    Settings m_settings;
};

} // namespace wristdoc
