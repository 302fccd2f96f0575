#pragma once

#include <QString>
#include <QVector>

namespace wristdoc {

// The people who use this computer. Each profile has its own SQLite file, so one person's
// steps, points and link never mix with another's, and "delete my data" removes a whole file.
// The main database (the one --db names) is the profile "main"; the others live beside it as
// profile-<id>.db, listed in profiles.json (owner-only) with the name the household chose.
class ProfileRegistry {
public:
    struct Profile {
        QString id; // "main" or 8 hex digits
        QString name;
        QString databasePath;
    };

    // mainDatabasePath: the main profile's file; the registry sits in the same folder.
    explicit ProfileRegistry(QString mainDatabasePath);

    // The main profile first, then the others in the order they were added. A missing or
    // unreadable list gives the main profile alone (never an error: the main data is intact).
    QVector<Profile> profiles() const;
    bool find(const QString &id, Profile *out) const;
    // A new profile with a fresh id; its database is created by whoever opens it.
    bool add(const QString &name, Profile *created, QString *problem);
    bool rename(const QString &id, const QString &name, QString *problem);
    // Removes a profile other than main and deletes its database files (-wal, -shm too).
    bool remove(const QString &id, QString *problem);

    QString listPath() const;
    // Deletes a profile's database with its -wal and -shm files.
    static void deleteDatabaseFiles(const QString &databasePath);
    static QString mainId() { return QStringLiteral("main"); }

private:
    bool write(const QVector<Profile> &profiles, QString *problem) const;

    QString m_mainPath;
};

} // namespace wristdoc
