#include "HexDump.h"

namespace wristdoc {

namespace {

int hexValue(QChar c) {
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

bool isSeparator(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char(':');
}

} // namespace

bool HexDump::parse(QStringView text, QByteArray *bytes, QString *error) {
    QByteArray result;
    result.reserve(text.size() / 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !isSeparator(text[i])) {
            if (hexValue(text[i]) < 0) {
                const QChar c = text[i];
                *error =
                    c.isPrint()
                        ? QStringLiteral("'%1' at position %2 is not a hex digit").arg(c).arg(i + 1)
                        : QStringLiteral("character U+%1 at position %2 is not a "
                                         "hex digit")
                              .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                              .arg(i + 1);
                return false;
            }
            ++i;
        }
        const QStringView token = text.mid(start, i - start);
        if (token.size() % 2 != 0) {
            *error = QStringLiteral("\"%1\" at position %2 has an odd number of hex digits")
                         .arg(token.left(16).toString())
                         .arg(start + 1);
            return false;
        }
        for (qsizetype k = 0; k < token.size(); k += 2)
            result.append(static_cast<char>(hexValue(token[k]) * 16 + hexValue(token[k + 1])));
    }
    *bytes = result;
    return true;
}

QString HexDump::format(QByteArrayView bytes) {
    return QString::fromLatin1(bytes.toByteArray().toHex(' ').toUpper());
}

} // namespace wristdoc
