#pragma once

// Recorded payload vectors in tests/data/watch-*.txt and the checks every codec test runs on
// them. A line is "NAME | HEX PAYLOAD | EXPECTED [| lossy]"; EXPECTED is the JSON that
// wristdoc-cli decode prints, or "error CODE".
#include "CodecError.h"
#include "CodecResult.h"
#include "HexDump.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <gtest/gtest.h>

#include <ostream>
#include <string>

// Readable failures: gtest finds these through argument-dependent lookup.
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *os) {
    *os << '[' << wristdoc::HexDump::format(bytes).toStdString() << ']';
}

namespace wristdoc {

struct WatchVector {
    QString source; // "watch-battery.txt:4"
    QString name;
    QByteArray payload;
    QString expected;
    bool lossy = false;

    bool expectsError() const { return expected.startsWith(QLatin1String("error ")); }
    QString expectedCode() const { return expected.mid(6); }
};

// Every vector of a file under tests/data. A malformed line becomes a vector named "malformed"
// whose check fails, so a typo in a data file cannot hide vectors.
QVector<WatchVector> loadWatchVectors(const char *fileName);

// gtest parameter names: the vector name with '-' as '_'.
std::string watchVectorName(const ::testing::TestParamInfo<WatchVector> &info);

void PrintTo(const WatchVector &vector, std::ostream *os);

// The checks of one vector: decode gives the expected JSON or error code; a decoded value
// encodes again to the same bytes (or, for "lossy", to other bytes that decode to the same
// value). Decode, Json and Encode are callables taking QByteArrayView, T and T.
template <typename T, typename Decode, typename Json, typename Encode>
void checkWatchVector(const WatchVector &vector, Decode decode, Json json, Encode encode) {
    SCOPED_TRACE(vector.source.toStdString() + " " + vector.name.toStdString());
    ASSERT_NE(vector.name, QStringLiteral("malformed")) << vector.expected.toStdString();
    const CodecResult<T> decoded = decode(QByteArrayView(vector.payload));
    if (vector.expectsError()) {
        ASSERT_FALSE(decoded.ok()) << "decoded as " << json(decoded.value()).toStdString();
        EXPECT_EQ(QString::fromLatin1(CodecError::codeName(decoded.error().code)),
                  vector.expectedCode())
            << decoded.error().message.toStdString();
        EXPECT_FALSE(decoded.error().message.isEmpty());
        EXPECT_FALSE(decoded.error().message.contains(QLatin1Char('\n')));
        return;
    }
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(json(decoded.value()), vector.expected);

    const CodecResult<QByteArray> encoded = encode(decoded.value());
    ASSERT_TRUE(encoded.ok()) << encoded.error().message.toStdString();
    if (vector.lossy)
        EXPECT_NE(encoded.value(), vector.payload) << "marked lossy, yet encodes back exactly";
    else
        EXPECT_EQ(encoded.value(), vector.payload);
    const CodecResult<T> again = decode(QByteArrayView(encoded.value()));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_TRUE(again.value() == decoded.value());
    EXPECT_EQ(json(again.value()), vector.expected);
}

// Every prefix of a valid payload shorter than the whole is refused, never read past: the
// shape of each truncation error the issue lists, applied to every vector.
template <typename T, typename Decode>
void checkPrefixesRefused(const WatchVector &vector, Decode decode) {
    if (vector.expectsError() || vector.lossy)
        return;
    for (qsizetype length = 0; length < vector.payload.size(); ++length) {
        const QByteArray prefix = vector.payload.left(length);
        const CodecResult<T> decoded = decode(QByteArrayView(prefix));
        EXPECT_FALSE(decoded.ok())
            << vector.name.toStdString() << " cut to " << length << " byte(s) decoded";
    }
}

} // namespace wristdoc
