#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace wristdoc {

// Numbers, steps, points, dates and "as of" times in the user's language. Times are shown in
// the programme's zone (Asia/Seoul), whatever zone the computer is set to.
class Formatter {
    Q_DECLARE_TR_FUNCTIONS(Formatter)

public:
    Formatter(QLocale locale, QTimeZone zone);

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &zone() const { return m_zone; }

    QString number(int value) const;               // "12,345"
    QString steps(int steps) const;                // "12,345보" / "12,345 steps"
    QString points(int points) const;              // "12,400 P"
    QString percent(int percent) const;            // "150%"
    QString bpm(int beatsPerMinute) const;         // "분당 62회" / "62 bpm"
    QString longDate(const QDate &date) const;     // "2026년 11월 22일 일요일"
    QString monthDay(const QDate &date) const;     // "11월 22일" / "November 22"
    QString shortWeekday(const QDate &date) const; // "일" / "Sun"
    QString time(const QDateTime &utc) const;      // "오후 2:05" / "2:05 PM"
    // A day in a list of days: "11월 18일" / "18 Nov", with the year when it is not today's
    // ("2025년 12월 30일" / "30 Dec 2025").
    QString shortDate(const QDate &date, const QDate &today) const;
    // A date without its weekday, for deadlines: "2027년 1월 31일" / "31 January 2027".
    QString fullDate(const QDate &date) const;
    // A moment relative to today: "오늘 오후 2:05", "11월 21일 오후 2:05", with the year when
    // it is not this year's.
    QString moment(const QDateTime &utc, const QDate &today) const;
    // Hours since local midnight, for the heart-rate chart's x axis.
    double localHourOfDay(const QDateTime &utc) const;

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace wristdoc
