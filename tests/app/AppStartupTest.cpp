// Starts the real wristdoc executable offscreen and checks what a person would see first.
#include "Database.h"
#include "DeviceStore.h"
#include "SampleStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wristdoc;

namespace {

struct Run
{
    int exitCode = -1;
    QString stdErr;
};

Run runApp(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WRISTDOC_APP), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdErr = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QString kNow = QStringLiteral("2026-11-22T05:30:00Z");

} // namespace

class AppStartupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartSeedsDemoHistoryOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cache.db"));
        const QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("--now"), kNow,
                                    QStringLiteral("--exit-after-first-paint")};
        for (int start = 0; start < 2; ++start) {
            const Run run = runApp(arguments, offscreen());
            QCOMPARE(run.exitCode, 0);
        }

        StorageError error;
        Database::Options options;
        options.path = db;
        const auto database = Database::open(options, &error);
        QVERIFY2(database, qPrintable(error.detail));
        const QVector<Device> devices = DeviceStore(*database).devices();
        QCOMPARE(devices.size(), 1); // the second start did not seed again
        QVERIFY(devices.first().demo);
        const QVector<DailyRollup> days =
            SampleStore(*database).rollups(QDate(2026, 10, 1), QDate(2026, 11, 22));
        QCOMPARE(days.size(), 21);
        QCOMPARE(days.last().date, QDate(2026, 11, 22));
        for (const DailyRollup &day : days)
            QVERIFY(day.steps > 0);
    }

    void noDemoLeavesCacheEmpty()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cache.db"));
        const Run run = runApp({QStringLiteral("--db"), db, QStringLiteral("--no-demo"),
                                QStringLiteral("--exit-after-first-paint")},
                               offscreen());
        QCOMPARE(run.exitCode, 0);
        StorageError error;
        Database::Options options;
        options.path = db;
        const auto database = Database::open(options, &error);
        QVERIFY(database);
        QVERIFY(DeviceStore(*database).devices().isEmpty());
    }

    void corruptDatabaseIsReportedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("broken.db"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 131 + 7) % 251));
        file.write(junk);
        file.close();
        const QByteArray before = fileHash(db);

        const Run run = runApp({QStringLiteral("--db"), db, QStringLiteral("--now"), kNow,
                                QStringLiteral("--exit-after-first-paint")},
                               offscreen());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.stdErr.trimmed().isEmpty(), "the reason is printed on stderr");
        QCOMPARE(fileHash(db), before);
    }

    void withoutDisplaySaysHowToProceedInOneLine()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run run = runApp({QStringLiteral("--no-demo")}, environment);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.stdErr.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(QStringLiteral("xvfb-run")));
    }

    void badOptionExitsWithUsageError()
    {
        const Run run = runApp({QStringLiteral("--text-scale"), QStringLiteral("500")}, offscreen());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.stdErr.contains(QStringLiteral("--text-scale")));
    }
};

QTEST_GUILESS_MAIN(AppStartupTest)
#include "AppStartupTest.moc"
