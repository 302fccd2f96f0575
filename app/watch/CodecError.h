#pragma once

#include <QString>

namespace wristdoc {

// Why a GATT payload was refused, or why a value cannot be encoded. message is one English line
// (for logs without personal data, and for wristdoc-cli); code lets a caller branch or pick its
// own translated sentence.
struct CodecError {
    enum class Code {
        None,
        Truncated,        // the payload ends before a field its flags or format require
        TrailingBytes,    // bytes after the last field where the format allows none
        OddRrLength,      // an RR-interval field that is not a whole number of uint16 values
        OutOfRange,       // a field outside its range: battery 101, month 13, sequence 0, ...
        InvalidDate,      // every field in range, yet no such calendar date (30 February)
        InvalidUtf8,      // a string that is not well-formed UTF-8
        ControlCharacter, // a string with a control character (embedded NUL, newline, ...)
        TooLong,          // longer than the format or the attribute allows
        UnknownOpcode,    // an opcode, packet type or format version this side does not know
        Inconsistent,     // fields that contradict each other (record count and length, order)
        UnknownUuid,      // no codec for this characteristic
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }

    // "Truncated", "OutOfRange", ...: stable names for test data and scripts.
    static const char *codeName(Code code);
};

} // namespace wristdoc
