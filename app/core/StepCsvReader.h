#pragma once

#include "MinuteSample.h"
#include "StepCsvError.h"

#include <QString>

class QIODevice;

namespace wristdoc {

// Reads per-minute watch data from CSV in one pass:
//   timestamp_utc,steps                 (header required; steps required on every row)
//   timestamp_utc,steps,heart_rate      (import format; either value may be empty, not both)
// Timestamps are exactly YYYY-MM-DDTHH:MM:00Z. A repeated timestamp is the same minute: the last
// row wins. Tolerates a UTF-8 byte order mark, CRLF line ends, spaces around fields and blank
// lines at the end. The samples come back ascending by minute, one per minute.
class StepCsvReader {
public:
    enum class Format { Steps, StepsAndHeartRate };

    struct Result {
        bool ok = false;
        Format format = Format::Steps;
        MinuteSamples samples;
        StepCsvError error;
    };

    static Result readFile(const QString &path);
    // device must be open for reading; fileName only names the source in errors.
    static Result read(QIODevice &device, const QString &fileName);

    static constexpr int kMaxLineLength = 1024;
};

} // namespace wristdoc
