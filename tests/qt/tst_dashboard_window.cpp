#include "DashboardWindow.h"
#include "ErrorMessages.h"
#include "LanguageController.h"
#include "PointsCheckCard.h"
#include "SnapshotFixture.h"
#include "Theme.h"
#include "WeekChartCard.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace wristdoc;

namespace {

bool containsHangul(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace

class TestDashboardWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<DashboardWindow> m_window;

    QString text(const char *objectName) const {
        auto *label = m_window->findChild<QLabel *>(QLatin1String(objectName));
        if (!label)
            qFatal("no label %s", objectName);
        // Numbers and units are joined by no-break spaces; compare them as plain spaces.
        return label->text().replace(QChar::Nbsp, QLatin1Char(' '));
    }
    template <typename T> T *child(const char *objectName) const {
        T *widget = m_window->findChild<T *>(QLatin1String(objectName));
        if (!widget)
            qFatal("no child %s", objectName);
        return widget;
    }
    // The texts of the shown labels of one kind (rows of a list), in order.
    QStringList shownTexts(const char *objectName) const {
        QStringList texts;
        for (QLabel *label : m_window->findChildren<QLabel *>(QLatin1String(objectName))) {
            if (label->isVisible())
                texts << label->text().replace(QChar::Nbsp, QLatin1Char(' '));
        }
        return texts;
    }
    QAction *action(const QString &objectName) const {
        auto *found = m_window->findChild<QAction *>(objectName);
        if (!found)
            qFatal("no action %s", qPrintable(objectName));
        return found;
    }
    // What the person's menu offers now, by object name (separators left out).
    QStringList profileMenuEntries() const {
        QStringList entries;
        for (QAction *a : child<QMenu>("profileMenu")->actions()) {
            if (!a->isSeparator())
                entries << a->objectName() + (a->isChecked() ? QStringLiteral("*") : QString());
        }
        return entries;
    }
    void switchLanguageByButton() {
        QTest::mouseClick(child<QPushButton>("languageButton"), Qt::LeftButton);
        // Qt posts LanguageChange to each window; deliver it as the event loop would.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_window = std::make_unique<DashboardWindow>(*m_language, *m_theme);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_theme.reset();
        m_language.reset();
    }

    void beforeTheFirstSnapshotOnlyTheHeaderAndErrorsShow() {
        m_window->showStorageError({StorageErrorCode::NotADatabase, QString()});
        QVERIFY(child<QWidget>("storageErrorBanner")->isVisible());
        QVERIFY(child<QWidget>("dashboardHeader")->isVisible());
        QVERIFY(!child<QWidget>("emptyStateCard")->isVisible());
        QVERIFY(!child<QWidget>("cardGrid")->isVisible());
        QVERIFY(!child<QWidget>("statusPanel")->isVisible());
        QVERIFY(!child<QLabel>("todayDate")->isVisible());
    }

    void showsTheSnapshotInKoreanByDefault() {
        m_window->setSnapshot(testing::sampleSnapshot());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("WristDoc")); // the brand stays as it is
        QCOMPARE(text("stepsTitle"), QStringLiteral("오늘 걸음"));
        QCOMPARE(text("stepsValue"), QStringLiteral("12,345보"));
        QCOMPARE(text("stepsGoal"), QStringLiteral("목표 8,000보"));
        QCOMPARE(text("stepsPercent"), QStringLiteral("154%"));
        QCOMPARE(text("stepsStatus"), QStringLiteral("목표 달성! 오늘 200 P가 적립될 예정이에요."));
        auto *progress = child<QProgressBar>("stepsProgress");
        QCOMPARE(progress->value(), progress->maximum());

        QCOMPARE(text("pointsConfirmed"), QStringLiteral("12,400 P"));
        QCOMPARE(text("pointsPending"), QStringLiteral("+600 P 적립 예정"));
        QCOMPARE(text("pointsCapCaption"), QStringLiteral("하반기 적립 한도 (7~12월)"));
        QCOMPARE(text("pointsCapValue"), QStringLiteral("34,000 / 100,000 P"));
        QCOMPARE(child<QProgressBar>("pointsCapProgress")->value(), 34000);
        QCOMPARE(text("pointsConversion"), QStringLiteral("지금 지역화폐로 전환할 수 있어요."));

        QCOMPARE(text("heartRateResting"), QStringLiteral("분당 62회"));
        QCOMPARE(text("heartRateAverage"), QStringLiteral("분당 75회"));
        QCOMPARE(text("heartRateMax"), QStringLiteral("분당 128회"));
        QVERIFY(!child<QLabel>("heartRateEmpty")->isVisible());

        QVERIFY(text("todayDate").startsWith(QStringLiteral("2026년 11월 22일")));
        QCOMPARE(text("lastWatchSync"), QStringLiteral("마지막 시계 동기화: 오늘 오후 2:05"));
        QCOMPARE(text("lastServerConfirmation"),
                 QStringLiteral("마지막 서버 확인: 11월 20일 오전 9:00"));
        QCOMPARE(text("policyVersion"), QStringLiteral("포인트 기준: 2025-03 버전"));
        QCOMPARE(text("demoBadge"), QStringLiteral("데모 데이터"));
        QVERIFY(child<QLabel>("demoBadge")->isVisible());
        QVERIFY(child<QLabel>("demoNote")->isVisible());

        auto *week = child<WeekChartCard>("weekCard");
        QCOMPARE(week->dayLabels(),
                 (QStringList{QStringLiteral("월"), QStringLiteral("화"), QStringLiteral("수"),
                              QStringLiteral("목"), QStringLiteral("금"), QStringLiteral("토"),
                              QStringLiteral("일")}));
        QCOMPARE(text("weekSummary"),
                 QStringLiteral("7일 중 4일 목표를 달성했어요. 하루 평균 7,759보예요."));
        QCOMPARE(child<QPushButton>("languageButton")->text(), QStringLiteral("English"));
    }

