#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wristdoc {

// RFC 4180 CSV in UTF-8 with a byte-order mark and CRLF line ends, as spreadsheet programs
// open it with Korean text intact. A cell that a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or CR) is prefixed with an apostrophe.
class CsvWriter {
public:
    CsvWriter();
    void addRow(const QStringList &cells);
    QByteArray bytes() const { return m_bytes; }
    static QString cell(const QString &value);

private:
    QByteArray m_bytes;
};

} // namespace wristdoc
