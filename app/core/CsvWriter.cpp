#include "CsvWriter.h"

namespace wristdoc {

CsvWriter::CsvWriter()
    : m_bytes("\xEF\xBB\xBF") {}

QString CsvWriter::cell(const QString &value) {
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text != text.trimmed();
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &cells) {
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &value : cells)
        escaped << cell(value);
    m_bytes += escaped.join(QLatin1Char(',')).toUtf8();
    m_bytes += "\r\n";
}

} // namespace wristdoc
