#include "ApiService.h"

#include "ActivityCreditRule.h"
#include "ActivityHandler.h"
#include "ApiRequest.h"
#include "Clock.h"
#include "EnrolmentHandler.h"
#include "LedgerHandler.h"
#include "PointsPolicy.h"
#include "ServerLogging.h"
#include "ServerSecrets.h"

#include <QFile>
#include <QJsonDocument>

namespace wristdoc {

namespace {

const QString kPrefixEnrolment = QStringLiteral("/v1/enrolments/");
const QString kPrefixTicket = QStringLiteral("/v1/waiting-room/");
const QString kPrefixParticipants = QStringLiteral("/v1/participants/");
const QString kPrefixLinkRequests = QStringLiteral("/v1/link-requests/");
const QString kSuffixLedger = QStringLiteral("/ledger");
const QString kSuffixConfirm = QStringLiteral("/confirm");

// The {id} of PREFIX{id}SUFFIX, when it is one path segment; empty otherwise.
QString segmentBetween(const QString &path, const QString &prefix, const QString &suffix) {
    if (!path.startsWith(prefix) || !path.endsWith(suffix) ||
        path.size() <= prefix.size() + suffix.size())
        return {};
    const QString segment = path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
    return segment.contains(u'/') ? QString() : segment;
}

QString isoUtcMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

HttpResponse methodNotAllowed(const QByteArray &allowed) {
    HttpResponse r =
        HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                            QStringLiteral("Allowed: %1").arg(QString::fromLatin1(allowed)));
    r.addHeader("Allow", allowed);
    return r;
}

HttpResponse notImplemented() {
    return HttpResponse::error(501, QStringLiteral("not-implemented"),
                               QStringLiteral("Specified in docs/api.md; the reference server "
                                              "does not serve it yet."));
}

} // namespace

ApiService::ApiService(const ServerOptions &options, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_batch(&m_database)
    , m_enrolments(&m_database)
    , m_keys(&m_database)
    , m_devices(&m_database, &m_batch,
                DeviceRegistry::Settings{options.registrationCodeTtlSeconds, 20, 10 * 60 * 1000})
    , m_links(&m_database, &m_batch, LinkRegistry::Settings{options.linkCodeTtlSeconds})
    , m_activityStore(&m_database)
    , m_processing(&m_enrolments, &m_batch, clock)
    , m_admission(options.capacityRps, options.burst, options.maxConcurrent,
                  clock->nowUtc().toMSecsSinceEpoch())
    , m_room(&m_admission, options.seed, options.ticketTtlSeconds)
    , m_faults(options.faults, options.seed) {
    m_pumpTimer.setSingleShot(false);
    connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
        m_room.pump(nowMs());
        if (!m_room.hasWaiting())
            m_pumpTimer.stop();
    });
    connect(&m_batch, &CommitBatch::finished, this, [this](bool ok) {
        if (!ok) {
            qCWarning(lcServer) << "a group commit failed; its answers become 500";
            m_enrolment->recover();
        }
        Q_EMIT batchFinished(ok);
    });
}

ApiService::~ApiService() = default;

bool ApiService::start(QString *error) {
    PointsPolicy policy = PointsPolicy::builtInDefault();
    if (!m_options.policyPath.isEmpty()) {
        QFile file(m_options.policyPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read %1: %2").arg(m_options.policyPath, file.errorString());
            return false;
        }
        const PointsPolicy::ParseResult parsed = PointsPolicy::fromJson(file.readAll());
        if (!parsed.ok) {
            *error = QStringLiteral("%1: %2").arg(m_options.policyPath, parsed.error);
            return false;
        }
        policy = parsed.policy;
    }
    m_policyJson = QJsonDocument::fromJson(policy.toJson()).toJson(QJsonDocument::Compact);
    m_policyVersion = policy.version();
    m_zone = policy.timeZone();

    if (!m_database.open(m_options.databasePath, m_options.synchronousFull, error) ||
        !m_batch.prepare(error) || !m_enrolments.prepare(error) || !m_keys.prepare(error))
        return false;

    CohortSchedule cohorts;
    if (m_options.cohorts == CohortMode::Parity)
        cohorts = CohortSchedule::parity(m_zone);
    else if (m_options.cohorts == CohortMode::Windows)
        cohorts = CohortSchedule::windows(m_options.cohortWindows, m_zone);
    EnrolmentSettings settings;
    settings.firstComeLimit = m_options.firstComeLimit;
    settings.confirmDelayMs = m_options.confirmDelayMs;
    m_enrolment = std::make_unique<EnrolmentHandler>(&m_database, &m_batch, &m_enrolments, &m_keys,
                                                     &m_processing, cohorts, settings, &m_stats);
    if (!m_enrolment->start(error))
        return false;
    m_creditRule = std::make_unique<ActivityCreditRule>(policy, m_options.creditBugUtcDays);
    if (m_options.creditBugUtcDays)
        qCWarning(lcServer) << "fault: --credit-bug utc-days credits days as UTC days";
    m_activity = std::make_unique<ActivityHandler>(&m_batch, &m_keys, &m_activityStore, &m_links,
                                                   m_creditRule.get(), &m_stats);
    m_ledger = std::make_unique<LedgerHandler>(
        &m_activityStore, &m_links,
        LedgerSettings{policy.conversionMinimum(), m_options.conversionDeadline});
    m_batch.commit(); // whatever start-up confirmed
    return true;
}

