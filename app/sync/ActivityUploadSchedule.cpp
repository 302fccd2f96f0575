#include "ActivityUploadSchedule.h"

#include "RandomDraw.h"
#include "RandomSource.h"

#include <QCryptographicHash>

namespace wristdoc {

namespace {

// A well-mixed 64-bit value from the secret and a label (SplitMix64's finaliser would do for
// the offset, but days need independent values: a hash of secret and date gives them).
quint64 mix(quint64 secret, const QByteArray &label) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(secret));
    hash.addData(QByteArrayView("|"));
    hash.addData(label);
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    return value;
}

} // namespace

ActivityUploadSchedule::ActivityUploadSchedule(QTimeZone zone, quint64 installationSecret)
    : ActivityUploadSchedule(std::move(zone), installationSecret, Settings()) {}

ActivityUploadSchedule::ActivityUploadSchedule(QTimeZone zone, quint64 installationSecret,
                                               const Settings &settings)
    : m_zone(std::move(zone))
    , m_secret(installationSecret)
    , m_settings(settings) {}

quint64 ActivityUploadSchedule::drawSecret(RandomSource &random) {
    return (quint64(random.next32()) << 32) | random.next32();
}

int ActivityUploadSchedule::offsetSeconds() const {
    const quint64 span =
        quint64(std::max(1, m_settings.windowSeconds - m_settings.dayJitterSeconds));
    return int(mix(m_secret, QByteArrayLiteral("offset")) % span);
}

QDateTime ActivityUploadSchedule::uploadTime(const QDate &day) const {
    const QDateTime nextMidnight(day.addDays(1), QTime(0, 0), m_zone);
    const quint64 jitterSpan = quint64(std::max(1, m_settings.dayJitterSeconds));
    const int jitter =
        int(mix(m_secret, day.toString(Qt::ISODate).toLatin1()) % jitterSpan);
    return nextMidnight.addSecs(m_settings.windowStartSeconds + offsetSeconds() + jitter).toUTC();
}

QDateTime ActivityUploadSchedule::lateRevisionTime(const QDateTime &nowUtc,
                                                   RandomSource &random) const {
    const qint64 ms = RandomDraw::between(random, 1000LL * m_settings.lateRevisionMinSeconds,
                                          1000LL * m_settings.lateRevisionMaxSeconds);
    return nowUtc.addMSecs(ms);
}

} // namespace wristdoc
