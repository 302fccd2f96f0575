#pragma once

#include <QString>
#include <QVector>

namespace wristdoc {

struct District {
    QString code;        // stable, sent to the server: "jongno"
    QString koreanName;  // "종로구"
    QString englishName; // "Jongno-gu"
};

// The city's 25 districts (자치구), in the official order. Names are data (place names, not UI
// phrases), so both languages live here and the UI picks one.
class SeoulDistricts {
public:
    static const QVector<District> &all();
    static const District *find(const QString &code); // nullptr for an unknown code
};

} // namespace wristdoc
