#include "DeliveryStatus.h"

namespace wristdoc {

namespace {
constexpr DeliveryState kAll[] = {DeliveryState::Pending,  DeliveryState::Sending,
                                  DeliveryState::Queued,   DeliveryState::Confirmed,
                                  DeliveryState::Rejected, DeliveryState::NeedsAttention};
}

QString deliveryStateCode(DeliveryState state) {
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Confirmed:
        return QStringLiteral("confirmed");
    case DeliveryState::Rejected:
        return QStringLiteral("rejected");
    case DeliveryState::NeedsAttention:
        return QStringLiteral("needs-attention");
    }
    return {};
}

bool deliveryStateFromCode(const QString &code, DeliveryState *out) {
    for (DeliveryState s : kAll) {
        if (deliveryStateCode(s) == code) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace wristdoc
