#include "WatchVectors.h"

#include <QFile>
#include <QStringList>

namespace wristdoc {

QVector<WatchVector> loadWatchVectors(const char *fileName) {
    QVector<WatchVector> vectors;
    const QString path = QStringLiteral(WRISTDOC_TEST_DATA "/") + QLatin1String(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        vectors.append({QLatin1String(fileName),
                        QStringLiteral("malformed"),
                        {},
                        QStringLiteral("cannot open ") + path,
                        false});
        return vectors;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString source = QStringLiteral("%1:%2").arg(QLatin1String(fileName)).arg(lineNumber);
        const QStringList fields = line.split(QLatin1Char('|'));
        WatchVector vector;
        vector.source = source;
        QString error;
        if (fields.size() < 3 || fields.size() > 4) {
            error = QStringLiteral("expected 3 or 4 fields separated by '|'");
        } else if (!HexDump::parse(fields[1].trimmed(), &vector.payload, &error)) {
            error = QStringLiteral("bad hex: ") + error;
        } else if (fields.size() == 4 && fields[3].trimmed() != QLatin1String("lossy")) {
            error = QStringLiteral("the fourth field may only be \"lossy\"");
        }
        if (!error.isEmpty()) {
            vector.name = QStringLiteral("malformed");
            vector.expected = source + QStringLiteral(": ") + error;
        } else {
            vector.name = fields[0].trimmed();
            vector.expected = fields[2].trimmed();
            vector.lossy = fields.size() == 4;
        }
        vectors.append(vector);
    }
    return vectors;
}

std::string watchVectorName(const ::testing::TestParamInfo<WatchVector> &info) {
    QString name = info.param.name;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    // Unique even if a malformed line repeats a name.
    return QStringLiteral("%1_%2").arg(name).arg(info.index).toStdString();
}

void PrintTo(const WatchVector &vector, std::ostream *os) {
    *os << vector.source.toStdString() << ' ' << vector.name.toStdString() << " ["
        << HexDump::format(vector.payload).toStdString() << ']';
}

} // namespace wristdoc
