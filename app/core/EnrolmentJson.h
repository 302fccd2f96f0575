#pragma once

#include "EnrolmentApplication.h"
#include "EnrolmentRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

// The body of POST /v1/enrolments (docs/api.md) with the fields the kiosk adds.
struct EnrolmentRequest {
    EnrolmentApplication application;
    QString reference;    // the receipt's short code
    QDateTime createdUtc; // when the kiosk stored it
};

// Writes and reads that body. The client builds the bytes once, when the enrolment is stored,
// and sends the same bytes on every attempt (the server compares a hash of them per key).
class EnrolmentJson {
public:
    static QByteArray encode(const EnrolmentRequest &request); // compact, keys in a fixed order
    // Structure and types only (a missing field, a wrong type, an unknown code); the rules of
    // EnrolmentRules::validate are checked separately. False with issues on any problem.
    static bool decode(const QByteArray &body, EnrolmentRequest *out,
                       QVector<ApplicationIssue> *issues);
};

} // namespace wristdoc
