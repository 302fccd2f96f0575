#include "WatchShortCode.h"

#include <QRegularExpression>

namespace wristdoc {

QString WatchShortCode::fromName(const QString &advertisedName) {
    const QStringList words =
        advertisedName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One word alone is a model name ("WristDoc"), not a code.
    if (words.size() < 2)
        return QString();
    static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z]{4}$"));
    const QString last = words.last();
    return code.match(last).hasMatch() ? last.toUpper() : QString();
}

QString WatchShortCode::fromAddress(const QString &address) {
    QString hex;
    for (const QChar c : address) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            hex.append(c);
        else if (c != QLatin1Char(':') && c != QLatin1Char('-'))
            return QString(); // not an address of hex digits
    }
    return hex.size() >= 4 ? hex.right(4).toUpper() : QString();
}

QString WatchShortCode::forDiscovered(const DiscoveredWatch &watch, Source *source) {
    QString code = fromName(watch.name);
    Source from = Source::Name;
    if (code.isEmpty()) {
        code = fromAddress(watch.address);
        from = code.isEmpty() ? Source::None : Source::Address;
    }
    if (source)
        *source = from;
    return code;
}

QString WatchShortCode::forConnected(const DeviceInformation &info, const DiscoveredWatch &seen,
                                     Source *source) {
    const QString serialCode = info.shortCode();
    if (!serialCode.isEmpty()) {
        if (source)
            *source = Source::Serial;
        return serialCode;
    }
    return forDiscovered(seen, source);
}

} // namespace wristdoc
