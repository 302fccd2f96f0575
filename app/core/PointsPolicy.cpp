#include "PointsPolicy.h"

#include "CoreLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wristdoc {

namespace {

// The programme's published default (SPEC.md, "Programme rules"), without the launch event.
constexpr char kBuiltInJson[] = R"({
    "version": "2025-03",
    "timezone": "Asia/Seoul",
    "walking": [
        {"minAge": 0, "steps": 8000, "points": 200},
        {"minAge": 70, "steps": 5000, "points": 200}
    ],
    "capPerHalfYear": 100000,
    "conversionMinimum": 5000
})";

enum class IntBound { NonNegative, Positive, AtLeastOne };

QString boundText(IntBound bound) {
    switch (bound) {
    case IntBound::NonNegative:
        return QStringLiteral("must be a non-negative integer");
    case IntBound::Positive:
        return QStringLiteral("must be a positive integer");
    case IntBound::AtLeastOne:
        return QStringLiteral("must be an integer of at least 1");
    }
    return {};
}

// JSON numbers are doubles; accept only whole values that fit an int and meet the bound.
bool readInt(const QJsonObject &object, const QString &key, const QString &path, IntBound bound,
             int *out, QString *error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = QStringLiteral("%1: is missing; it %2").arg(path, boundText(bound));
        return false;
    }
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    const int minimum = bound == IntBound::NonNegative ? 0 : 1;
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
        number < minimum || number > std::numeric_limits<int>::max()) {
        *error = QStringLiteral("%1: %2").arg(path, boundText(bound));
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readDate(const QJsonObject &object, const QString &key, const QString &path, QDate *out,
              QString *error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = QStringLiteral("%1: is missing; it must be a date YYYY-MM-DD").arg(path);
        return false;
    }
    const QDate date = value.isString() ? parseIsoDate(value.toString()) : QDate();
    if (!date.isValid()) {
        *error = QStringLiteral("%1: must be a date YYYY-MM-DD").arg(path);
        return false;
    }
    *out = date;
    return true;
}

bool readNonEmptyString(const QJsonObject &object, const QString &key, QString *out,
                        QString *error) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = QStringLiteral("%1: is missing; it must be a non-empty string").arg(key);
        return false;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("%1: must be a non-empty string").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

int lineOfOffset(const QByteArray &text, int offset) {
    const int end = qBound(0, offset, int(text.size()));
    return 1 + int(std::count(text.constBegin(), text.constBegin() + end, '\n'));
}

} // namespace

PointsPolicy PointsPolicy::builtInDefault() {
    // Parsed once; the text is a compile-time constant, so a failure is a programming error.
    static const PointsPolicy policy = [] {
        ParseResult result = fromJson(QByteArray(kBuiltInJson));
        if (!result.ok) {
            // Only possible without time zone data on the machine: Korea has kept UTC+9 without
            // daylight saving since 1988, so a fixed offset gives the same local days.
            qCWarning(lcCore) << "built-in policy:" << result.error
                              << "- falling back to a fixed UTC+9 zone";
            PointsPolicy fallback;
            fallback.m_version = QStringLiteral("2025-03");
            fallback.m_timeZone = QTimeZone(9 * 3600);
            fallback.m_walking = {{0, 8000, 200}, {70, 5000, 200}};
            fallback.m_capPerHalfYear = 100000;
            fallback.m_conversionMinimum = 5000;
            return fallback;
        }
        return result.policy;
    }();
    return policy;
}

