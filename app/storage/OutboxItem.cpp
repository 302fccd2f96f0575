#include "OutboxItem.h"

namespace wristdoc {

QString outboxKindCode(OutboxKind kind) {
    switch (kind) {
    case OutboxKind::Enrolment:
        return QStringLiteral("enrolment");
    }
    return {};
}

bool outboxKindFromCode(const QString &code, OutboxKind *out) {
    if (code == QLatin1String("enrolment")) {
        *out = OutboxKind::Enrolment;
        return true;
    }
    return false;
}

} // namespace wristdoc
