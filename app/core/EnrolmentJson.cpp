#include "EnrolmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wristdoc {

QByteArray EnrolmentJson::encode(const EnrolmentRequest &request) {
    const EnrolmentApplication &a = request.application;
    QJsonObject applicant{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("birthDate"), a.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("mobile"), a.mobile},
        {QStringLiteral("district"), a.district},
    };
    QJsonArray consents;
    for (const ConsentGrant &c : a.consents) {
        consents.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("version"), c.version},
                                    {QStringLiteral("granted"), c.granted}});
    }
    QJsonObject body{
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("eligibility"), eligibilityCode(a.eligibility)},
        {QStringLiteral("device"), deviceChoiceCode(a.device)},
        {QStringLiteral("consents"), consents},
        {QStringLiteral("reference"), request.reference},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("createdAt"),
         request.createdUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
    };
    if (!a.watchSerial.isEmpty())
        body.insert(QStringLiteral("watchSerial"), a.watchSerial);
    // QJsonObject keeps keys sorted, so the same request always gives the same bytes.
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

class Reader {
public:
    explicit Reader(QVector<ApplicationIssue> *issues)
        : m_issues(issues) {}

    QString string(const QJsonObject &o, const QString &key, const QString &field,
                   bool required = true) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(field, QStringLiteral("required"));
            return {};
        }
        if (!v.isString()) {
            add(field, QStringLiteral("type"));
            return {};
        }
        return v.toString();
    }

    void add(const QString &field, const QString &code) { m_issues->append({field, code}); }
    bool failed() const { return !m_issues->isEmpty(); }

private:
    QVector<ApplicationIssue> *m_issues;
};

} // namespace

bool EnrolmentJson::decode(const QByteArray &body, EnrolmentRequest *out,
                           QVector<ApplicationIssue> *issues) {
    QVector<ApplicationIssue> local;
    QVector<ApplicationIssue> *sink = issues ? issues : &local;
    const int before = sink->size();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        sink->append({QString(), QStringLiteral("malformed-json")});
        return false;
    }
    QVector<ApplicationIssue> found;
    Reader r(&found);
    const QJsonObject root = doc.object();
    EnrolmentRequest request;
    EnrolmentApplication &a = request.application;

    const QJsonValue applicantValue = root.value(QStringLiteral("applicant"));
    if (!applicantValue.isObject()) {
        r.add(QStringLiteral("applicant"),
              applicantValue.isUndefined() ? QStringLiteral("required") : QStringLiteral("type"));
    } else {
        const QJsonObject ap = applicantValue.toObject();
        a.name = r.string(ap, QStringLiteral("name"), QStringLiteral("applicant.name"));
        const QString birth =
            r.string(ap, QStringLiteral("birthDate"), QStringLiteral("applicant.birthDate"));
        if (!birth.isEmpty()) {
            a.birthDate = QDate::fromString(birth, Qt::ISODate);
            if (!a.birthDate.isValid() || birth.size() != 10)
                r.add(QStringLiteral("applicant.birthDate"), QStringLiteral("impossible-date"));
        }
        a.mobile = r.string(ap, QStringLiteral("mobile"), QStringLiteral("applicant.mobile"));
        a.district = r.string(ap, QStringLiteral("district"), QStringLiteral("applicant.district"));
    }
    const QString eligibility =
        r.string(root, QStringLiteral("eligibility"), QStringLiteral("eligibility"));
    if (!eligibility.isEmpty() && !eligibilityFromCode(eligibility, &a.eligibility))
        r.add(QStringLiteral("eligibility"), QStringLiteral("unknown-value"));
    const QString device = r.string(root, QStringLiteral("device"), QStringLiteral("device"));
    if (!device.isEmpty() && !deviceChoiceFromCode(device, &a.device))
        r.add(QStringLiteral("device"), QStringLiteral("unknown-value"));

    const QJsonValue consents = root.value(QStringLiteral("consents"));
    if (!consents.isArray()) {
        r.add(QStringLiteral("consents"),
              consents.isUndefined() ? QStringLiteral("required") : QStringLiteral("type"));
    } else {
        for (const QJsonValue &v : consents.toArray()) {
            const QJsonObject c = v.toObject();
            if (!v.isObject() || !c.value(QStringLiteral("id")).isString() ||
                !c.value(QStringLiteral("version")).isString() ||
                !c.value(QStringLiteral("granted")).isBool()) {
                r.add(QStringLiteral("consents"), QStringLiteral("type"));
                continue;
            }
            a.consents.append({c.value(QStringLiteral("id")).toString(),
                               c.value(QStringLiteral("version")).toString(),
                               c.value(QStringLiteral("granted")).toBool()});
        }
    }
    request.reference = r.string(root, QStringLiteral("reference"), QStringLiteral("reference"));
    a.language = r.string(root, QStringLiteral("language"), QStringLiteral("language"), false);
    if (a.language.isEmpty())
        a.language = QStringLiteral("ko");
    a.watchSerial =
        r.string(root, QStringLiteral("watchSerial"), QStringLiteral("watchSerial"), false);
    const QString created =
        r.string(root, QStringLiteral("createdAt"), QStringLiteral("createdAt"));
    if (!created.isEmpty()) {
        request.createdUtc = QDateTime::fromString(created, Qt::ISODate);
        if (!request.createdUtc.isValid())
            r.add(QStringLiteral("createdAt"), QStringLiteral("format"));
        else
            request.createdUtc = request.createdUtc.toUTC();
    }
    sink->append(found);
    if (sink->size() != before)
        return false;
    if (out)
        *out = request;
    return true;
}

} // namespace wristdoc
