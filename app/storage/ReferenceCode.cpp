#include "ReferenceCode.h"

#include "RandomSource.h"

namespace wristdoc {

QString ReferenceCode::generate(RandomSource &random) {
    const QString symbols = alphabet();
    QString code = prefix();
    code.reserve(prefix().size() + kSymbols);
    for (int i = 0; i < kSymbols; ++i)
        code.append(symbols.at(int(random.next32() >> 27))); // top five bits: 0..31, unbiased
    return code;
}

bool ReferenceCode::isWellFormed(const QString &code) {
    if (code.size() != prefix().size() + kSymbols || !code.startsWith(prefix()))
        return false;
    const QString symbols = alphabet();
    for (int i = prefix().size(); i < code.size(); ++i) {
        if (!symbols.contains(code.at(i)))
            return false;
    }
    return true;
}

QString ReferenceCode::normalize(const QString &typed) {
    QString compact;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        compact.append(c.toUpper());
    }
    if (compact.startsWith(QLatin1String("WD")) && compact.size() == 2 + kSymbols)
        compact = compact.mid(2);
    const QString code = prefix() + compact;
    return isWellFormed(code) ? code : QString();
}

} // namespace wristdoc
