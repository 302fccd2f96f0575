#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace wristdoc {

// One HTTP request as the API layer sees it: copied out of QHttpServerRequest, because the
// answer may be written long after the server has reused that object for the next request.
struct ApiRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;      // "/v1/enrolments"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
};

} // namespace wristdoc
