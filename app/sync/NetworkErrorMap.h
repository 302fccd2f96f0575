#pragma once

#include "NetworkErrorKind.h"

#include <QNetworkReply>

namespace wristdoc {

// QNetworkReply's error codes in the classifier's terms. Errors that come with an HTTP status
// (content, protocol and server errors such as 404 or 503) map to None: the status says more.
class NetworkErrorMap {
public:
    static NetworkErrorKind fromReplyError(QNetworkReply::NetworkError error);
};

} // namespace wristdoc
