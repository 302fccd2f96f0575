#include "ServerLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wristdoc {

namespace {

bool readInt(const QJsonObject &o, const char *name, int *out) {
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
        return false;
    *out = v.toInt();
    return true;
}

QDate readDate(const QJsonObject &o, const char *name) {
    return QDate::fromString(o.value(QLatin1String(name)).toString(), Qt::ISODate);
}

} // namespace

bool ServerLedger::fromJson(const QByteArray &json, ServerLedger *out, QString *error) {
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (!document.isObject()) {
        *error = QStringLiteral("ledger is not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    ServerLedger ledger;
    ledger.participantId = root.value(QStringLiteral("participantId")).toString();
    ledger.summary.from = readDate(root, "from");
    ledger.summary.to = readDate(root, "to");
    if (ledger.participantId.isEmpty() || !ledger.summary.from.isValid() ||
        !ledger.summary.to.isValid()) {
        *error = QStringLiteral("ledger without participantId, from or to");
        return false;
    }
    const QJsonObject balance = root.value(QStringLiteral("balance")).toObject();
    if (!readInt(balance, "confirmed", &ledger.summary.confirmed) ||
        !readInt(balance, "available", &ledger.summary.available)) {
        *error = QStringLiteral("ledger balance without confirmed or available");
        return false;
    }
    readInt(balance, "pending", &ledger.summary.pending);
    readInt(balance, "converted", &ledger.summary.converted);
    const QJsonObject conversion = root.value(QStringLiteral("conversion")).toObject();
    readInt(conversion, "minimum", &ledger.summary.conversionMinimum);
    ledger.summary.conversionAvailable = conversion.value(QStringLiteral("available")).toBool();
    ledger.summary.conversionDeadline = readDate(conversion, "deadline");

    const QJsonValue days = root.value(QStringLiteral("days"));
    if (!days.isArray()) {
        *error = QStringLiteral("ledger without a days list");
        return false;
    }
    for (const QJsonValue &value : days.toArray()) {
        const QJsonObject o = value.toObject();
        LedgerDay day;
        day.date = readDate(o, "date");
        if (!day.date.isValid() || !readInt(o, "points", &day.points) ||
            !readInt(o, "steps", &day.steps) || !readInt(o, "revision", &day.revision)) {
            *error = QStringLiteral("ledger day without date, steps, points or revision");
            return false;
        }
        day.state = o.value(QStringLiteral("state")).toString();
        day.creditId = o.value(QStringLiteral("creditId")).toString();
        day.policyVersion = o.value(QStringLiteral("policyVersion")).toString();
        day.digest = o.value(QStringLiteral("digest")).toString();
        ledger.days.append(day);
    }
    std::sort(ledger.days.begin(), ledger.days.end(),
              [](const LedgerDay &a, const LedgerDay &b) { return a.date < b.date; });
    *out = ledger;
    return true;
}

} // namespace wristdoc
