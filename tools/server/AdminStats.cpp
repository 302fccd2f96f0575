#include "AdminStats.h"

namespace wristdoc {

QJsonObject AdminStats::toJson(const Live &live) const {
    QJsonObject byStatus;
    for (auto it = m_byStatus.constBegin(); it != m_byStatus.constEnd(); ++it)
        byStatus.insert(QString::number(it.key()), double(it.value()));
    return QJsonObject{
        {QStringLiteral("enrolmentsStored"), live.enrolmentsStored},
        {QStringLiteral("processing"), live.processing},
        {QStringLiteral("duplicatesRefused"), double(m_duplicatesRefused)},
        {QStringLiteral("replays"), double(m_replays)},
        {QStringLiteral("keysReused"), double(m_keysReused)},
        {QStringLiteral("inFlightRefused"), double(m_inFlightRefused)},
        {QStringLiteral("requestsByStatus"), byStatus},
        {QStringLiteral("connectionsReset"), double(m_connectionsReset)},
        {QStringLiteral("responsesDropped"), double(m_responsesDropped)},
        {QStringLiteral("answersLost"), double(m_answersLost)},
        {QStringLiteral("waitingRoom"),
         QJsonObject{{QStringLiteral("enabled"), live.waitingRoomEnabled},
                     {QStringLiteral("waiting"), live.waiting},
                     {QStringLiteral("ready"), live.ready},
                     {QStringLiteral("issued"), double(live.ticketsIssued)}}},
        {QStringLiteral("inFlight"), live.inFlight},
        {QStringLiteral("commits"), live.commits},
    };
}

} // namespace wristdoc
