#pragma once

#include <QString>

namespace wristdoc {

class RandomSource;

// The short code on the citizen's receipt ("WD-7K3F9Q"), read aloud to a helpdesk or typed by
// staff. Its alphabet leaves out 0/O and 1/I, which look and sound alike. 32 symbols, so each is
// one uniform draw of five random bits.
class ReferenceCode {
public:
    static constexpr int kSymbols = 6;
    static QString prefix() { return QStringLiteral("WD-"); }
    static QString alphabet() { return QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ"); }

    static QString generate(RandomSource &random);
    static bool isWellFormed(const QString &code);
    // What someone typed ("wd 7k3f9q", "7K3F9Q", "WD-7K3F-9Q") in the canonical form, or an
    // empty string if it cannot be a reference. Lower case is accepted; O, I, 0 and 1 are not in
    // the alphabet, so a code with them is refused.
    static QString normalize(const QString &typed);
};

} // namespace wristdoc
