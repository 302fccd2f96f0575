#include "StaffMessages.h"

#include <QRegularExpression>

namespace wristdoc {

QString StaffMessages::state(DeliveryState state) {
    switch (state) {
    case DeliveryState::Pending:
        return tr("Waiting to be sent");
    case DeliveryState::Sending:
        return tr("Being sent now");
    case DeliveryState::Queued:
        return tr("In the programme's queue");
    case DeliveryState::Confirmed:
        return tr("Delivered and confirmed");
    case DeliveryState::Rejected:
        return tr("Refused by the programme");
    case DeliveryState::NeedsAttention:
        return tr("Needs attention");
    }
    return QString();
}

QString StaffMessages::problem(const QString &code) {
    if (code.isEmpty())
        return QString();
    if (code == QLatin1String("timeout"))
        return tr("The server did not answer in time.");
    if (code == QLatin1String("connection-refused"))
        return tr("The server could not be reached. It may be down or restarting.");
    if (code == QLatin1String("connection-reset"))
        return tr("The connection was cut off while sending.");
    if (code == QLatin1String("host-not-found"))
        return tr("The server's address was not found. Check the network connection.");
    if (code == QLatin1String("tls-error"))
        return tr("A secure connection could not be made (certificate problem).");
    if (code == QLatin1String("network-error"))
        return tr("A network problem stopped the sending.");
    if (code == QLatin1String("http-429") || code == QLatin1String("http-503") ||
        code == QLatin1String("over-capacity"))
        return tr("The server was busy and asked the kiosk to wait.");
    if (code == QLatin1String("malformed-body"))
        return tr("The server's answer could not be read.");
    if (code == QLatin1String("in-flight"))
        return tr("The server was still working on this application.");
    if (code == QLatin1String("not-cohort-day"))
        return tr("This applicant's day has not come yet.");
    if (code == QLatin1String("already-enrolled"))
        return tr("The programme says this person already takes part.");
    if (code == QLatin1String("invalid"))
        return tr("The programme refused some of the details.");
    if (code == QLatin1String("capacity-reached"))
        return tr("All places in this round are taken.");
    if (code == QLatin1String("key-reused"))
        return tr("The server saw this request before with other contents. Please report it.");
    if (code == QLatin1String("body-unreadable"))
        return tr("The stored application could not be opened on this kiosk.");
    static const QRegularExpression http(QStringLiteral("^http-(5\\d\\d)$"));
    const QRegularExpressionMatch serverError = http.match(code);
    if (serverError.hasMatch())
        //: %1 is an HTTP status such as 500.
        return tr("The server had a problem (error %1).").arg(serverError.captured(1));
    //: %1 is a short technical code, for the helpdesk.
    return tr("The server gave an answer the kiosk did not expect (%1).").arg(code.left(40));
}

QString StaffMessages::reachability(ServerReachability reachability, const QString &code) {
    switch (reachability) {
    case ServerReachability::NotConfigured:
        return tr("No server is set for this kiosk. Applications are kept here.");
    case ServerReachability::Unknown:
        return tr("Not checked yet.");
    case ServerReachability::Checking:
        return tr("Checking...");
    case ServerReachability::Reachable:
        return tr("The server answers.");
    case ServerReachability::Busy:
        return tr("The server answers but is too busy to take work now.");
    case ServerReachability::Unreachable:
        return code.isEmpty() ? tr("The server cannot be reached.") : problem(code);
    }
    return QString();
}

QString StaffMessages::pinRule(PinRuleIssue issue) {
    switch (issue) {
    case PinRuleIssue::None:
        return QString();
    case PinRuleIssue::NotDigits:
        return tr("Use digits only.");
    case PinRuleIssue::TooShort:
        return tr("Use at least %1 digits.").arg(StaffPinRules::kMinDigits);
    case PinRuleIssue::TooLong:
        return tr("Use at most %1 digits.").arg(StaffPinRules::kMaxDigits);
    case PinRuleIssue::AllSame:
        return tr("Do not use the same digit throughout. It is too easy to guess.");
    case PinRuleIssue::Sequence:
        return tr("Do not use digits in a row such as 123456. It is too easy to guess.");
    }
    return QString();
}

QString StaffMessages::duration(qint64 seconds) {
    // Short units with a number, never "minute(s)": the console is read at a glance.
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        //: %1 is a number of hours, %2 a number of minutes.
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    //: %1 is a number of days, %2 a number of hours.
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString StaffMessages::time(const QDateTime &utc, const QDateTime &nowUtc, const QTimeZone &zone,
                            const QLocale &locale) {
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toTimeZone(zone);
    const QString clock = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (nowUtc.isValid() && local.date() == nowUtc.toTimeZone(zone).date())
        return clock;
    //: Date format for a day other than today, e.g. "Nov 21"; then the time.
    return tr("%1 %2").arg(locale.toString(local.date(), tr("MMM d")), clock);
}

QString StaffMessages::nextAttempt(const DeliveryStatus &status, const QDateTime &nowUtc,
                                   const QTimeZone &zone, const QLocale &locale) {
    switch (status.state) {
    case DeliveryState::Confirmed:
    case DeliveryState::Rejected:
        return tr("No more attempts");
    case DeliveryState::Sending:
        return tr("Now");
    default:
        break;
    }
    if (!status.nextAttemptUtc.isValid())
        return tr("Not planned");
    if (nowUtc.isValid() && status.nextAttemptUtc <= nowUtc)
        return tr("Now");
    return time(status.nextAttemptUtc, nowUtc, zone, locale);
}

} // namespace wristdoc