    void wordsForAGoalNotYetReachedAndConversionNotYetAvailable() {
        DashboardSnapshot s = testing::sampleSnapshot();
        s.todaySteps = 6234;
        s.confirmedPoints = 4400;
        s.conversionAvailable = false;
        s.pendingPoints = 0;
        s.today = QDate(2026, 3, 2);
        m_window->setSnapshot(s);
        QCOMPARE(text("stepsValue"), QStringLiteral("6,234보"));
        // "200 P" never breaks between the number and its unit.
        QVERIFY(child<QLabel>("stepsStatus")->text().contains(QStringLiteral("200\u00A0P")));
        QCOMPARE(text("stepsStatus"),
                 QStringLiteral("목표까지 1,766보 남았어요. 달성하면 200 P가 적립돼요."));
        QCOMPARE(child<QProgressBar>("stepsProgress")->value(), 6234);
        QCOMPARE(text("pointsPending"), QStringLiteral("적립 예정 포인트 없음"));
        QCOMPARE(text("pointsCapCaption"), QStringLiteral("상반기 적립 한도 (1~6월)"));
        QCOMPARE(text("pointsConversion"),
                 QStringLiteral("5,000 P부터 지역화폐로 전환할 수 있어요. 600 P 남았어요."));
    }

    void switchingToEnglishRetranslatesTheOpenWindowAtOnce() {
        m_window->setSnapshot(testing::sampleSnapshot());
        m_window->showStorageError({StorageErrorCode::DiskFull, QStringLiteral("disk I/O")});
        switchLanguageByButton();
        QCOMPARE(m_language->language(), LanguageController::Language::English);

        QCOMPARE(m_window->windowTitle(), QStringLiteral("WristDoc"));
        QCOMPARE(text("stepsTitle"), QStringLiteral("Today's steps"));
        QCOMPARE(text("stepsValue"), QStringLiteral("12,345 steps"));
        QCOMPARE(text("stepsGoal"), QStringLiteral("Goal: 8,000 steps"));
        QCOMPARE(text("pointsPending"), QStringLiteral("+600 P pending"));
        QCOMPARE(text("heartRateResting"), QStringLiteral("62 bpm"));
        QCOMPARE(text("lastWatchSync"), QStringLiteral("Last watch sync: today 2:05 PM"));
        QCOMPARE(text("todayDate"), QStringLiteral("Sunday, November 22, 2026"));
        QCOMPARE(text("demoBadge"), QStringLiteral("Demo data"));
        QCOMPARE(text("storageErrorMessage"),
                 ErrorMessages::storageError(StorageErrorCode::DiskFull));
        QVERIFY(!containsHangul(text("storageErrorMessage")));
        QCOMPARE(child<QPushButton>("languageButton")->text(), QStringLiteral("한국어"));
        QVERIFY(
            child<QPushButton>("settingsButton")->text().startsWith(QStringLiteral("Settings")));
        QCOMPARE(child<WeekChartCard>("weekCard")->dayLabels().first(), QStringLiteral("Mon"));
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("removeDemoDataAction"))->text(),
                 QStringLiteral("Remove demo data…"));

        switchLanguageByButton();
        QCOMPARE(text("stepsValue"), QStringLiteral("12,345보"));
        QVERIFY(child<QPushButton>("settingsButton")->text().startsWith(QStringLiteral("설정")));
        QVERIFY(containsHangul(text("storageErrorMessage")));
    }

    void emptyStateInsteadOfZerosWhenNoWatchIsPaired() {
        DashboardSnapshot s;
        s.today = QDate(2026, 11, 22);
        m_window->setSnapshot(s);
        QVERIFY(child<QWidget>("emptyStateCard")->isVisible());
        QVERIFY(!child<QWidget>("cardGrid")->isVisible());
        QVERIFY(!child<QLabel>("stepsValue")->isVisible());
        QCOMPARE(text("emptyTitle"), QStringLiteral("아직 연결된 시계가 없어요"));
        QVERIFY(text("emptyCounter").contains(QStringLiteral("창구")));
        QCOMPARE(text("lastWatchSync"), QStringLiteral("마지막 시계 동기화: 아직 없어요"));
        QVERIFY(!child<QLabel>("demoBadge")->isVisible());

        auto *simulated = child<QPushButton>("simulatedWatchButton");
        QVERIFY(!simulated->isVisible());
        m_window->setSimulatedWatchAvailable(true);
        QVERIFY(simulated->isVisible());
        QSignalSpy spy(m_window.get(), &DashboardWindow::simulatedWatchRequested);
        QTest::mouseClick(simulated, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);

        m_window->setSnapshot(testing::sampleSnapshot());
        QVERIFY(!child<QWidget>("emptyStateCard")->isVisible());
        QVERIFY(child<QLabel>("stepsValue")->isVisible());
    }

    void removeDemoDataAsksFirstAndOnlySignalsOnYes() {
        m_window->setSnapshot(testing::sampleSnapshot());
        QStringList questions;
        QStringList buttons;
        bool answer = false;
        m_window->setConfirmation([&](QWidget *parent, const QString &title,
                                      const QString &question, const QString &yes,
                                      const QString &no) {
            Q_UNUSED(parent);
            Q_UNUSED(title);
            questions << question;
            buttons = {yes, no};
            return answer;
        });
        QSignalSpy spy(m_window.get(), &DashboardWindow::removeDemoDataRequested);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("removeDemoDataAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        action->trigger();
        QCOMPARE(questions.size(), 1);
        QVERIFY(containsHangul(questions.first()));
        QCOMPARE(buttons, (QStringList{QStringLiteral("데모 데이터 지우기"),
                                       QStringLiteral("그대로 두기")}));
        QCOMPARE(spy.count(), 0);

        answer = true;
        action->trigger();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(spy.count(), 1);

        DashboardSnapshot own = testing::sampleSnapshot();
        own.demoData = false;
        m_window->setSnapshot(own);
        QVERIFY(!action->isEnabled());
        action->trigger(); // a disabled action does nothing
        QCOMPARE(questions.size(), 2);
        QCOMPARE(spy.count(), 1);
    }

    void everyStorageErrorIsATranslatedSentence_data() {
        QTest::addColumn<int>("code");
        QTest::newRow("CannotOpen") << int(StorageErrorCode::CannotOpen);
        QTest::newRow("NotADatabase") << int(StorageErrorCode::NotADatabase);
        QTest::newRow("NewerSchema") << int(StorageErrorCode::NewerSchema);
        QTest::newRow("ReadOnly") << int(StorageErrorCode::ReadOnly);
        QTest::newRow("DiskFull") << int(StorageErrorCode::DiskFull);
        QTest::newRow("MigrationFailed") << int(StorageErrorCode::MigrationFailed);
        QTest::newRow("QueryFailed") << int(StorageErrorCode::QueryFailed);
        QTest::newRow("InvalidData") << int(StorageErrorCode::InvalidData);
    }

    void everyStorageErrorIsATranslatedSentence() {
        QFETCH(int, code);
        const auto errorCode = StorageErrorCode(code);
        auto *banner = child<QWidget>("storageErrorBanner");
        QVERIFY(!banner->isVisible());
        // The English detail is for logs; the user sees a sentence in their language.
        m_window->showStorageError({errorCode, QStringLiteral("sqlite: detail for logs")});
        QVERIFY(banner->isVisible());
        QCOMPARE(text("storageErrorMessage"), ErrorMessages::storageError(errorCode));
        QVERIFY(containsHangul(text("storageErrorMessage")));
        QVERIFY(containsHangul(text("storageErrorAdvice")));
        QVERIFY(!text("storageErrorMessage").contains(QStringLiteral("sqlite")));

        switchLanguageByButton();
        QVERIFY(!containsHangul(text("storageErrorMessage")));
        QVERIFY(!text("storageErrorMessage").isEmpty());

        QTest::mouseClick(child<QPushButton>("storageErrorClose"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        m_window->showStorageError({errorCode, QString()});
        m_window->showStorageError(StorageError());
        QVERIFY(!banner->isVisible());
    }

    void refreshFromTheStatusButtonAndTheSettingsMenu() {
        m_window->setSnapshot(testing::sampleSnapshot());
        QSignalSpy spy(m_window.get(), &DashboardWindow::refreshRequested);
        QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QCOMPARE(spy.count(), 2);
    }

    void textSizeAndContrastControlsDriveTheTheme() {
        auto *larger = child<QPushButton>("textLargerButton");
        auto *smaller = child<QPushButton>("textSmallerButton");
        QCOMPARE(text("textScaleValue"), QStringLiteral("100%"));
        QVERIFY(!smaller->isEnabled());
        QTest::mouseClick(larger, Qt::LeftButton);
        QCOMPARE(m_theme->textScalePercent(), 125);
        QCOMPARE(text("textScaleValue"), QStringLiteral("125%"));
        QVERIFY(smaller->isEnabled());
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(larger, Qt::LeftButton);
        QCOMPARE(m_theme->textScalePercent(), 200);
        QVERIFY(!larger->isEnabled());
        QTest::mouseClick(smaller, Qt::LeftButton);
        QCOMPARE(m_theme->textScalePercent(), 175);

        auto *contrast = child<QPushButton>("highContrastButton");
        QCOMPARE(contrast->text(), QStringLiteral("고대비: 꺼짐"));
        QTest::mouseClick(contrast, Qt::LeftButton);
        QVERIFY(m_theme->highContrast());
        QVERIFY(contrast->isChecked());
        QCOMPARE(contrast->text(), QStringLiteral("고대비: 켜짐"));
        QTest::mouseClick(contrast, Qt::LeftButton);
        QVERIFY(!m_theme->highContrast());
    }

    void pointsCheckRowsSayWhichDaysDoNotMatchInBothLanguages() {
        m_window->setSnapshot(testing::pointsCheckSnapshot());
        QVERIFY(child<QWidget>("pointsCheckCard")->isVisible());
        QCOMPARE(text("pointsCheckTitle"), QStringLiteral("포인트 확인"));
        QCOMPARE(shownTexts("pointsCheckFigures"),
                 (QStringList{QStringLiteral("11월 18일: 8,214보 → 200P 예상, 0P 적립됨"),
                              QStringLiteral("11월 20일: 9,050보 → 200P 예상, 100P 적립됨")}));
        QCOMPARE(shownTexts("pointsCheckReason"),
                 (QStringList{QStringLiteral("이날 기록을 보냈지만 사업 본부의 적립 내역에 없어요."),
                              QStringLiteral("같은 걸음 수인데 다른 포인트가 적립됐어요.")}));
        auto *report = child<QPushButton>("pointsCheckReportButton-2026-11-18");
        QCOMPARE(report->text(), QStringLiteral("상담용 보고서 저장"));
        QCOMPARE(report->accessibleName(), QStringLiteral("11월 18일 상담용 보고서 저장"));
        QVERIFY(report->height() >= Theme::MinTouchTarget);
        QVERIFY(!child<QPushButton>("pointsCheckLinkButton")->isVisible());
        QCOMPARE(text("pointsCheckParticipant"), QStringLiteral("참여자 번호: P-****0001"));
        QCOMPARE(text("pointsCheckLastCheck"), QStringLiteral("마지막 확인: 오늘 오후 1:30"));

        // The points card keeps the disputed points apart, with the deadline.
        QCOMPARE(text("pointsConfirmed"), QStringLiteral("12,400 P"));
        QCOMPARE(text("pointsDisputed"), QStringLiteral("확인 필요 300 P"));
        QVERIFY(child<QLabel>("pointsDisputedNote")->isVisible());
        QCOMPARE(text("pointsConversionDeadline"), QStringLiteral("전환 기한: 2027년 1월 31일"));

        switchLanguageByButton();
        QCOMPARE(text("pointsCheckTitle"), QStringLiteral("Points check"));
        QCOMPARE(
            shownTexts("pointsCheckFigures"),
            (QStringList{QStringLiteral("18 Nov: 8,214 steps → 200 P expected, 0 P credited"),
                         QStringLiteral("20 Nov: 9,050 steps → 200 P expected, 100 P credited")}));
        // Numbers and their units never wrap apart.
        QVERIFY(child<QLabel>("pointsCheckFigures")->text().contains(QStringLiteral("200\u00A0P")));
        QVERIFY(child<QLabel>("pointsCheckFigures")
                    ->text()
                    .contains(QStringLiteral("8,214\u00A0steps")));
        QCOMPARE(
            shownTexts("pointsCheckReason"),
            (QStringList{
                QStringLiteral("This day was sent, but the programme has not credited it."),
                QStringLiteral("The programme credited different points for the same steps.")}));
        QCOMPARE(report->text(), QStringLiteral("Save a report for the helpdesk"));
        QCOMPARE(report->accessibleName(),
                 QStringLiteral("Save a report for the helpdesk about 18 Nov"));
        QCOMPARE(text("pointsDisputed"), QStringLiteral("300 P to be checked"));
        QCOMPARE(text("pointsConversionDeadline"), QStringLiteral("Convert by 31 January 2027"));
        QCOMPARE(text("pointsCheckLastCheck"),
                 QStringLiteral("Last checked with the programme: today 1:30 PM"));
    }

    void everyReasonCodeHasASentence() {
        const QStringList codes = {QStringLiteral("points-differ"), QStringLiteral("steps-differ"),
                                   QStringLiteral("missing-credit"),
                                   QStringLiteral("older-revision"), QStringLiteral("new-code")};
        QSet<QString> sentences;
        for (const QString &code : codes) {
            const QString sentence = PointsCheckCard::reasonText(code);
            QVERIFY(containsHangul(sentence));
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), codes.size()); // each its own words, the unknown one too
    }

    void theReportButtonAsksForItsRowsDay() {
        m_window->setSnapshot(testing::pointsCheckSnapshot());
        QSignalSpy spy(m_window.get(), &DashboardWindow::reportRequested);
        QTest::mouseClick(child<QPushButton>("pointsCheckReportButton-2026-11-20"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 11, 20));
        QTest::mouseClick(child<QPushButton>("pointsCheckReportButton-2026-11-18"), Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toDate(), QDate(2026, 11, 18));

        // A later snapshot with one other day reuses the first row for that day.
        DashboardSnapshot s = testing::pointsCheckSnapshot();
        s.mismatches = {{QDate(2026, 11, 21), 10050, 200, 0, QStringLiteral("older-revision")}};
        m_window->setSnapshot(s);
        QCOMPARE(shownTexts("pointsCheckFigures"),
                 QStringList{QStringLiteral("11월 21일: 10,050보 → 200P 예상, 0P 적립됨")});
        QTest::mouseClick(child<QPushButton>("pointsCheckReportButton-2026-11-21"), Qt::LeftButton);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toDate(), QDate(2026, 11, 21));
    }

    void pointsCheckIsOneCalmLineWhenEveryDayMatches() {
        DashboardSnapshot s = testing::pointsCheckSnapshot();
        s.mismatches.clear();
        s.disputedPoints = 0;
        m_window->setSnapshot(s);
        QCOMPARE(text("pointsCheckSummary"), QStringLiteral("모든 날의 포인트가 맞아요."));
        QCOMPARE(text("pointsCheckLastCheck"), QStringLiteral("마지막 확인: 오늘 오후 1:30"));
        QVERIFY(shownTexts("pointsCheckFigures").isEmpty());
        QVERIFY(!child<QLabel>("pointsDisputed")->isVisible());
        QVERIFY(!child<QPushButton>("pointsCheckLinkButton")->isVisible());
    }

    void notLinkedOffersToLinkThisComputer() {
        m_window->setSnapshot(testing::sampleSnapshot()); // not linked, no deadline known
        QVERIFY(child<QWidget>("pointsCheckCard")->isVisible());
        QVERIFY(containsHangul(text("pointsCheckSummary")));
        QVERIFY(!child<QLabel>("pointsCheckLastCheck")->isVisible());
        QVERIFY(!child<QLabel>("pointsConversionDeadline")->isVisible());
        QVERIFY(!child<QLabel>("pointsDisputed")->isVisible());
        auto *link = child<QPushButton>("pointsCheckLinkButton");
        QVERIFY(link->isVisible());
        QCOMPARE(link->text(), QStringLiteral("이 컴퓨터 연결하기"));
        QSignalSpy spy(m_window.get(), &DashboardWindow::linkRequested);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        switchLanguageByButton();
        QCOMPARE(link->text(), QStringLiteral("Link this computer"));
    }

    void theProfileMenuSwitchesAddsAndLinks() {
        auto *button = child<QPushButton>("profileButton");
        QVERIFY(!button->isVisible()); // nobody to show before the first snapshot
        m_window->setSnapshot(testing::pointsCheckSnapshot());
        QVERIFY(button->isVisible());
        QVERIFY(button->text().startsWith(QStringLiteral("엄마")));
        QVERIFY(button->accessibleName().contains(QStringLiteral("엄마")));
        QVERIFY(button->height() >= Theme::MinTouchTarget);
        QCOMPARE(
            profileMenuEntries(),
            (QStringList{QStringLiteral("profileAction-p1*"), QStringLiteral("profileAction-p2"),
                         QStringLiteral("addProfileAction"), QStringLiteral("unlinkAction")}));
        // The person shown is ticked and in bold; the others are not.
        QVERIFY(action(QStringLiteral("profileAction-p1"))->font().bold());
        QVERIFY(!action(QStringLiteral("profileAction-p2"))->font().bold());
        QCOMPARE(action(QStringLiteral("addProfileAction"))->text(), QStringLiteral("사람 추가…"));
        QCOMPARE(action(QStringLiteral("unlinkAction"))->text(), QStringLiteral("연결 해제…"));

        QSignalSpy switched(m_window.get(), &DashboardWindow::profileSwitchRequested);
        action(QStringLiteral("profileAction-p2"))->trigger();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), QStringLiteral("p2"));
        // The check stays on the person shown until the application sends the other's records.
        QVERIFY(action(QStringLiteral("profileAction-p1"))->isChecked());
        QVERIFY(!action(QStringLiteral("profileAction-p2"))->isChecked());
        action(QStringLiteral("profileAction-p1"))->trigger(); // already shown: nothing to do
        QCOMPARE(switched.count(), 1);

        QSignalSpy added(m_window.get(), &DashboardWindow::addProfileRequested);
        action(QStringLiteral("addProfileAction"))->trigger();
        QCOMPARE(added.count(), 1);

        // The other person, not linked yet, with no name: "나", and "link" instead of "unlink".
        DashboardSnapshot other = testing::sampleSnapshot();
        other.profiles = {{QStringLiteral("p1"), QStringLiteral("엄마"), true},
                          {QStringLiteral("p2"), QString(), false}};
        other.activeProfileId = QStringLiteral("p2");
        m_window->setSnapshot(other);
        QVERIFY(button->text().startsWith(QStringLiteral("나")));
        QCOMPARE(
            profileMenuEntries(),
            (QStringList{QStringLiteral("profileAction-p1"), QStringLiteral("profileAction-p2*"),
                         QStringLiteral("addProfileAction"), QStringLiteral("linkAction")}));
        QCOMPARE(action(QStringLiteral("linkAction"))->text(), QStringLiteral("이 컴퓨터 연결…"));
        QSignalSpy linked(m_window.get(), &DashboardWindow::linkRequested);
        action(QStringLiteral("linkAction"))->trigger();
        QCOMPARE(linked.count(), 1);

        switchLanguageByButton();
        QVERIFY(button->text().startsWith(QStringLiteral("Me")));
        QCOMPARE(action(QStringLiteral("profileAction-p2"))->text(), QStringLiteral("Me"));
        QCOMPARE(action(QStringLiteral("addProfileAction"))->text(),
                 QStringLiteral("Add a person…"));
        QCOMPARE(action(QStringLiteral("linkAction"))->text(),
                 QStringLiteral("Link this computer…"));
        QVERIFY(!containsHangul(button->accessibleName()));
    }

    void unlinkAsksTwiceAndSaysWhetherToDeleteTheRecords() {
        m_window->setSnapshot(testing::pointsCheckSnapshot());
        QStringList questions;
        QList<bool> answers;
        m_window->setConfirmation([&](QWidget *, const QString &, const QString &question,
                                      const QString &, const QString &) {
            questions << question;
            return answers.isEmpty() ? false : answers.takeFirst();
        });
        QSignalSpy spy(m_window.get(), &DashboardWindow::unlinkRequested);
        QAction *unlink = action(QStringLiteral("unlinkAction"));

        answers = {false}; // keep the link: nothing else is asked
        unlink->trigger();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.at(0).contains(QStringLiteral("엄마")));
        QCOMPARE(spy.count(), 0);

        answers = {true, true}; // unlink, and delete the records here
        unlink->trigger();
        QCOMPARE(questions.size(), 3);
        QVERIFY(containsHangul(questions.at(2)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), true);

        answers = {true, false}; // unlink, keep the records
        unlink->trigger();
        QCOMPARE(questions.size(), 5);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toBool(), false);
    }

    void heartRateCardExplainsAMissingReading() {
        DashboardSnapshot s = testing::sampleSnapshot();
        s.heartRateToday.clear();
        s.restingHeartRate = 0;
        s.averageHeartRate = 0;
        s.maxHeartRate = 0;
        m_window->setSnapshot(s);
        QVERIFY(child<QLabel>("heartRateEmpty")->isVisible());
        QVERIFY(!child<QWidget>("heartRateChart")->isVisible());
        QCOMPARE(text("heartRateResting"), QStringLiteral("기록 없음"));
        QVERIFY(
            text("heartRateEmpty").startsWith(QStringLiteral("오늘은 아직 심박수 기록이 없어요")));
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboard_window.moc"
