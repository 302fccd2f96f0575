#include "NetworkErrorMap.h"

#include <gtest/gtest.h>

using namespace wristdoc;

TEST(NetworkErrorMap, TransportFailures) {
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::NoError), NetworkErrorKind::None);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::ConnectionRefusedError),
              NetworkErrorKind::ConnectionRefused);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::RemoteHostClosedError),
              NetworkErrorKind::ConnectionReset);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::HostNotFoundError),
              NetworkErrorKind::HostNotFound);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::TimeoutError),
              NetworkErrorKind::Timeout);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::OperationCanceledError),
              NetworkErrorKind::Timeout);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::SslHandshakeFailedError),
              NetworkErrorKind::TlsError);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::ProxyConnectionClosedError),
              NetworkErrorKind::ConnectionReset);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::TemporaryNetworkFailureError),
              NetworkErrorKind::Other);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::ProtocolFailure),
              NetworkErrorKind::Other);
    EXPECT_EQ(NetworkErrorMap::fromReplyError(QNetworkReply::UnknownNetworkError),
              NetworkErrorKind::Other);
}

TEST(NetworkErrorMap, HttpErrorsLeaveItToTheStatus) {
    const QNetworkReply::NetworkError httpErrors[] = {QNetworkReply::ContentNotFoundError,
                                                      QNetworkReply::ContentConflictError,
                                                      QNetworkReply::ContentGoneError,
                                                      QNetworkReply::UnknownContentError,
                                                      QNetworkReply::InternalServerError,
                                                      QNetworkReply::ServiceUnavailableError,
                                                      QNetworkReply::UnknownServerError,
                                                      QNetworkReply::ContentAccessDenied,
                                                      QNetworkReply::OperationNotImplementedError};
    for (const auto error : httpErrors)
        EXPECT_EQ(NetworkErrorMap::fromReplyError(error), NetworkErrorKind::None) << int(error);
}

TEST(NetworkErrorMap, CodesAreStable) {
    EXPECT_TRUE(networkErrorCode(NetworkErrorKind::None).isEmpty());
    EXPECT_EQ(networkErrorCode(NetworkErrorKind::Timeout), QStringLiteral("timeout"));
    EXPECT_EQ(networkErrorCode(NetworkErrorKind::ConnectionReset),
              QStringLiteral("connection-reset"));
    EXPECT_EQ(networkErrorCode(NetworkErrorKind::PinMismatch), QStringLiteral("pin-mismatch"));
    EXPECT_EQ(networkErrorCode(NetworkErrorKind::InsecureAddress),
              QStringLiteral("insecure-address"));
}
