#include "ByteWriter.h"

namespace wristdoc {

void ByteWriter::writeU16(quint16 value) {
    m_bytes.append(static_cast<char>(value & 0xFF));
    m_bytes.append(static_cast<char>((value >> 8) & 0xFF));
}

void ByteWriter::writeU32(quint32 value) {
    for (int shift = 0; shift < 32; shift += 8)
        m_bytes.append(static_cast<char>((value >> shift) & 0xFF));
}

} // namespace wristdoc
