#include "EnrolmentTestSupport.h"

#include <QPushButton>

using namespace wristdoc;
using namespace wristdoc::testing;

// Every bad input on the details page gets its own words next to the field, in the applicant's
// language, while Next stays disabled with the reason beside it; fixing the input enables Next.
// Today is 2026-11-22 (Seoul).
class TestEnrolmentValidation : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WizardRig> m_rig;

    void openDetails(LanguageController::Language language) {
        WizardRig &rig = *m_rig;
        QVERIFY(rig.click(language == LanguageController::Korean
                              ? QStringLiteral("koreanOption")
                              : QStringLiteral("englishOption")));
        QVERIFY(rig.click(QStringLiteral("studiesOption")));
        QVERIFY(rig.click(QStringLiteral("adultOption")));
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);
    }

    void typeBirthDate(const QString &year, const QString &month, const QString &day) {
        WizardRig &rig = *m_rig;
        for (const auto &[field, value] : {std::pair{QStringLiteral("birthYear"), year},
                                           std::pair{QStringLiteral("birthMonth"), month},
                                           std::pair{QStringLiteral("birthDay"), day}}) {
            auto *edit = rig.find<QLineEdit>(field);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            // Typed into this field only, even when a full field moves the cursor on.
            for (QChar c : value)
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
        WizardRig::settle();
    }

    // Valid values in all three fields.
    void fillValid() {
        m_rig->typeInto(QStringLiteral("nameField"), QStringLiteral("Test Applicant"));
        typeBirthDate(QStringLiteral("1950"), QStringLiteral("01"), QStringLiteral("31"));
        m_rig->typeInto(QStringLiteral("mobileField"), QStringLiteral("01000000001"));
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<WizardRig>();
        QVERIFY(QTest::qWaitForWindowExposed(m_rig->wizard.get()));
    }
    void cleanup() { m_rig.reset(); }

    void emptyPageSaysWhatToDo() {
        openDetails(LanguageController::English);
        WizardRig &rig = *m_rig;
        QVERIFY(!rig.wizard->canGoNext());
        QCOMPARE(rig.text(QStringLiteral("nameMessage")), QStringLiteral("Enter your name."));
        QCOMPARE(rig.text(QStringLiteral("birthMessage")),
                 QStringLiteral("Enter the year, month and day you were born."));
        QCOMPARE(rig.text(QStringLiteral("mobileMessage")),
                 QStringLiteral("Enter your mobile phone number, for example 010-1234-5678."));
        // Hints, not problems, before anything is typed.
        QCOMPARE(rig.find(QStringLiteral("nameMessage"))->property("problem").toBool(), false);
        QCOMPARE(rig.text(QStringLiteral("nextBlockedReason")), QStringLiteral("Enter your name."));
        fillValid();
        QVERIFY(rig.wizard->canGoNext());
        QVERIFY(!rig.find(QStringLiteral("nameMessage"))->isVisible());
        QVERIFY(!rig.find(QStringLiteral("nextBlockedReason"))->isVisible());
    }

    void badInputs_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("field"); // name, birth, mobile
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("problem");
        const int en = LanguageController::English;
        const int ko = LanguageController::Korean;
        const QString name = QStringLiteral("name");
        const QString birth = QStringLiteral("birth");
        const QString mobile = QStringLiteral("mobile");
        auto s = [](std::initializer_list<const char *> parts) {
            QStringList list;
            for (const char *p : parts)
                list << QString::fromUtf8(p);
            return list;
        };

        QTest::newRow("en name with digits")
            << en << name << s({"Test 2"}) << QStringLiteral("A name cannot contain numbers.")
            << true;
        QTest::newRow("en name too long")
            << en << name << QStringList{QString(41, QLatin1Char('a'))}
            << QStringLiteral("A name can have at most 40 characters.") << true;
        QTest::newRow("en name only spaces")
            << en << name << s({"   "}) << QStringLiteral("Enter your name.") << false;
        QTest::newRow("ko name with digits")
            << ko << name << s({"테스트2"}) << QStringLiteral("이름에는 숫자를 쓸 수 없어요.")
            << true;

        QTest::newRow("en 30 February")
            << en << birth << s({"1990", "2", "30"})
            << QStringLiteral("This month has 28 days. Check the day.") << true;
        QTest::newRow("en 30 February in a leap year")
            << en << birth << s({"1988", "2", "30"})
            << QStringLiteral("This month has 29 days. Check the day.") << true;
        QTest::newRow("en 31 April")
            << en << birth << s({"1970", "4", "31"})
            << QStringLiteral("This month has 30 days. Check the day.") << true;
        QTest::newRow("en day 0") << en << birth << s({"1970", "4", "0"})
                                  << QStringLiteral("The day must be from 1 to 30.") << true;
        QTest::newRow("en month 13") << en << birth << s({"1970", "13", "1"})
                                     << QStringLiteral("The month must be from 1 to 12.") << true;
        QTest::newRow("en month 0") << en << birth << s({"1970", "0", "1"})
                                    << QStringLiteral("The month must be from 1 to 12.") << true;
        QTest::newRow("en future date")
            << en << birth << s({"2027", "1", "1"})
            << QStringLiteral("This date is in the future. Check the year.") << true;
        QTest::newRow("en under 19")
            << en << birth << s({"2010", "5", "5"})
            << QStringLiteral("You can take part from the age of 19.") << true;
        QTest::newRow("en 19 tomorrow")
            << en << birth << s({"2007", "11", "23"})
            << QStringLiteral("You can take part from the age of 19.") << true;
        QTest::newRow("en too old")
            << en << birth << s({"1890", "1", "1"})
            << QStringLiteral("This date is more than 120 years ago. Check the year.") << true;
        QTest::newRow("en year not finished")
            << en << birth << s({"195", "", ""})
            << QStringLiteral("Enter the year with four digits, for example 1956.") << false;
        QTest::newRow("en day missing")
            << en << birth << s({"1956", "4", ""})
            << QStringLiteral("Enter the year, month and day you were born.") << false;
        QTest::newRow("ko 30 February")
            << ko << birth << s({"1990", "2", "30"})
            << QStringLiteral("이 달은 28일까지 있어요. 날짜를 확인해 주세요.") << true;
        QTest::newRow("ko future date")
            << ko << birth << s({"2030", "1", "1"})
            << QStringLiteral("오늘보다 뒤의 날짜예요. 연도를 확인해 주세요.") << true;
        QTest::newRow("ko under 19") << ko << birth << s({"2008", "1", "1"})
                                     << QStringLiteral("만 19세부터 참여할 수 있어요.") << true;

        QTest::newRow("en landline")
            << en << mobile << s({"0212345678"})
            << QStringLiteral("A mobile phone number starts with 010, 011, 016, 017, 018 or 019.")
            << true;
        QTest::newRow("en 013 prefix")
            << en << mobile << s({"0131234567"})
            << QStringLiteral("A mobile phone number starts with 010, 011, 016, 017, 018 or 019.")
            << true;
        QTest::newRow("en 010 too short")
            << en << mobile << s({"0101234567"})
            << QStringLiteral("Keep typing: a number that starts with 010 has 11 digits.") << false;
        QTest::newRow("en 010 too long")
            << en << mobile << s({"010123456789"})
            << QStringLiteral("Too many digits: a number that starts with 010 has 11 digits.")
            << true;
        QTest::newRow("en 011 too short")
            << en << mobile << s({"011123456"})
            << QStringLiteral("Keep typing: a number that starts with 011 has 10 or 11 digits.")
            << false;
        QTest::newRow("en letters")
            << en << mobile << s({"010-12ab"}) << QStringLiteral("Use numbers only.") << true;
        QTest::newRow("en just begun")
            << en << mobile << s({"01"}) << QStringLiteral("Keep typing your mobile phone number.")
            << false;
        QTest::newRow("ko landline")
            << ko << mobile << s({"0212345678"})
            << QStringLiteral("휴대전화 번호는 010, 011, 016, 017, 018, 019로 시작해요.") << true;
        QTest::newRow("ko 010 too long")
            << ko << mobile << s({"010123456789"})
            << QStringLiteral("숫자가 너무 많아요. 010 번호는 11자리예요.") << true;
    }

    void badInputs() {
        QFETCH(int, language);
        QFETCH(QString, field);
        QFETCH(QStringList, input);
        QFETCH(QString, message);
        QFETCH(bool, problem);
        openDetails(LanguageController::Language(language));
        fillValid();
        WizardRig &rig = *m_rig;
        QVERIFY(rig.wizard->canGoNext());

        QString messageLabel;
        if (field == QLatin1String("name")) {
            rig.typeInto(QStringLiteral("nameField"), input.at(0));
            messageLabel = QStringLiteral("nameMessage");
        } else if (field == QLatin1String("birth")) {
            typeBirthDate(input.at(0), input.at(1), input.at(2));
            messageLabel = QStringLiteral("birthMessage");
        } else {
            rig.typeInto(QStringLiteral("mobileField"), input.at(0));
            messageLabel = QStringLiteral("mobileMessage");
        }
        QCOMPARE(rig.text(messageLabel), message);
        QVERIFY(rig.find(messageLabel)->isVisible());
        QCOMPARE(rig.find(messageLabel)->property("problem").toBool(), problem);
        // Next is disabled, and the reason beside it is the field's own words.
        QVERIFY(!rig.wizard->canGoNext());
        QVERIFY(!rig.find<QPushButton>(QStringLiteral("nextButton"))->isEnabled());
        QCOMPARE(rig.text(QStringLiteral("nextBlockedReason")), message);
        rig.wizard->next();
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);

        // Corrected, the page is complete again.
        fillValid();
        QVERIFY(rig.find(messageLabel)->isHidden());
        QVERIFY(rig.wizard->canGoNext());
    }

    void nineteenTodayIsOldEnough() {
        openDetails(LanguageController::English);
        fillValid();
        typeBirthDate(QStringLiteral("2007"), QStringLiteral("11"), QStringLiteral("22"));
        QVERIFY(m_rig->find(QStringLiteral("birthMessage"))->isHidden());
        QVERIFY(m_rig->wizard->canGoNext());
        // Midnight in Seoul passes: the same page now asks nothing new of a valid date.
        m_rig->clock.advanceSecs(24 * 3600);
        typeBirthDate(QStringLiteral("2007"), QStringLiteral("11"), QStringLiteral("23"));
        QVERIFY(m_rig->wizard->canGoNext());
    }

    void theAgeUsesSeoulsCalendar() {
        // 2026-11-22 20:00 UTC is already 23 November in Seoul.
        m_rig->clock.set(QDateTime(QDate(2026, 11, 22), QTime(20, 0), QTimeZone::utc()));
        openDetails(LanguageController::English);
        fillValid();
        typeBirthDate(QStringLiteral("2007"), QStringLiteral("11"), QStringLiteral("23"));
        QVERIFY(m_rig->wizard->canGoNext());
    }

    void mobileNumbersAreGroupedAsTyped_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("010") << QStringLiteral("01012345678") << QStringLiteral("010-1234-5678");
        QTest::newRow("011, ten digits")
            << QStringLiteral("0111234567") << QStringLiteral("011-123-4567");
        QTest::newRow("019, eleven digits")
            << QStringLiteral("01912345678") << QStringLiteral("019-1234-5678");
        QTest::newRow("with dashes")
            << QStringLiteral("010-1234-5678") << QStringLiteral("010-1234-5678");
        QTest::newRow("with spaces")
            << QStringLiteral("010 1234 5678") << QStringLiteral("010-1234-5678");
        QTest::newRow("partial") << QStringLiteral("01012") << QStringLiteral("010-12");
    }

    void mobileNumbersAreGroupedAsTyped() {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        openDetails(LanguageController::English);
        fillValid();
        m_rig->typeInto(QStringLiteral("mobileField"), typed);
        QCOMPARE(m_rig->find<QLineEdit>(QStringLiteral("mobileField"))->text(), shown);
    }

    void noResidentRegistrationNumberIsAskedFor() {
        // The whole wizard, every language: no field or label mentions one, except to say it
        // is never asked for.
        for (auto language : {LanguageController::Korean, LanguageController::English}) {
            m_rig->language->setLanguage(language);
            WizardRig::settle();
            const auto labels = m_rig->wizard->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                const QString t = label->text();
                if (t.contains(QStringLiteral("주민등록번호")))
                    QVERIFY2(t.contains(QStringLiteral("묻지 않아요")), qPrintable(t));
                if (t.contains(QStringLiteral("resident registration"), Qt::CaseInsensitive))
                    QVERIFY2(t.contains(QStringLiteral("never ask")), qPrintable(t));
            }
            const auto edits = m_rig->wizard->findChildren<QLineEdit *>();
            QCOMPARE(edits.size(), 5); // name, year, month, day, mobile
        }
    }

    void requiredConsentRefusedBlocksWithWords() {
        WizardRig &rig = *m_rig;
        EnrolmentApplication a =
            typedApplication(QStringLiteral("en"), QStringLiteral("Test Applicant"));
        a.consents.clear();
        rig.wizard->load(a);
        rig.wizard->goTo(EnrolmentStep::HealthDataConsent);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::PersonalDataConsent);
        QVERIFY(rig.click(QStringLiteral("agreeOption")));
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::HealthDataConsent);
        QCOMPARE(rig.text(QStringLiteral("consentBadge")), QStringLiteral("Required"));
        QCOMPARE(rig.text(QStringLiteral("consentVersion")),
                 QStringLiteral("Text version 2026-01"));
        QVERIFY(rig.click(QStringLiteral("disagreeOption")));
        QVERIFY(!rig.wizard->canGoNext());
        QCOMPARE(rig.text(QStringLiteral("consentAnswerMessage")),
                 QStringLiteral("Without this consent you cannot take part. You can agree, or "
                                "ask the staff about it."));
        QCOMPARE(rig.text(QStringLiteral("nextBlockedReason")),
                 QStringLiteral("You need to agree to this to take part."));
        QVERIFY(rig.click(QStringLiteral("agreeOption")));
        QVERIFY(rig.next());

        // The optional one may be refused, but not left unanswered.
        QCOMPARE(rig.wizard->step(), EnrolmentStep::ThirdPartyConsent);
        QCOMPARE(rig.text(QStringLiteral("consentBadge")), QStringLiteral("Optional"));
        QVERIFY(!rig.wizard->canGoNext());
        QCOMPARE(rig.text(QStringLiteral("nextBlockedReason")),
                 QStringLiteral("Choose whether you agree."));
        QVERIFY(rig.click(QStringLiteral("disagreeOption")));
        QVERIFY(rig.wizard->canGoNext());
        QCOMPARE(rig.text(QStringLiteral("consentAnswerMessage")),
                 QStringLiteral("That is fine: you can take part without this consent."));
    }

    void eachConsentShowsItsOwnText() {
        WizardRig &rig = *m_rig;
        rig.wizard->load(typedApplication(QStringLiteral("ko"), QStringLiteral("테스트")));
        QStringList texts;
        for (EnrolmentStep step :
             {EnrolmentStep::PersonalDataConsent, EnrolmentStep::HealthDataConsent,
              EnrolmentStep::ThirdPartyConsent}) {
            rig.wizard->goTo(step);
            QCOMPARE(rig.wizard->step(), step);
            texts << rig.text(QStringLiteral("consentText"));
            QVERIFY(!texts.last().isEmpty());
        }
        QVERIFY(texts.at(1).contains(QStringLiteral("건강정보")));
        QVERIFY(!texts.at(0).contains(QStringLiteral("심박수")));
        QCOMPARE(QSet<QString>(texts.begin(), texts.end()).size(), 3);
    }
};

QTEST_MAIN(TestEnrolmentValidation)
#include "tst_enrolment_validation.moc"
