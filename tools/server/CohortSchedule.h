#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace wristdoc {

enum class CohortMode { Off, Parity, Windows };

// Applicants born in [firstBirthYear, lastBirthYear] may apply from `from` to `to` (local dates,
// both inclusive).
struct CohortWindow {
    int firstBirthYear = 0;
    int lastBirthYear = 0;
    QDate from;
    QDate to;
};

struct CohortDecision {
    bool allowed = true;
    QDate nextDate;        // the applicant's next day; invalid when no later day exists
    QDateTime slotFromUtc; // the suggested sending slot on nextDate (local office hours)
    QDateTime slotToUtc;
};

// Staggered registration as the city did it after the launch-day collapse: new applicants by
// birth year on alternate days (parity), or explicit windows. Dates are local calendar dates
// of the programme's time zone.
class CohortSchedule {
public:
    // Slots are the local office hours of the cohort day: clients spread their retries inside
    // them instead of all arriving at midnight.
    static constexpr int kSlotStartHour = 9;
    static constexpr int kSlotEndHour = 18;

    CohortSchedule() = default; // off
    static CohortSchedule parity(const QTimeZone &zone);
    static CohortSchedule windows(const QVector<CohortWindow> &windows, const QTimeZone &zone);

    CohortMode mode() const { return m_mode; }
    QString modeCode() const; // "off", "parity", "windows" (GET /v1/status)

    // Whether someone born in birthYear may apply on the local date today, and if not, when.
    CohortDecision decide(int birthYear, const QDate &today) const;

    // [{"birthYears": [from, to], "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, ...]
    static bool parseWindows(const QByteArray &json, QVector<CohortWindow> *out, QString *error);

private:
    CohortDecision deferredTo(const QDate &nextDate) const;

    CohortMode m_mode = CohortMode::Off;
    QTimeZone m_zone;
    QVector<CohortWindow> m_windows;
};

} // namespace wristdoc
