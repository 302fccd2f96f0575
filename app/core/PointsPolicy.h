#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace wristdoc {

struct WalkingRule
{
    int minAge = 0;
    int steps = 0;
    int points = 0;
};

struct PointsEvent
{
    QString name;
    QDate from; // inclusive local date
    QDate to;   // inclusive local date
    int multiplier = 1;
};

// The programme's steps-to-points rules as versioned data (docs/api.md, "policy").
class PointsPolicy
{
public:
    struct ParseResult;

    static PointsPolicy builtInDefault();
    // Strict: unknown types, missing fields, empty walking rules, bad dates or time zones are errors.
    static ParseResult fromJson(const QByteArray &json);
    QByteArray toJson() const;

    QString version() const { return m_version; }
    QTimeZone timeZone() const { return m_timeZone; }
    const QVector<WalkingRule> &walkingRules() const { return m_walking; }
    int capPerHalfYear() const { return m_capPerHalfYear; }
    int conversionMinimum() const { return m_conversionMinimum; }
    const QVector<PointsEvent> &events() const { return m_events; }

    // The rule with the highest minAge not above the age on that day.
    WalkingRule ruleFor(const QDate &birthDate, const QDate &day) const;
    // Product of the multipliers of the events whose inclusive range holds the day.
    int multiplierOn(const QDate &day) const;
    // Local calendar day (in the policy's zone) of a UTC instant.
    QDate localDate(qint64 utcSecs) const;
    // [start, end) of a local day as UTC seconds.
    qint64 dayStartUtc(const QDate &day) const;

private:
    QString m_version;
    QTimeZone m_timeZone;
    QVector<WalkingRule> m_walking;
    int m_capPerHalfYear = 0;
    int m_conversionMinimum = 0;
    QVector<PointsEvent> m_events;
};

struct PointsPolicy::ParseResult
{
    bool ok = false;
    PointsPolicy policy;
    QString error; // English, for the CLI and logs; the UI maps it to a translated sentence
};

int ageOn(const QDate &birthDate, const QDate &day);

} // namespace wristdoc
