#include "ProfileRegistry.h"

#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace wristdoc {

namespace {

bool validId(const QString &id) {
    if (id.size() != 8)
        return false;
    for (QChar c : id) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

ProfileRegistry::ProfileRegistry(QString mainDatabasePath)
    : m_mainPath(std::move(mainDatabasePath)) {}

QString ProfileRegistry::listPath() const {
    return QFileInfo(m_mainPath).absoluteDir().filePath(QStringLiteral("profiles.json"));
}

QVector<ProfileRegistry::Profile> ProfileRegistry::profiles() const {
    QVector<Profile> out{{mainId(), QString(), m_mainPath}};
    QFile file(listPath());
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    const QDir folder = QFileInfo(m_mainPath).absoluteDir();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (id == mainId()) {
            out[0].name = name;
        } else if (validId(id)) {
            // The file name is derived from the id, never read from the list, so an edited list
            // cannot point the app at another file.
            out.append({id, name, folder.filePath(QStringLiteral("profile-%1.db").arg(id))});
        }
    }
    return out;
}

bool ProfileRegistry::find(const QString &id, Profile *out) const {
    for (const Profile &p : profiles()) {
        if (p.id == id) {
            *out = p;
            return true;
        }
    }
    return false;
}

bool ProfileRegistry::write(const QVector<Profile> &profiles, QString *problem) const {
    QJsonArray list;
    for (const Profile &p : profiles)
        list.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}});
    if (!OwnerOnlyFile::ensureFolder(QFileInfo(listPath()).absolutePath(), problem))
        return false;
    QSaveFile file(listPath());
    if (!file.open(QIODevice::WriteOnly)) {
        *problem = file.errorString();
        return false;
    }
    file.write(QJsonDocument(list).toJson());
    if (!file.commit()) {
        *problem = file.errorString();
        return false;
    }
    OwnerOnlyFile::restrictToOwner(listPath());
    return true;
}

bool ProfileRegistry::add(const QString &name, Profile *created, QString *problem) {
    QVector<Profile> all = profiles();
    QString id;
    do {
        id = QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                      QLatin1Char('0'));
    } while (find(id, created));
    const QDir folder = QFileInfo(m_mainPath).absoluteDir();
    const Profile profile{id, name.trimmed(),
                          folder.filePath(QStringLiteral("profile-%1.db").arg(id))};
    all.append(profile);
    if (!write(all, problem))
        return false;
    *created = profile;
    return true;
}

bool ProfileRegistry::rename(const QString &id, const QString &name, QString *problem) {
    QVector<Profile> all = profiles();
    for (Profile &p : all) {
        if (p.id == id) {
            p.name = name.trimmed();
            return write(all, problem);
        }
    }
    *problem = QStringLiteral("no such profile");
    return false;
}

bool ProfileRegistry::remove(const QString &id, QString *problem) {
    if (id == mainId()) {
        *problem = QStringLiteral("the main profile cannot be removed");
        return false;
    }
    QVector<Profile> all = profiles();
    Profile removed;
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].id == id) {
            removed = all.takeAt(i);
            break;
        }
    }
    if (removed.id.isEmpty()) {
        *problem = QStringLiteral("no such profile");
        return false;
    }
    if (!write(all, problem))
        return false;
    deleteDatabaseFiles(removed.databasePath);
    return true;
}

void ProfileRegistry::deleteDatabaseFiles(const QString &databasePath) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(databasePath + suffix);
}

} // namespace wristdoc
