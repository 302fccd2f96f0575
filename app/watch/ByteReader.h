#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace wristdoc {

// Little-endian reads that refuse, rather than run past, the end of a payload. Every codec
// reads through one of these, so no decoder indexes a buffer by hand.
class ByteReader {
public:
    explicit ByteReader(QByteArrayView data)
        : m_data(data) {}

    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_data.size() - m_position; }
    bool atEnd() const { return remaining() == 0; }

    // Each returns false, leaving the position where it was, when too few bytes remain.
    bool readU8(quint8 *value);
    bool readU16(quint16 *value);
    bool readU32(quint32 *value);
    bool readBytes(qsizetype count, QByteArrayView *bytes);

    // "FIELD needs N bytes at offset P, only R left": the message of a Truncated error.
    QString shortfall(const QString &field, qsizetype bytes) const;

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

} // namespace wristdoc