qint64 ApiService::nowMs() const {
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

QDate ApiService::today() const {
    if (m_options.today.isValid())
        return m_options.today;
    return m_clock->nowUtc().toTimeZone(m_zone).date();
}

bool ApiService::exemptFromFaults(const ApiRequest &request) {
    return request.path.startsWith(QLatin1String("/v1/admin/"));
}

HttpResponse ApiService::handle(const ApiRequest &request) {
    HttpResponse response = route(request);
    // Anything answered while the batch is open may rest on its uncommitted writes.
    response.awaitsCommit = m_batch.isOpen();
    return response;
}

HttpResponse ApiService::route(const ApiRequest &request) {
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (request.body.size() > kMaximumBodyBytes)
        return HttpResponse::error(413, QStringLiteral("too-large"),
                                   QStringLiteral("Bodies are at most 64 KiB."));
    if (path == QLatin1String("/v1/admin/registration-codes")) {
        HttpResponse admin = !post ? methodNotAllowed("POST")
                             : !adminAuthorized(request)
                                 ? unauthorized(QStringLiteral("unauthorized"),
                                                QStringLiteral("A valid admin token is required."))
                                 : m_devices.createCode(nowMs());
        admin.administrative = true;
        return admin;
    }
    if (path == QLatin1String("/v1/admin/link-codes")) {
        HttpResponse admin = get ? adminLinkCode(request) : methodNotAllowed("GET");
        admin.administrative = true;
        return admin;
    }
    // A registered kiosk's requests carry its token; a token the server does not know is
    // refused (a kiosk without one is still served: registration is not yet required). The
    // admin token is known too, so operators' tools may send it everywhere.
    if (!path.startsWith(QLatin1String("/v1/admin/")) &&
        path != QLatin1String("/v1/devices/register") && !adminAuthorized(request) &&
        m_devices.checkBearer(request.header("authorization")) == DeviceRegistry::Bearer::Unknown)
        return unauthorized(QStringLiteral("unknown-device"),
                            QStringLiteral("This device token is not registered."));
    if (path == QLatin1String("/v1/enrolments")) {
        if (!post)
            return methodNotAllowed("POST");
        return postEnrolment(request);
    }
    if (path == QLatin1String("/v1/admin/stats")) {
        HttpResponse admin = get ? adminStats(request) : methodNotAllowed("GET");
        admin.administrative = true;
        return admin;
    }

    // Everything else is subject to the 503 storm.
    const bool known =
        path == QLatin1String("/v1/status") || path == QLatin1String("/v1/policy") ||
        path == QLatin1String("/v1/watch-bindings") || path == QLatin1String("/v1/activity/days") ||
        path == QLatin1String("/v1/devices/register") ||
        (path.startsWith(kPrefixEnrolment) && path.indexOf(u'/', kPrefixEnrolment.size()) < 0) ||
        (path.startsWith(kPrefixTicket) && path.indexOf(u'/', kPrefixTicket.size()) < 0) ||
        !segmentBetween(path, kPrefixParticipants, kSuffixLedger).isEmpty() ||
        path == QLatin1String("/v1/link-requests") || path == QLatin1String("/v1/links/current") ||
        !segmentBetween(path, kPrefixLinkRequests, kSuffixConfirm).isEmpty();
    if (!known)
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QStringLiteral("No such endpoint in docs/api.md."));
    if (m_faults.failRequest()) {
        HttpResponse failure = HttpResponse::error(503, QStringLiteral("unavailable"),
                                                   QStringLiteral("The server is failing."));
        failure.addHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        return failure;
    }
    if (path == QLatin1String("/v1/status"))
        return get ? serverStatus() : methodNotAllowed("GET");
    if (path == QLatin1String("/v1/devices/register"))
        return post ? m_devices.registerDevice(request.body, nowMs()) : methodNotAllowed("POST");
    if (path == QLatin1String("/v1/policy")) {
        if (!get)
            return methodNotAllowed("GET");
        HttpResponse policy;
        policy.body = m_policyJson;
        return policy;
    }
    if (path.startsWith(kPrefixEnrolment)) {
        if (!get)
            return methodNotAllowed("GET");
        return m_enrolment->status(path.mid(kPrefixEnrolment.size()), nowMs());
    }
    if (path.startsWith(kPrefixTicket))
        return get ? waitingRoomTicket(path.mid(kPrefixTicket.size())) : methodNotAllowed("GET");
    if (std::optional<HttpResponse> participant = routeParticipant(request))
        return *participant;
    return post ? notImplemented() : methodNotAllowed("POST");
}

