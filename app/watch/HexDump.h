#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace wristdoc {

// Hex dumps of payloads as support staff paste them and recorded test vectors hold them.
class HexDump {
public:
    // "0E 4E", "0e4e", "0E:4E": tokens of hex digit pairs separated by spaces, tabs or colons.
    // Fails with a one-line reason (a stray character, a token with an odd number of digits).
    static bool parse(QStringView text, QByteArray *bytes, QString *error);
    // Upper-case pairs separated by single spaces: "0E 4E".
    static QString format(QByteArrayView bytes);
};

} // namespace wristdoc
