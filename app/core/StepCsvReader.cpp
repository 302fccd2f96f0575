#include "StepCsvReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace wristdoc {

namespace {

using Code = StepCsvError::Code;

// A view of one field of the current line; the line buffer outlives it.
struct Field {
    const char *data = nullptr;
    int size = 0;

    QString text() const {
        // Quoted in messages; cut long garbage so the message stays one readable line.
        constexpr int kShown = 40;
        QString shown = QString::fromUtf8(data, qMin(size, kShown));
        if (size > kShown)
            shown += QStringLiteral("...");
        return shown;
    }
};

Field trimmed(const char *begin, const char *end) {
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return Field{begin, int(end - begin)};
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int digits(const char *p, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). Parsing by
// hand keeps years of minutes fast; QDateTime would cost far more per row.
qint64 daysFromCivil(int year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

class LineParser {
public:
    LineParser(QString fileName, StepCsvReader::Format format)
        : m_fileName(std::move(fileName))
        , m_format(format) {}

    // Parses one data line (no line end) into sample; false with error set on refusal.
    bool parse(const char *line, int size, int lineNumber, MinuteSample *sample,
               StepCsvError *error) {
        m_lineNumber = lineNumber;
        m_error = error;

        Field fields[3];
        const int expected = m_format == StepCsvReader::Format::Steps ? 2 : 3;
        int count = 0;
        const char *start = line;
        const char *end = line + size;
        for (const char *p = line;; ++p) {
            if (p == end || *p == ',') {
                if (count < 3)
                    fields[count] = trimmed(start, p);
                ++count;
                start = p + 1;
                if (p == end)
                    break;
            }
        }
        if (count != expected) {
            return fail(Code::ColumnCount,
                        QStringLiteral("expected %1 columns (%2), found %3")
                            .arg(expected)
                            .arg(expected == 2 ? QStringLiteral("timestamp_utc,steps")
                                               : QStringLiteral("timestamp_utc,steps,heart_rate"))
                            .arg(count));
        }

        MinuteSample result;
        if (!parseTimestamp(fields[0], &result.minuteUtc))
            return false;

        const bool hasHeartRateColumn = expected == 3;
        if (fields[1].size == 0) {
            if (!hasHeartRateColumn)
                return fail(Code::MissingValue, QStringLiteral("steps is empty"));
            if (fields[2].size == 0) {
                return fail(Code::MissingValue,
                            QStringLiteral("row has neither steps nor heart_rate"));
            }
        } else if (!parseSteps(fields[1], &result.steps)) {
            return false;
        }
        if (hasHeartRateColumn && fields[2].size > 0 &&
            !parseHeartRate(fields[2], &result.heartRate))
            return false;

        *sample = result;
        return true;
    }

private:
    bool fail(Code code, const QString &message) {
        m_error->code = code;
        m_error->fileName = m_fileName;
        m_error->line = m_lineNumber;
        m_error->message = message;
        return false;
    }

    bool parseTimestamp(const Field &field, qint64 *minuteUtc) {
        // YYYY-MM-DDTHH:MM:SSZ
        static constexpr char kShape[] = "dddd-dd-ddTdd:dd:ddZ";
        bool shaped = field.size == 20;
        for (int i = 0; shaped && i < 20; ++i)
            shaped = kShape[i] == 'd' ? isDigit(field.data[i]) : field.data[i] == kShape[i];
        const char *p = field.data;
        const int year = shaped ? digits(p, 4) : 0;
        const int month = shaped ? digits(p + 5, 2) : 0;
        const int day = shaped ? digits(p + 8, 2) : 0;
        const int hour = shaped ? digits(p + 11, 2) : 0;
        const int minute = shaped ? digits(p + 14, 2) : 0;
        const int second = shaped ? digits(p + 17, 2) : 0;
        if (!shaped || year < 1970 || month < 1 || month > 12 || day < 1 ||
            day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return fail(Code::MalformedTimestamp,
                        QStringLiteral("malformed timestamp \"%1\"; expected YYYY-MM-DDTHH:MM:00Z "
                                       "in UTC, for example 2026-03-01T14:59:00Z")
                            .arg(field.text()));
        }
        if (second != 0) {
            return fail(Code::NonZeroSeconds,
                        QStringLiteral("timestamp \"%1\" has seconds %2; each row is one whole "
                                       "minute, so the seconds must be 00")
                            .arg(field.text())
                            .arg(second));
        }
        *minuteUtc = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60;
        return true;
    }

    // Whole decimal number, optionally negative; false when not a number. Values too large for
    // the limits are clamped, since any of them is refused anyway.
    static bool parseWhole(const Field &field, qint64 *value) {
        int i = 0;
        const bool negative = field.size > 0 && field.data[0] == '-';
        if (negative)
            ++i;
        if (i == field.size)
            return false;
        qint64 result = 0;
        for (; i < field.size; ++i) {
            if (!isDigit(field.data[i]))
                return false;
            result = qMin<qint64>(result * 10 + (field.data[i] - '0'), 1'000'000'000);
        }
        *value = negative ? -result : result;
        return true;
    }

    bool parseSteps(const Field &field, int *steps) {
        qint64 value = 0;
        if (!parseWhole(field, &value)) {
            return fail(Code::MalformedNumber,
                        QStringLiteral("steps \"%1\" is not a whole number").arg(field.text()));
        }
        if (value < 0)
            return fail(Code::NegativeSteps, QStringLiteral("negative steps (%1)").arg(value));
        if (value > kMaxStepsPerMinute) {
            return fail(Code::TooManySteps,
                        QStringLiteral("%1 steps in one minute is more than the limit of %2")
                            .arg(value)
                            .arg(kMaxStepsPerMinute));
        }
        *steps = int(value);
        return true;
    }

    bool parseHeartRate(const Field &field, int *heartRate) {
        qint64 value = 0;
        if (!parseWhole(field, &value)) {
            return fail(
                Code::MalformedNumber,
                QStringLiteral("heart_rate \"%1\" is not a whole number").arg(field.text()));
        }
        if (value < kMinHeartRate || value > kMaxHeartRate) {
            return fail(Code::HeartRateOutOfRange,
                        QStringLiteral("heart rate %1 is outside %2..%3 beats per minute")
                            .arg(value)
                            .arg(kMinHeartRate)
                            .arg(kMaxHeartRate));
        }
        *heartRate = int(value);
        return true;
    }

    QString m_fileName;
    StepCsvReader::Format m_format;
    int m_lineNumber = 0;            // of the line being parsed, for the error
    StepCsvError *m_error = nullptr; // where the current parse() reports
};

bool isHeader(const char *line, int size, StepCsvReader::Format *format) {
    QList<QByteArray> names;
    const char *start = line;
    for (const char *p = line;; ++p) {
        if (p == line + size || *p == ',') {
            const Field field = trimmed(start, p);
            names.append(QByteArray(field.data, field.size));
            start = p + 1;
            if (p == line + size)
                break;
        }
    }
    if (names.size() < 2 || names.size() > 3 || names.at(0) != "timestamp_utc" ||
        names.at(1) != "steps" || (names.size() == 3 && names.at(2) != "heart_rate")) {
        return false;
    }
    *format =
        names.size() == 2 ? StepCsvReader::Format::Steps : StepCsvReader::Format::StepsAndHeartRate;
    return true;
}

StepCsvReader::Result failure(Code code, const QString &fileName, int line,
                              const QString &message) {
    StepCsvReader::Result result;
    result.error.code = code;
    result.error.fileName = fileName;
    result.error.line = line;
    result.error.message = message;
    return result;
}

// Ascending by minute; of equal minutes only the last row of the file stays.
void sortAndKeepLast(MinuteSamples *samples) {
    const auto byMinute = [](const MinuteSample &a, const MinuteSample &b) {
        return a.minuteUtc < b.minuteUtc;
    };
    // Watch exports are nearly always in order already; skip the sort then.
    if (!std::is_sorted(samples->cbegin(), samples->cend(), byMinute))
        std::stable_sort(samples->begin(), samples->end(), byMinute);
    int kept = 0;
    for (int i = 0; i < samples->size(); ++i) {
        const bool lastOfRun =
            i + 1 == samples->size() || samples->at(i + 1).minuteUtc != samples->at(i).minuteUtc;
        if (lastOfRun)
            (*samples)[kept++] = samples->at(i);
    }
    samples->resize(kept);
}

} // namespace

StepCsvReader::Result StepCsvReader::readFile(const QString &path) {
    QFile file(path);
    if (!QFileInfo::exists(path))
        return failure(Code::CannotOpen, path, 0, QStringLiteral("no such file"));
    if (QFileInfo(path).isDir())
        return failure(Code::CannotOpen, path, 0, QStringLiteral("is a directory, not a file"));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Code::CannotOpen, path, 0,
                       QStringLiteral("cannot open: %1").arg(file.errorString()));
    }
    return read(file, path);
}

StepCsvReader::Result StepCsvReader::read(QIODevice &device, const QString &fileName) {
    Result result;
    LineParser parser(fileName, Format::Steps);
    char buffer[kMaxLineLength + 2];
    int lineNumber = 0;
    int firstBlankLine = 0; // blank lines are fine only at the end of the file
    bool haveHeader = false;

    while (!device.atEnd()) {
        const qint64 read = device.readLine(buffer, sizeof(buffer));
        if (read < 0) {
            return failure(Code::ReadFailed, fileName, lineNumber + 1,
                           QStringLiteral("read error: %1").arg(device.errorString()));
        }
        ++lineNumber;
        int size = int(read);
        const bool complete = size > 0 && buffer[size - 1] == '\n';
        if (!complete && !device.atEnd()) {
            return failure(Code::LineTooLong, fileName, lineNumber,
                           QStringLiteral("line longer than %1 characters").arg(kMaxLineLength));
        }
        if (complete)
            --size;
        if (size > 0 && buffer[size - 1] == '\r')
            --size;
        const char *line = buffer;
        if (lineNumber == 1 && size >= 3 && qstrncmp(line, "\xEF\xBB\xBF", 3) == 0) {
            line += 3;
            size -= 3;
        }

        if (trimmed(line, line + size).size == 0) {
            if (firstBlankLine == 0)
                firstBlankLine = lineNumber;
            continue;
        }
        if (!haveHeader) {
            if (lineNumber != 1 || !isHeader(line, size, &result.format)) {
                return failure(Code::MissingHeader, fileName, 1,
                               QStringLiteral("missing header; the first line must be "
                                              "timestamp_utc,steps or "
                                              "timestamp_utc,steps,heart_rate"));
            }
            haveHeader = true;
            parser = LineParser(fileName, result.format);
            continue;
        }
        if (firstBlankLine > 0) {
            return failure(Code::EmptyLine, fileName, firstBlankLine,
                           QStringLiteral("empty line before more data"));
        }

        MinuteSample sample;
        if (!parser.parse(line, size, lineNumber, &sample, &result.error)) {
            result.samples.clear();
            return result;
        }
        result.samples.append(sample);
    }

    if (!haveHeader) {
        // Nothing but blank lines (or a bare byte order mark).
        return failure(Code::EmptyFile, fileName, 1,
                       QStringLiteral("file is empty; the first line must be the header "
                                      "timestamp_utc,steps"));
    }
    sortAndKeepLast(&result.samples);
    result.ok = true;
    return result;
}

} // namespace wristdoc
