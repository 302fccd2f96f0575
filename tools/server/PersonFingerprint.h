#pragma once

#include <QByteArray>

namespace wristdoc {

struct EnrolmentApplication;

// Recognises a person who enrols twice (under another key) without keeping who they are: an
// HMAC-SHA-256, keyed by the database's secret salt, of the normalised name, birth date and
// mobile number. Neither the inputs nor the result are ever logged.
class PersonFingerprint {
public:
    static QByteArray of(const QByteArray &salt, const EnrolmentApplication &application);
};

} // namespace wristdoc
