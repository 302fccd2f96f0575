#include "CohortSchedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wristdoc {

namespace {

bool isOdd(int n) {
    return n % 2 != 0;
}

QDate strictDate(const QJsonValue &value) {
    const QString text = value.toString();
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

CohortSchedule CohortSchedule::parity(const QTimeZone &zone) {
    CohortSchedule schedule;
    schedule.m_mode = CohortMode::Parity;
    schedule.m_zone = zone;
    return schedule;
}

CohortSchedule CohortSchedule::windows(const QVector<CohortWindow> &windows,
                                       const QTimeZone &zone) {
    CohortSchedule schedule;
    schedule.m_mode = CohortMode::Windows;
    schedule.m_zone = zone;
    schedule.m_windows = windows;
    return schedule;
}

QString CohortSchedule::modeCode() const {
    switch (m_mode) {
    case CohortMode::Off:
        return QStringLiteral("off");
    case CohortMode::Parity:
        return QStringLiteral("parity");
    case CohortMode::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

CohortDecision CohortSchedule::decide(int birthYear, const QDate &today) const {
    switch (m_mode) {
    case CohortMode::Off:
        return {};
    case CohortMode::Parity: {
        // Odd birth years on odd dates, even on even. The 31st and the 1st are both odd, so the
        // next day of the right parity is one or two days away.
        if (isOdd(birthYear) == isOdd(today.day()))
            return {};
        QDate next = today.addDays(1);
        while (isOdd(next.day()) != isOdd(birthYear))
            next = next.addDays(1);
        return deferredTo(next);
    }
    case CohortMode::Windows: {
        QDate next;
        for (const CohortWindow &w : m_windows) {
            if (birthYear < w.firstBirthYear || birthYear > w.lastBirthYear)
                continue;
            if (w.from <= today && today <= w.to)
                return {};
            if (w.from > today && (!next.isValid() || w.from < next))
                next = w.from;
        }
        return deferredTo(next);
    }
    }
    return {};
}

CohortDecision CohortSchedule::deferredTo(const QDate &nextDate) const {
    CohortDecision decision;
    decision.allowed = false;
    decision.nextDate = nextDate;
    if (nextDate.isValid()) {
        decision.slotFromUtc = QDateTime(nextDate, QTime(kSlotStartHour, 0), m_zone).toUTC();
        decision.slotToUtc = QDateTime(nextDate, QTime(kSlotEndHour, 0), m_zone).toUTC();
    }
    return decision;
}

bool CohortSchedule::parseWindows(const QByteArray &json, QVector<CohortWindow> *out,
                                  QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1").arg(parseError.errorString());
        return false;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("expected a JSON array of windows");
        return false;
    }
    QVector<CohortWindow> windows;
    const QJsonArray array = doc.array();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonArray years = o.value(QStringLiteral("birthYears")).toArray();
        CohortWindow w;
        w.from = strictDate(o.value(QStringLiteral("from")));
        w.to = strictDate(o.value(QStringLiteral("to")));
        const bool yearsOk = years.size() == 2 && years.at(0).isDouble() &&
                             years.at(1).isDouble() &&
                             years.at(0).toDouble() == years.at(0).toInt() &&
                             years.at(1).toDouble() == years.at(1).toInt();
        if (!array.at(i).isObject() || !yearsOk || !w.from.isValid() || !w.to.isValid()) {
            *error = QStringLiteral("window %1: needs \"birthYears\": [from, to] and \"from\", "
                                    "\"to\" as YYYY-MM-DD")
                         .arg(i + 1);
            return false;
        }
        w.firstBirthYear = years.at(0).toInt();
        w.lastBirthYear = years.at(1).toInt();
        if (w.firstBirthYear > w.lastBirthYear || w.from > w.to) {
            *error = QStringLiteral("window %1: a range ends before it starts").arg(i + 1);
            return false;
        }
        windows.append(w);
    }
    *out = windows;
    return true;
}

} // namespace wristdoc