PointsPolicy::ParseResult PointsPolicy::fromJson(const QByteArray &json) {
    ParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.line = lineOfOffset(json, parseError.offset);
        result.error = QStringLiteral("not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = QStringLiteral("the policy must be a JSON object");
        return result;
    }
    const QJsonObject root = document.object();
    PointsPolicy policy;
    QString &error = result.error;

    if (!readNonEmptyString(root, QStringLiteral("version"), &policy.m_version, &error))
        return result;

    QString zoneId;
    if (!readNonEmptyString(root, QStringLiteral("timezone"), &zoneId, &error))
        return result;
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid()) {
        error = QStringLiteral("timezone: unknown time zone \"%1\"").arg(zoneId);
        return result;
    }
    policy.m_timeZone = zone;

    const QJsonValue walking = root.value(QLatin1String("walking"));
    if (!walking.isArray() || walking.toArray().isEmpty()) {
        error = walking.isUndefined()
                    ? QStringLiteral("walking: is missing; it must be a non-empty array of rules")
                    : QStringLiteral("walking: must be a non-empty array of rules");
        return result;
    }
    const QJsonArray rules = walking.toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QString path = QStringLiteral("walking[%1]").arg(i);
        if (!rules.at(i).isObject()) {
            error = QStringLiteral("%1: must be an object").arg(path);
            return result;
        }
        const QJsonObject object = rules.at(i).toObject();
        WalkingRule rule;
        if (!readInt(object, QStringLiteral("minAge"), path + QLatin1String(".minAge"),
                     IntBound::NonNegative, &rule.minAge, &error) ||
            !readInt(object, QStringLiteral("steps"), path + QLatin1String(".steps"),
                     IntBound::Positive, &rule.steps, &error) ||
            !readInt(object, QStringLiteral("points"), path + QLatin1String(".points"),
                     IntBound::NonNegative, &rule.points, &error)) {
            return result;
        }
        for (int j = 0; j < policy.m_walking.size(); ++j) {
            if (policy.m_walking.at(j).minAge == rule.minAge) {
                error = QStringLiteral("%1.minAge: %2 is already used by walking[%3]")
                            .arg(path)
                            .arg(rule.minAge)
                            .arg(j);
                return result;
            }
        }
        policy.m_walking.append(rule);
    }

    if (!readInt(root, QStringLiteral("capPerHalfYear"), QStringLiteral("capPerHalfYear"),
                 IntBound::Positive, &policy.m_capPerHalfYear, &error) ||
        !readInt(root, QStringLiteral("conversionMinimum"), QStringLiteral("conversionMinimum"),
                 IntBound::NonNegative, &policy.m_conversionMinimum, &error)) {
        return result;
    }

    const QJsonValue events = root.value(QLatin1String("events"));
    if (!events.isUndefined()) {
        if (!events.isArray()) {
            error = QStringLiteral("events: must be an array");
            return result;
        }
        const QJsonArray list = events.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("events[%1]").arg(i);
            if (!list.at(i).isObject()) {
                error = QStringLiteral("%1: must be an object").arg(path);
                return result;
            }
            const QJsonObject object = list.at(i).toObject();
            PointsEvent event;
            const QJsonValue name = object.value(QLatin1String("name"));
            if (!name.isUndefined() && !name.isString()) {
                error = QStringLiteral("%1.name: must be a string").arg(path);
                return result;
            }
            event.name = name.toString();
            if (!readDate(object, QStringLiteral("from"), path + QLatin1String(".from"),
                          &event.from, &error) ||
                !readDate(object, QStringLiteral("to"), path + QLatin1String(".to"), &event.to,
                          &error) ||
                !readInt(object, QStringLiteral("multiplier"), path + QLatin1String(".multiplier"),
                         IntBound::AtLeastOne, &event.multiplier, &error)) {
                return result;
            }
            if (event.to < event.from) {
                error = QStringLiteral("%1.to: must not be before %1.from").arg(path);
                return result;
            }
            policy.m_events.append(event);
        }
    }

    result.ok = true;
    result.policy = policy;
    return result;
}

QByteArray PointsPolicy::toJson() const {
    QJsonArray walking;
    for (const WalkingRule &rule : m_walking) {
        walking.append(QJsonObject{{QStringLiteral("minAge"), rule.minAge},
                                   {QStringLiteral("steps"), rule.steps},
                                   {QStringLiteral("points"), rule.points}});
    }
    QJsonObject root{{QStringLiteral("version"), m_version},
                     {QStringLiteral("timezone"), QString::fromUtf8(m_timeZone.id())},
                     {QStringLiteral("walking"), walking},
                     {QStringLiteral("capPerHalfYear"), m_capPerHalfYear},
                     {QStringLiteral("conversionMinimum"), m_conversionMinimum}};
    if (!m_events.isEmpty()) {
        QJsonArray events;
        for (const PointsEvent &event : m_events) {
            events.append(QJsonObject{{QStringLiteral("name"), event.name},
                                      {QStringLiteral("from"), event.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), event.to.toString(Qt::ISODate)},
                                      {QStringLiteral("multiplier"), event.multiplier}});
        }
        root.insert(QStringLiteral("events"), events);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WalkingRule PointsPolicy::ruleFor(const QDate &birthDate, const QDate &day) const {
    const int age = birthDate.isValid() ? qMax(0, ageOn(birthDate, day)) : 0;
    WalkingRule best;
    bool found = false;
    for (const WalkingRule &rule : m_walking) {
        if (rule.minAge <= age && (!found || rule.minAge > best.minAge)) {
            best = rule;
            found = true;
        }
    }
    return found ? best : WalkingRule{0, 0, 0};
}

int PointsPolicy::multiplierOn(const QDate &day) const {
    qint64 product = 1;
    for (const PointsEvent &event : m_events) {
        if (event.from <= day && day <= event.to)
            product = qMin<qint64>(product * event.multiplier, std::numeric_limits<int>::max());
    }
    return int(product);
}

QDate PointsPolicy::localDate(qint64 utcSecs) const {
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_timeZone).date();
}

qint64 PointsPolicy::dayStartUtc(const QDate &day) const {
    // startOfDay() handles zones whose midnight falls in a daylight-saving gap.
    return day.startOfDay(m_timeZone).toSecsSinceEpoch();
}

bool PointsPolicy::operator==(const PointsPolicy &other) const {
    return m_version == other.m_version && m_timeZone == other.m_timeZone &&
           m_walking == other.m_walking && m_capPerHalfYear == other.m_capPerHalfYear &&
           m_conversionMinimum == other.m_conversionMinimum && m_events == other.m_events;
}

int ageOn(const QDate &birthDate, const QDate &day) {
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

QDate parseIsoDate(const QString &text) {
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return {};
    }
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

} // namespace wristdoc
