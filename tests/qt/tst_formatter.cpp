#include "Formatter.h"
#include "LanguageController.h"

#include <QtTest>

using namespace wristdoc;

// Formats in the language installed by a LanguageController, as the dashboard does.
class TestFormatter : public QObject {
    Q_OBJECT

private:
    static Formatter formatter(const LanguageController &language) {
        return Formatter(language.locale(), QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    }

private Q_SLOTS:
    void koreanNumbersStepsPointsAndDates() {
        LanguageController language;
        const Formatter f = formatter(language);
        QCOMPARE(f.number(12345), QStringLiteral("12,345"));
        QCOMPARE(f.steps(12345), QStringLiteral("12,345보"));
        QCOMPARE(f.steps(1), QStringLiteral("1보"));
        QCOMPARE(f.points(12400), QStringLiteral("12,400\u00A0P"));
        QCOMPARE(f.bpm(62), QStringLiteral("분당\u00A062회"));
        QCOMPARE(f.percent(150), QStringLiteral("150%"));
        QVERIFY2(f.longDate(QDate(2026, 11, 22)).startsWith(QStringLiteral("2026년 11월 22일")),
                 qPrintable(f.longDate(QDate(2026, 11, 22))));
        QCOMPARE(f.monthDay(QDate(2026, 11, 22)), QStringLiteral("11월 22일"));
        QCOMPARE(f.shortWeekday(QDate(2026, 11, 22)), QStringLiteral("일"));
        QCOMPARE(f.shortDate(QDate(2026, 11, 18), QDate(2026, 11, 22)),
                 QStringLiteral("11월 18일"));
        QCOMPARE(f.shortDate(QDate(2025, 12, 30), QDate(2026, 1, 2)),
                 QStringLiteral("2025년 12월 30일"));
        QCOMPARE(f.fullDate(QDate(2027, 1, 31)), QStringLiteral("2027년 1월 31일"));
    }

    void englishNumerusAndDates() {
        LanguageController language;
        language.setLanguage(LanguageController::Language::English);
        const Formatter f = formatter(language);
        QCOMPARE(f.steps(6234), QStringLiteral("6,234\u00A0steps"));
        QCOMPARE(f.steps(1), QStringLiteral("1\u00A0step"));
        QCOMPARE(f.points(600), QStringLiteral("600\u00A0P"));
        QCOMPARE(f.bpm(128), QStringLiteral("128\u00A0bpm"));
        QCOMPARE(f.monthDay(QDate(2026, 11, 22)), QStringLiteral("November 22"));
        QCOMPARE(f.shortWeekday(QDate(2026, 11, 22)), QStringLiteral("Sun"));
        QCOMPARE(f.shortDate(QDate(2026, 11, 18), QDate(2026, 11, 22)), QStringLiteral("18 Nov"));
        QCOMPARE(f.shortDate(QDate(2025, 12, 30), QDate(2026, 1, 2)),
                 QStringLiteral("30 Dec 2025"));
        QCOMPARE(f.fullDate(QDate(2027, 1, 31)), QStringLiteral("31 January 2027"));
        QVERIFY(f.longDate(QDate(2026, 11, 22)).contains(QStringLiteral("November 22, 2026")));
    }

    void momentsAreInSeoulTimeWhateverTheComputerZone() {
        // The tests run with TZ=UTC; 05:05 UTC is 2:05 PM in Seoul.
        LanguageController language;
        const Formatter ko = formatter(language);
        const QDate today(2026, 11, 22);
        const QDateTime sync(today, QTime(5, 5), QTimeZone::utc());
        QCOMPARE(ko.time(sync), QStringLiteral("오후 2:05"));
        QCOMPARE(ko.moment(sync, today), QStringLiteral("오늘 오후 2:05"));
        QCOMPARE(ko.moment(sync.addDays(-1), today), QStringLiteral("어제 오후 2:05"));
        QCOMPARE(ko.moment(sync.addDays(-2), today), QStringLiteral("11월 20일 오후 2:05"));
        // 15:30 UTC on the 21st is already 00:30 on the 22nd in Seoul.
        const QDateTime lateUtc(QDate(2026, 11, 21), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(ko.moment(lateUtc, today), QStringLiteral("오늘 오전 12:30"));
        QCOMPARE(ko.localHourOfDay(lateUtc), 0.5);
        QVERIFY(ko.moment(sync.addYears(-1), today).startsWith(QStringLiteral("2025년")));

        language.setLanguage(LanguageController::Language::English);
        const Formatter en = formatter(language);
        QCOMPARE(en.moment(sync, today), QStringLiteral("today 2:05 PM"));
        QCOMPARE(en.moment(sync.addDays(-2), today), QStringLiteral("November 20, 2:05 PM"));
    }

    void invalidZoneFallsBackToSeoul() {
        const Formatter f(QLocale(QLocale::English, QLocale::UnitedStates), QTimeZone());
        QCOMPARE(f.zone().id(), QByteArrayLiteral("Asia/Seoul"));
    }
};

QTEST_MAIN(TestFormatter)
#include "tst_formatter.moc"
