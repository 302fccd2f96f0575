#include "LedgerSync.h"

#include "Clock.h"
#include "NetworkErrorKind.h"
#include "ProgrammeApiClient.h"
#include "ServerLedger.h"
#include "ServerLedgerStore.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace wristdoc {

LedgerSync::LedgerSync(ProgrammeApiClient &client, ServerLedgerStore &store, const Clock &clock,
                       QString participantId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
    , m_participantId(std::move(participantId)) {}

void LedgerSync::fetch(const QDate &from, const QDate &to) {
    if (m_busy)
        return;
    m_busy = true;
    ProgrammeApiClient::Call call;
    call.path = QStringLiteral("/participants/%1/ledger?from=%2&to=%3")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_participantId)),
                         from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    QPointer<LedgerSync> self(this);
    m_client.call(call, [self](const HttpReply &reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (reply.networkError != NetworkErrorKind::None) {
            Q_EMIT self->failed(networkErrorCode(reply.networkError));
            return;
        }
        if (reply.status != 200) {
            const QString code = QJsonDocument::fromJson(reply.body)
                                     .object()
                                     .value(QStringLiteral("error"))
                                     .toObject()
                                     .value(QStringLiteral("code"))
                                     .toString();
            Q_EMIT self->failed(code.isEmpty() ? QStringLiteral("http-%1").arg(reply.status)
                                               : code);
            return;
        }
        ServerLedger ledger;
        QString problem;
        if (!ServerLedger::fromJson(reply.body, &ledger, &problem) ||
            ledger.participantId != self->m_participantId) {
            qCWarning(lcSync) << "ledger answer not usable:" << problem;
            Q_EMIT self->failed(QStringLiteral("malformed-body"));
            return;
        }
        if (const StorageError error = self->m_store.replace(ledger, self->m_clock.nowUtc())) {
            qCWarning(lcSync) << "ledger not stored:" << error.detail;
            Q_EMIT self->failed(QStringLiteral("storage"));
            return;
        }
        Q_EMIT self->updated();
    });
}

} // namespace wristdoc
