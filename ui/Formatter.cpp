#include "Formatter.h"

namespace wristdoc {

namespace {

bool isKorean(const QLocale &locale) {
    return locale.language() == QLocale::Korean;
}

// A number and its unit never wrap apart ("200" at the end of a line, "P" on the next).
QString keepTogether(QString text) {
    return text.replace(QLatin1Char(' '), QChar::Nbsp);
}

} // namespace

Formatter::Formatter(QLocale locale, QTimeZone zone)
    : m_locale(std::move(locale))
    , m_zone(std::move(zone)) {
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
}

QString Formatter::number(int value) const {
    return m_locale.toString(value);
}

QString Formatter::steps(int steps) const {
    //: Step count, e.g. "12,345 steps". %1 is the number already formatted.
    return keepTogether(tr("%1 steps", nullptr, steps).arg(number(steps)));
}

QString Formatter::points(int points) const {
    //: Points, e.g. "12,400 P". %1 is the number already formatted.
    return keepTogether(tr("%1 P").arg(number(points)));
}

QString Formatter::percent(int percent) const {
    return m_locale.toString(percent) + m_locale.percent();
}

QString Formatter::bpm(int beatsPerMinute) const {
    //: Heart rate, beats per minute. %1 is the number.
    return keepTogether(tr("%1 bpm", nullptr, beatsPerMinute).arg(number(beatsPerMinute)));
}

QString Formatter::longDate(const QDate &date) const {
    return m_locale.toString(date, QLocale::LongFormat);
}

QString Formatter::monthDay(const QDate &date) const {
    // CLDR has no month-day skeleton in QLocale; these two patterns are the locales' own.
    return m_locale.toString(date, isKorean(m_locale) ? QStringLiteral("M월 d일")
                                                      : QStringLiteral("MMMM d"));
}

QString Formatter::shortDate(const QDate &date, const QDate &today) const {
    const bool sameYear = !today.isValid() || date.year() == today.year();
    if (isKorean(m_locale))
        return m_locale.toString(date, sameYear ? QStringLiteral("M월 d일")
                                                : QStringLiteral("yyyy년 M월 d일"));
    return m_locale.toString(date,
                             sameYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

QString Formatter::fullDate(const QDate &date) const {
    // The long formats carry the weekday, which a deadline does not need.
    return m_locale.toString(date, isKorean(m_locale) ? QStringLiteral("yyyy년 M월 d일")
                                                      : QStringLiteral("d MMMM yyyy"));
}

QString Formatter::shortWeekday(const QDate &date) const {
    return m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
}

QString Formatter::time(const QDateTime &utc) const {
    return m_locale.toString(utc.toTimeZone(m_zone).time(), QLocale::ShortFormat);
}

QString Formatter::moment(const QDateTime &utc, const QDate &today) const {
    const QDateTime local = utc.toTimeZone(m_zone);
    const QDate date = local.date();
    const QString clock = m_locale.toString(local.time(), QLocale::ShortFormat);
    if (date == today) {
        //: A time earlier today, e.g. "today 2:05 PM". %1 is the time.
        return tr("today %1").arg(clock);
    }
    if (date == today.addDays(-1)) {
        //: A time yesterday, e.g. "yesterday 2:05 PM". %1 is the time.
        return tr("yesterday %1").arg(clock);
    }
    QString day;
    if (date.year() == today.year())
        day = monthDay(date);
    else
        day = m_locale.toString(date, QLocale::LongFormat);
    //: A date and a time, e.g. "November 20, 9:00 AM". %1 is the date, %2 the time.
    return tr("%1, %2").arg(day, clock);
}

double Formatter::localHourOfDay(const QDateTime &utc) const {
    const QTime t = utc.toTimeZone(m_zone).time();
    return t.hour() + t.minute() / 60.0 + t.second() / 3600.0;
}

} // namespace wristdoc
