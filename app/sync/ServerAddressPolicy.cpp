#include "ServerAddressPolicy.h"

#include <QHostAddress>

namespace wristdoc {

bool ServerAddressPolicy::isLoopbackHost(const QString &host) {
    QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("localhost."), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

ServerAddressPolicy::Verdict ServerAddressPolicy::check(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return Verdict::NotAnAddress;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Verdict::Allowed;
    if (scheme != QLatin1String("http"))
        return Verdict::UnsupportedScheme;
    return isLoopbackHost(url.host()) ? Verdict::Allowed : Verdict::PlainHttpToRemoteHost;
}

QString ServerAddressPolicy::detail(Verdict verdict, const QUrl &url) {
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    switch (verdict) {
    case Verdict::Allowed:
        return {};
    case Verdict::NotAnAddress:
        return QStringLiteral("the server address '%1' is not a URL with a host").arg(shown);
    case Verdict::UnsupportedScheme:
        return QStringLiteral("the server address '%1' must start with https:// (or http:// "
                              "for this machine only)")
            .arg(shown);
    case Verdict::PlainHttpToRemoteHost:
        return QStringLiteral("refusing clear-text http:// to '%1': use https:// for any host "
                              "that is not this machine (127.0.0.1, ::1, localhost)")
            .arg(url.host());
    }
    return {};
}

QString ServerAddressPolicy::userMessage(Verdict verdict) {
    switch (verdict) {
    case Verdict::Allowed:
        return {};
    case Verdict::NotAnAddress:
    case Verdict::UnsupportedScheme:
        return tr("The programme server address is not valid. Ask the programme office for the "
                  "right address; it starts with https://.");
    case Verdict::PlainHttpToRemoteHost:
        return tr("The programme server address must start with https:// so that what you "
                  "enter is sent safely. Nothing was sent. Ask the programme office for the "
                  "secure address.");
    }
    return {};
}

} // namespace wristdoc
