#pragma once

#include <QString>

namespace wristdoc {

// Why a step CSV was refused, with the place to look. message is English (for stderr); the code
// lets a UI pick its own translated sentence.
struct StepCsvError {
    enum class Code {
        None,
        CannotOpen,
        ReadFailed,
        EmptyFile,
        MissingHeader,
        LineTooLong,
        EmptyLine,
        ColumnCount,
        MalformedTimestamp,
        NonZeroSeconds,
        MalformedNumber,
        MissingValue,
        NegativeSteps,
        TooManySteps,
        HeartRateOutOfRange,
    };

    Code code = Code::None;
    QString fileName;
    int line = 0; // 1-based; 0 when the error is about the whole file
    QString message;

    bool isError() const { return code != Code::None; }

    // "FILE:LINE: message", or "FILE: message" without a line.
    QString toString() const {
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(fileName, message);
    }
};

} // namespace wristdoc
