#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace wristdoc {

struct WalkingRule {
    int minAge = 0;
    int steps = 0; // 0 only in the "no rule applies" value returned by ruleFor()
    int points = 0;

    bool operator==(const WalkingRule &other) const {
        return minAge == other.minAge && steps == other.steps && points == other.points;
    }
    bool operator!=(const WalkingRule &other) const { return !(*this == other); }
};

struct PointsEvent {
    QString name;
    QDate from; // inclusive local date
    QDate to;   // inclusive local date
    int multiplier = 1;

    bool operator==(const PointsEvent &other) const {
        return name == other.name && from == other.from && to == other.to &&
               multiplier == other.multiplier;
    }
    bool operator!=(const PointsEvent &other) const { return !(*this == other); }
};

// The programme's steps-to-points rules as versioned data (docs/api.md, "policy").
class PointsPolicy {
public:
    struct ParseResult;

    static PointsPolicy builtInDefault();
    // Strict: unknown types, missing fields, empty walking rules, bad dates or time zones are
    // errors.
    static ParseResult fromJson(const QByteArray &json);
    QByteArray toJson() const;

    QString version() const { return m_version; }
    QTimeZone timeZone() const { return m_timeZone; }
    const QVector<WalkingRule> &walkingRules() const { return m_walking; }
    int capPerHalfYear() const { return m_capPerHalfYear; }
    int conversionMinimum() const { return m_conversionMinimum; }
    const QVector<PointsEvent> &events() const { return m_events; }

    // The rule with the highest minAge not above the age on that day. An invalid birth date
    // counts as age 0. When no rule applies (all minAge above the age) the result has steps 0
    // and points 0, and the day earns nothing.
    WalkingRule ruleFor(const QDate &birthDate, const QDate &day) const;
    // Product of the multipliers of the events whose inclusive range holds the day.
    int multiplierOn(const QDate &day) const;
    // Local calendar day (in the policy's zone) of a UTC instant.
    QDate localDate(qint64 utcSecs) const;
    // [start, end) of a local day as UTC seconds.
    qint64 dayStartUtc(const QDate &day) const;

    bool operator==(const PointsPolicy &other) const;
    bool operator!=(const PointsPolicy &other) const { return !(*this == other); }

private:
    QString m_version;
    QTimeZone m_timeZone;
    QVector<WalkingRule> m_walking;
    int m_capPerHalfYear = 0;
    int m_conversionMinimum = 0;
    QVector<PointsEvent> m_events;
};

struct PointsPolicy::ParseResult {
    bool ok = false;
    PointsPolicy policy;
    QString error; // English, for the CLI and logs; the UI maps it to a translated sentence
    int line = 0;  // 1-based line of a JSON syntax error; 0 when the error has no position
};

// Completed years on that day; the birthday itself counts (aged 70 on the 70th birthday).
// Someone born on 29 February gains a year on 1 March in common years. Negative before birth.
int ageOn(const QDate &birthDate, const QDate &day);

// Strict YYYY-MM-DD (exactly ten characters, a real calendar date); invalid QDate otherwise.
QDate parseIsoDate(const QString &text);

} // namespace wristdoc
