#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <deque>

namespace wristdoc {

class CommitBatch;
class ServerDatabase;

// Kiosk registration (docs/api.md, "Kiosk registration"): the programme office creates a
// one-time code behind the admin token; a kiosk exchanges it, once, for a device id and a bearer
// token. Codes are six digits ("123-456") valid for a few minutes; a spent or expired code is
// kept so the kiosk is told which it was. Tokens are 256 random bits of which only a SHA-256
// is stored. Wrong codes are counted: too many in a short window and every attempt is refused
// for a while, so nobody can walk through the million codes.
class DeviceRegistry {
public:
    struct Settings {
        int codeTtlSeconds = 600;
        int maxFailuresPerWindow = 20;
        qint64 failureWindowMs = 10 * 60 * 1000;
    };

    DeviceRegistry(ServerDatabase *database, CommitBatch *batch, const Settings &settings);

    // POST /v1/admin/registration-codes (the caller has checked the admin token).
    HttpResponse createCode(qint64 nowMs);
    // POST /v1/devices/register {"code": "123-456"}
    HttpResponse registerDevice(const QByteArray &body, qint64 nowMs);

    enum class Bearer { Absent, Known, Unknown };
    // Whether an Authorization header names a registered device.
    Bearer checkBearer(const QByteArray &authorization) const;
    int deviceCount() const;

private:
    HttpResponse refuse(int status, const QString &code, const QString &message, qint64 nowMs);
    bool tooManyFailures(qint64 nowMs);

    ServerDatabase *m_database;
    CommitBatch *m_batch;
    Settings m_settings;
    std::deque<qint64> m_failures; // times of recent wrong, spent or expired codes
};

} // namespace wristdoc
