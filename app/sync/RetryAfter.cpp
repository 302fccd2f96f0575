#include "RetryAfter.h"

#include <QTimeZone>

#include <array>
#include <cstring>

namespace wristdoc {

namespace {

constexpr std::array<const char *, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A strict left-to-right reader over the header value; every step fails without consuming.
class Cursor {
public:
    explicit Cursor(const QByteArray &text)
        : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }

    bool literal(const char *word) {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_text.size() - m_pos < length ||
            std::memcmp(m_text.constData() + m_pos, word, size_t(length)) != 0)
            return false;
        m_pos += length;
        return true;
    }

    // Exactly count digits.
    bool digits(int count, int *out) {
        if (m_text.size() - m_pos < count)
            return false;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char c = m_text.at(m_pos + i);
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        *out = value;
        return true;
    }

    // One of the names; the index is returned. Names are case-sensitive in RFC 9110.
    template <size_t N> bool oneOf(const std::array<const char *, N> &names, int *index) {
        for (size_t i = 0; i < N; ++i) {
            if (literal(names[i])) {
                *index = int(i);
                return true;
            }
        }
        return false;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

bool readTime(Cursor &c, QTime *out) {
    int h = 0;
    int m = 0;
    int s = 0;
    if (!c.digits(2, &h) || !c.literal(":") || !c.digits(2, &m) || !c.literal(":") ||
        !c.digits(2, &s))
        return false;
    if (h > 23 || m > 59 || s > 60)
        return false;
    *out = QTime(h, m, qMin(s, 59)); // a leap second is read as the second before it
    return true;
}

QDateTime makeUtc(int year, int month, int day, const QTime &time) {
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
QDateTime parseImfFixdate(const QByteArray &text) {
    Cursor c(text);
    int weekday = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    QTime time;
    if (!c.oneOf(kShortDays, &weekday) || !c.literal(", ") || !c.digits(2, &day) ||
        !c.literal(" ") || !c.oneOf(kMonths, &month) || !c.literal(" ") || !c.digits(4, &year) ||
        !c.literal(" ") || !readTime(c, &time) || !c.literal(" GMT") || !c.atEnd())
        return {};
    return makeUtc(year, month + 1, day, time);
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
QDateTime parseRfc850(const QByteArray &text, const QDateTime &nowUtc) {
    Cursor c(text);
    int weekday = 0;
    int day = 0;
    int month = 0;
    int yy = 0;
    QTime time;
    if (!c.oneOf(kLongDays, &weekday) || !c.literal(", ") || !c.digits(2, &day) ||
        !c.literal("-") || !c.oneOf(kMonths, &month) || !c.literal("-") || !c.digits(2, &yy) ||
        !c.literal(" ") || !readTime(c, &time) || !c.literal(" GMT") || !c.atEnd())
        return {};
    const int nowYear = nowUtc.isValid() ? nowUtc.date().year() : 2000;
    int year = (nowYear / 100) * 100 + yy;
    if (year > nowYear + 50)
        year -= 100;
    return makeUtc(year, month + 1, day, time);
}

// "Sun Nov  6 08:49:37 1994"
QDateTime parseAsctime(const QByteArray &text) {
    Cursor c(text);
    int weekday = 0;
    int month = 0;
    int day = 0;
    int year = 0;
    QTime time;
    if (!c.oneOf(kShortDays, &weekday) || !c.literal(" ") || !c.oneOf(kMonths, &month) ||
        !c.literal(" "))
        return {};
    if (!(c.literal(" ") && c.digits(1, &day)) && !c.digits(2, &day))
        return {};
    if (!c.literal(" ") || !readTime(c, &time) || !c.literal(" ") || !c.digits(4, &year) ||
        !c.atEnd())
        return {};
    return makeUtc(year, month + 1, day, time);
}

} // namespace

QDateTime RetryAfter::parseHttpDate(const QByteArray &value, const QDateTime &nowUtc) {
    const QByteArray text = value.trimmed();
    QDateTime at = parseImfFixdate(text);
    if (!at.isValid())
        at = parseRfc850(text, nowUtc);
    if (!at.isValid())
        at = parseAsctime(text);
    return at;
}

std::optional<qint64> RetryAfter::parseSeconds(const QByteArray &value, const QDateTime &nowUtc,
                                               qint64 capSeconds) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qint64 cap = qMax<qint64>(0, capSeconds);

    bool allDigits = true;
    for (const char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Read digit by digit so "99999999999999999999" caps instead of overflowing.
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > cap)
                return cap;
        }
        return seconds;
    }

    const QDateTime at = parseHttpDate(text, nowUtc);
    if (!at.isValid() || !nowUtc.isValid())
        return std::nullopt;
    const qint64 seconds = nowUtc.secsTo(at);
    return qBound<qint64>(0, seconds, cap);
}

} // namespace wristdoc
