#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace wristdoc {

// Little-endian appends for the encoders.
class ByteWriter {
public:
    explicit ByteWriter(qsizetype reserve = 0) { m_bytes.reserve(reserve); }

    void writeU8(quint8 value) { m_bytes.append(static_cast<char>(value)); }
    void writeU16(quint16 value);
    void writeU32(quint32 value);
    void writeBytes(const QByteArray &bytes) { m_bytes.append(bytes); }

    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace wristdoc