std::optional<HttpResponse> ApiService::routeParticipant(const ApiRequest &request) {
    const QString &path = request.path;
    const bool post = request.method == "POST";
    if (path == QLatin1String("/v1/activity/days"))
        return post ? m_activity->post(request, today(), nowMs()) : methodNotAllowed("POST");
    const QString ledgerOf = segmentBetween(path, kPrefixParticipants, kSuffixLedger);
    if (!ledgerOf.isEmpty()) {
        return request.method == "GET" ? m_ledger->get(ledgerOf, request, today())
                                       : methodNotAllowed("GET");
    }
    if (path == QLatin1String("/v1/link-requests"))
        return post ? m_links.requestCode(request.body, nowMs()) : methodNotAllowed("POST");
    const QString requestId = segmentBetween(path, kPrefixLinkRequests, kSuffixConfirm);
    if (!requestId.isEmpty()) {
        return post ? m_links.confirm(requestId, request.body, nowMs()) : methodNotAllowed("POST");
    }
    if (path == QLatin1String("/v1/links/current")) {
        return request.method == "DELETE"
                   ? m_links.revoke(request.header("participant-token"), nowMs())
                   : methodNotAllowed("DELETE");
    }
    return std::nullopt;
}

HttpResponse ApiService::adminLinkCode(const ApiRequest &request) const {
    if (!adminAuthorized(request))
        return unauthorized(QStringLiteral("unauthorized"),
                            QStringLiteral("A valid admin token is required."));
    return m_links.newestCode(request.query.queryItemValue(QStringLiteral("participantId")));
}

HttpResponse ApiService::postEnrolment(const ApiRequest &request) {
    bool admitted = true;
    if (m_admission.limited()) {
        HttpResponse refused = admit(request, &admitted);
        if (!admitted)
            return refused;
    }
    HttpResponse response;
    if (m_faults.failRequest()) {
        response = HttpResponse::error(503, QStringLiteral("unavailable"),
                                       QStringLiteral("The server is failing."));
        response.addHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
    } else {
        response = m_enrolment->post(request, today(), nowMs());
    }
    response.holdsAdmission = m_admission.limited();
    return response;
}

HttpResponse ApiService::admit(const ApiRequest &request, bool *admitted) {
    const qint64 now = nowMs();
    *admitted = false;
    if (m_options.waitingRoom) {
        const QString ticket = QString::fromLatin1(request.header("waiting-room-ticket"));
        if (!ticket.isEmpty()) {
            switch (m_room.admitWithTicket(ticket, now)) {
            case WaitingRoom::Admission::Admitted:
                *admitted = true;
                return {};
            case WaitingRoom::Admission::NotReady: {
                // Still in line: the same ticket, its current place.
                const std::optional<TicketView> view = m_room.find(ticket, now);
                HttpResponse wait =
                    HttpResponse::error(503, QStringLiteral("over-capacity"),
                                        QStringLiteral("Your ticket's turn has not come yet."));
                QJsonObject body = QJsonDocument::fromJson(wait.body).object();
                body.insert(QStringLiteral("waitingRoom"), ticketJson(*view, false));
                wait.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                wait.addHeader("Retry-After", QByteArray::number(view->refreshSeconds));
                return wait;
            }
            case WaitingRoom::Admission::Unknown:
                break; // expired or never issued: a newcomer
            }
        }
        m_room.pump(now);
        // Newcomers queue behind anyone already waiting, even when a place is free.
        if (!m_room.hasWaiting() && m_admission.tryAcquire(now)) {
            *admitted = true;
            return {};
        }
        const TicketView view = m_room.issue(now);
        keepPumping();
        HttpResponse wait = HttpResponse::error(
            503, QStringLiteral("over-capacity"),
            QStringLiteral("The server is at capacity; you have a place in line."));
        QJsonObject body = QJsonDocument::fromJson(wait.body).object();
        body.insert(QStringLiteral("waitingRoom"), ticketJson(view, false));
        wait.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        wait.addHeader("Retry-After", QByteArray::number(view.refreshSeconds));
        return wait;
    }
    if (m_admission.tryAcquire(now)) {
        *admitted = true;
        return {};
    }
    HttpResponse busy = HttpResponse::error(503, QStringLiteral("over-capacity"),
                                            QStringLiteral("The server is at capacity."));
    busy.addHeader("Retry-After", QByteArray::number(m_admission.retryAfterSeconds(now)));
    return busy;
}

