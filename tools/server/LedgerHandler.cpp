#include "LedgerHandler.h"

#include "ActivityStore.h"
#include "ApiRequest.h"
#include "LinkRegistry.h"
#include "ServerOptions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wristdoc {

namespace {

HttpResponse invalidRange(const QString &field, const QString &code) {
    return HttpResponse::error(
        422, QStringLiteral("invalid"),
        QStringLiteral("from and to must be dates, from not after to, at most 366 days."),
        QJsonObject{
            {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                              {QStringLiteral("code"), code}}}}});
}

QDate dateParameter(const ApiRequest &request, const QString &name) {
    const QString text = request.query.queryItemValue(name);
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

LedgerHandler::LedgerHandler(ActivityStore *store, const LinkRegistry *links,
                             const LedgerSettings &settings)
    : m_store(store)
    , m_links(links)
    , m_settings(settings) {}

HttpResponse LedgerHandler::get(const QString &participantId, const ApiRequest &request,
                                const QDate &today) {
    const std::optional<QString> linked =
        m_links->participantOf(request.header("participant-token"));
    if (!linked)
        return LinkRegistry::unlinked();
    if (participantId != *linked)
        return HttpResponse::error(403, QStringLiteral("wrong-participant"),
                                   QStringLiteral("The token belongs to another participant."));
    const QDate from = dateParameter(request, QStringLiteral("from"));
    const QDate to = dateParameter(request, QStringLiteral("to"));
    if (!from.isValid())
        return invalidRange(QStringLiteral("from"), QStringLiteral("format"));
    if (!to.isValid())
        return invalidRange(QStringLiteral("to"), QStringLiteral("format"));
    if (to < from)
        return invalidRange(QStringLiteral("to"), QStringLiteral("before-from"));
    if (from.daysTo(to) + 1 > kMaximumDays)
        return invalidRange(QStringLiteral("to"), QStringLiteral("range"));

    bool ok = false;
    const QVector<CreditedDay> days = m_store->daysBetween(participantId, from, to, &ok);
    const qint64 confirmed = ok ? m_store->totalPoints(participantId) : -1;
    if (confirmed < 0)
        return HttpResponse::internalError(m_store->lastError(),
                                           QStringLiteral("The ledger could not be read."));
    QJsonArray dayArray;
    for (const CreditedDay &d : days) {
        dayArray.append(
            QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                        {QStringLiteral("revision"), d.revision},
                        {QStringLiteral("steps"), d.steps},
                        {QStringLiteral("points"), d.points},
                        {QStringLiteral("creditId"), ActivityStore::creditName(d.creditId)},
                        {QStringLiteral("state"), QStringLiteral("confirmed")},
                        {QStringLiteral("policyVersion"), d.policyVersion},
                        {QStringLiteral("digest"), d.digest}});
    }
    // The reference server credits at once and converts nothing: pending and converted are 0.
    const qint64 converted = 0;
    const qint64 available = confirmed - converted;
    const QDate deadline = m_settings.conversionDeadline.isValid()
                               ? m_settings.conversionDeadline
                               : ServerOptions::defaultConversionDeadline(today);
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("participantId"), participantId},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("days"), dayArray},
            {QStringLiteral("balance"), QJsonObject{{QStringLiteral("confirmed"), confirmed},
                                                    {QStringLiteral("pending"), 0},
                                                    {QStringLiteral("converted"), converted},
                                                    {QStringLiteral("available"), available}}},
            {QStringLiteral("conversion"),
             QJsonObject{{QStringLiteral("minimum"), m_settings.conversionMinimum},
                         {QStringLiteral("available"), available >= m_settings.conversionMinimum},
                         {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)}}},
        });
}

} // namespace wristdoc
