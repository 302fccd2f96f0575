// Kiosk registration in the API layer, on a ManualClock: codes behind the admin token, one use
// each, expiry, wrong codes limited, and device tokens checked on later requests.
#include "ApiRequest.h"
#include "ApiService.h"
#include "ManualClock.h"
#include "QtCoreTestEnvironment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace wristdoc;

namespace {

QJsonObject jsonOf(const HttpResponse &r) {
    return QJsonDocument::fromJson(r.body).object();
}

QString errorCodeOf(const HttpResponse &r) {
    return jsonOf(r)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

class DeviceRegistryTest : public ::testing::Test {
protected:
    DeviceRegistryTest()
        : m_clock(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC)) {
        ServerOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("server.sqlite"));
        options.adminToken = QStringLiteral("admin");
        options.registrationCodeTtlSeconds = 600;
        m_service = std::make_unique<ApiService>(options, &m_clock);
        QString error;
        m_started = m_service->start(&error);
    }

    HttpResponse request(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &authorization = {}) {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        if (!authorization.isEmpty())
            r.headers.insert("authorization", authorization);
        HttpResponse response = m_service->handle(r);
        m_service->finished(response, ApiService::Outcome::Delivered, 1);
        return response;
    }
    QString newCode() {
        const HttpResponse r =
            request("POST", QStringLiteral("/v1/admin/registration-codes"), {}, "Bearer admin");
        EXPECT_EQ(r.status, 201);
        return jsonOf(r).value(QStringLiteral("code")).toString();
    }
    HttpResponse registerWith(const QString &code) {
        return request("POST", QStringLiteral("/v1/devices/register"),
                       QJsonDocument(QJsonObject{{QStringLiteral("code"), code}})
                           .toJson(QJsonDocument::Compact));
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ApiService> m_service;
    bool m_started = false;
};

} // namespace

TEST_F(DeviceRegistryTest, CodesNeedTheAdminToken) {
    ASSERT_TRUE(m_started);
    EXPECT_EQ(request("POST", QStringLiteral("/v1/admin/registration-codes"), {}).status, 401);
    EXPECT_EQ(
        request("POST", QStringLiteral("/v1/admin/registration-codes"), {}, "Bearer nope").status,
        401);
    EXPECT_EQ(
        request("GET", QStringLiteral("/v1/admin/registration-codes"), {}, "Bearer admin").status,
        405);
    const HttpResponse r =
        request("POST", QStringLiteral("/v1/admin/registration-codes"), {}, "Bearer admin");
    ASSERT_EQ(r.status, 201);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{3}-\\d{3}$"))
                    .match(jsonOf(r).value(QStringLiteral("code")).toString())
                    .hasMatch());
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("expiresAt")).toString(),
              QStringLiteral("2026-11-22T01:10:00Z"));
}

TEST_F(DeviceRegistryTest, ACodeIsExchangedOnce) {
    ASSERT_TRUE(m_started);
    const QString code = newCode();
    const HttpResponse first = registerWith(code);
    ASSERT_EQ(first.status, 201);
    const QJsonObject device = jsonOf(first);
    EXPECT_EQ(device.value(QStringLiteral("deviceId")).toString(), QStringLiteral("K-000001"));
    const QByteArray token = device.value(QStringLiteral("token")).toString().toLatin1();
    EXPECT_GE(token.size(), 43); // 256 bits in base64url

    const HttpResponse again = registerWith(code);
    EXPECT_EQ(again.status, 410);
    EXPECT_EQ(errorCodeOf(again), QStringLiteral("code-used"));

    // The digits alone name the same code.
    EXPECT_EQ(errorCodeOf(registerWith(code.left(3) + code.mid(4))), QStringLiteral("code-used"));

    // The token opens device requests; a token never issued is refused.
    EXPECT_EQ(request("GET", QStringLiteral("/v1/status"), {}, "Bearer " + token).status, 200);
    const HttpResponse stranger =
        request("GET", QStringLiteral("/v1/status"), {}, "Bearer not-a-registered-token");
    EXPECT_EQ(stranger.status, 401);
    EXPECT_EQ(errorCodeOf(stranger), QStringLiteral("unknown-device"));
    // Without a token the reference server still serves (registration is not yet required).
    EXPECT_EQ(request("GET", QStringLiteral("/v1/status"), {}).status, 200);
}

TEST_F(DeviceRegistryTest, AnExpiredCodeIsGone) {
    ASSERT_TRUE(m_started);
    const QString code = newCode();
    m_clock.advanceSecs(600);
    const HttpResponse r = registerWith(code);
    EXPECT_EQ(r.status, 410);
    EXPECT_EQ(errorCodeOf(r), QStringLiteral("code-expired"));
}

TEST_F(DeviceRegistryTest, WrongOrMalformedCodesAreInvalid) {
    ASSERT_TRUE(m_started);
    const QString code = newCode();
    const QString other =
        code == QStringLiteral("000-000") ? QStringLiteral("000-001") : QStringLiteral("000-000");
    for (const QString &wrong :
         {other, QStringLiteral("12345"), QStringLiteral("abc-def"), QString()}) {
        const HttpResponse r = registerWith(wrong);
        EXPECT_EQ(r.status, 422) << wrong.toStdString();
        EXPECT_EQ(errorCodeOf(r), QStringLiteral("invalid-code"));
    }
    EXPECT_EQ(request("POST", QStringLiteral("/v1/devices/register"), "not json").status, 422);
}

TEST_F(DeviceRegistryTest, GuessingIsLimited) {
    ASSERT_TRUE(m_started);
    const QString code = newCode();
    const QString wrong =
        code == QStringLiteral("999-999") ? QStringLiteral("999-998") : QStringLiteral("999-999");
    int refusedAsInvalid = 0;
    HttpResponse last;
    for (int i = 0; i < 25; ++i) {
        last = registerWith(wrong);
        if (last.status == 422)
            ++refusedAsInvalid;
    }
    EXPECT_EQ(refusedAsInvalid, 20);
    EXPECT_EQ(last.status, 429);
    EXPECT_EQ(errorCodeOf(last), QStringLiteral("too-many-attempts"));
    bool hasRetryAfter = false;
    for (const auto &h : last.headers)
        hasRetryAfter = hasRetryAfter || h.first == "Retry-After";
    EXPECT_TRUE(hasRetryAfter);
    // Even the right code waits until the window has passed.
    EXPECT_EQ(registerWith(code).status, 429);
    // Once the failures have aged out of the ten-minute window, a right code goes through.
    m_clock.advanceSecs(601);
    EXPECT_EQ(registerWith(newCode()).status, 201);
}
