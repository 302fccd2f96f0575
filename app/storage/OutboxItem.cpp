#include "OutboxItem.h"

namespace wristdoc {

QString outboxKindCode(OutboxKind kind) {
    switch (kind) {
    case OutboxKind::Enrolment:
        return QStringLiteral("enrolment");
    case OutboxKind::ActivityDay:
        return QStringLiteral("activity-day");
    }
    return {};
}

bool outboxKindFromCode(const QString &code, OutboxKind *out) {
    if (code == QLatin1String("enrolment")) {
        *out = OutboxKind::Enrolment;
        return true;
    }
    if (code == QLatin1String("activity-day")) {
        *out = OutboxKind::ActivityDay;
        return true;
    }
    return false;
}

} // namespace wristdoc
