#pragma once

// An invariant a fuzzer checks beyond "no crash": a failure prints where and aborts, so
// libFuzzer saves the input as a crash artifact.
#include <QByteArrayView>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define WRISTDOC_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace wristdoc {

inline QByteArrayView fuzzInput(const uint8_t *data, size_t size) {
    return QByteArrayView(data, static_cast<qsizetype>(size));
}

// Every error a codec returns is one non-empty line (wristdoc-cli prints it as is).
inline bool isOneLine(const QString &message) {
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) &&
           !message.contains(QLatin1Char('\r'));
}

} // namespace wristdoc
