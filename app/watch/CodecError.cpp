#include "CodecError.h"

namespace wristdoc {

const char *CodecError::codeName(Code code) {
    switch (code) {
    case Code::None:
        return "None";
    case Code::Truncated:
        return "Truncated";
    case Code::TrailingBytes:
        return "TrailingBytes";
    case Code::OddRrLength:
        return "OddRrLength";
    case Code::OutOfRange:
        return "OutOfRange";
    case Code::InvalidDate:
        return "InvalidDate";
    case Code::InvalidUtf8:
        return "InvalidUtf8";
    case Code::ControlCharacter:
        return "ControlCharacter";
    case Code::TooLong:
        return "TooLong";
    case Code::UnknownOpcode:
        return "UnknownOpcode";
    case Code::Inconsistent:
        return "Inconsistent";
    case Code::UnknownUuid:
        return "UnknownUuid";
    }
    return "Unknown";
}

} // namespace wristdoc