void ApiService::keepPumping() {
    if (!m_room.hasWaiting())
        return;
    const int interval = m_room.pumpIntervalMs();
    if (!m_pumpTimer.isActive() || m_pumpTimer.interval() != interval)
        m_pumpTimer.start(interval);
}

void ApiService::finished(const HttpResponse &response, Outcome outcome, qint64 serviceMs) {
    if (response.holdsAdmission) {
        m_admission.release(serviceMs);
        if (m_room.hasWaiting()) {
            m_room.pump(nowMs());
            keepPumping();
        }
    }
    if (!response.inFlightKey.isEmpty())
        m_keys.clearInFlight(response.inFlightKey);
    switch (outcome) {
    case Outcome::Delivered:
        if (!response.administrative)
            m_stats.countStatus(response.status);
        break;
    case Outcome::Dropped:
        m_stats.countDropped();
        break;
    case Outcome::Lost:
        m_stats.countLost();
        break;
    }
}

HttpResponse ApiService::serverStatus() const {
    const int remaining = m_enrolment->firstComeRemaining();
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("serverTime"), isoUtcMs(nowMs())},
            {QStringLiteral("policyVersion"), m_policyVersion},
            {QStringLiteral("enrolment"),
             QJsonObject{{QStringLiteral("open"), remaining != 0},
                         {QStringLiteral("firstComeRemaining"),
                          remaining < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(remaining)},
                         {QStringLiteral("cohorts"), m_enrolment->cohorts().modeCode()}}},
        });
}

QJsonObject ApiService::ticketJson(const TicketView &view, bool withReady) const {
    QJsonObject o{
        {QStringLiteral("ticket"), view.ticket},
        {QStringLiteral("position"), view.position},
        {QStringLiteral("estimatedWaitSeconds"),
         QJsonObject{{QStringLiteral("min"), view.waitMinSeconds},
                     {QStringLiteral("max"), view.waitMaxSeconds}}},
        {QStringLiteral("refreshSeconds"), view.refreshSeconds},
        {QStringLiteral("expiresAt"), isoUtcMs(view.expiresMs)},
    };
    if (withReady)
        o.insert(QStringLiteral("ready"), view.ready);
    return o;
}

HttpResponse ApiService::waitingRoomTicket(const QString &ticket) {
    const std::optional<TicketView> view =
        m_options.waitingRoom ? m_room.find(ticket, nowMs()) : std::nullopt;
    if (!view)
        return HttpResponse::error(404, QStringLiteral("unknown-ticket"),
                                   QStringLiteral("The ticket expired or was never issued."));
    return HttpResponse::json(200, ticketJson(*view, true));
}

bool ApiService::adminAuthorized(const ApiRequest &request) const {
    const QByteArray expected = "Bearer " + m_options.adminToken.toUtf8();
    return !m_options.adminToken.isEmpty() &&
           ServerSecrets::sameSecret(request.header("authorization"), expected);
}

HttpResponse ApiService::unauthorized(const QString &code, const QString &message) {
    HttpResponse denied = HttpResponse::error(401, code, message);
    denied.addHeader("WWW-Authenticate", "Bearer");
    return denied;
}

HttpResponse ApiService::adminStats(const ApiRequest &request) const {
    if (!adminAuthorized(request))
        return unauthorized(QStringLiteral("unauthorized"),
                            QStringLiteral("A valid admin token is required."));
    return HttpResponse::json(200, statsJson());
}

QJsonObject ApiService::statsJson() const {
    AdminStats::Live live;
    live.enrolmentsStored = m_enrolment ? m_enrolment->stored() : 0;
    live.processing = m_processing.size();
    live.waitingRoomEnabled = m_options.waitingRoom;
    live.waiting = m_room.waitingCount();
    live.ready = m_room.readyCount();
    live.ticketsIssued = m_room.issuedCount();
    live.inFlight = m_pendingAnswers ? m_pendingAnswers() : 0;
    live.commits = m_batch.batchesCommitted();
    return m_stats.toJson(live);
}

} // namespace wristdoc
