#include "ByteReader.h"

#include <QtEndian>

namespace wristdoc {

bool ByteReader::readU8(quint8 *value) {
    if (remaining() < 1)
        return false;
    *value = static_cast<quint8>(m_data[m_position]);
    m_position += 1;
    return true;
}

bool ByteReader::readU16(quint16 *value) {
    if (remaining() < 2)
        return false;
    *value = qFromLittleEndian<quint16>(m_data.data() + m_position);
    m_position += 2;
    return true;
}

bool ByteReader::readU32(quint32 *value) {
    if (remaining() < 4)
        return false;
    *value = qFromLittleEndian<quint32>(m_data.data() + m_position);
    m_position += 4;
    return true;
}

bool ByteReader::readBytes(qsizetype count, QByteArrayView *bytes) {
    if (count < 0 || remaining() < count)
        return false;
    *bytes = m_data.sliced(m_position, count);
    m_position += count;
    return true;
}

QString ByteReader::shortfall(const QString &field, qsizetype bytes) const {
    return QStringLiteral("truncated: %1 needs %2 byte%3 at offset %4, only %5 left")
        .arg(field)
        .arg(bytes)
        .arg(bytes == 1 ? QString() : QStringLiteral("s"))
        .arg(m_position)
        .arg(remaining());
}

} // namespace wristdoc
