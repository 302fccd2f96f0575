#include "BirthDateInput.h"
#include "MobileNumberEdit.h"
#include "OptionCard.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace wristdoc;

// The wizard's own input widgets, alone: the grouped mobile number field, the three-field date
// of birth, and the big option cards.
class TestEnrolmentInputs : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Theme> m_theme;

    static void typeDigits(QWidget *target, const QString &digits) {
        for (QChar c : digits)
            QTest::keyClick(target, c.toLatin1());
    }

private Q_SLOTS:
    void init() { m_theme = std::make_unique<Theme>(); }
    void cleanup() { m_theme.reset(); }

    void mobileGroupsDigitsAsTheyAreTyped() {
        MobileNumberEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QStringList expected = {QStringLiteral("0"),
                                      QStringLiteral("01"),
                                      QStringLiteral("010"),
                                      QStringLiteral("010-1"),
                                      QStringLiteral("010-12"),
                                      QStringLiteral("010-123"),
                                      QStringLiteral("010-1234"),
                                      QStringLiteral("010-1234-5"),
                                      QStringLiteral("010-1234-56"),
                                      QStringLiteral("010-1234-567"),
                                      QStringLiteral("010-1234-5678")};
        const QString digits = QStringLiteral("01012345678");
        for (int i = 0; i < digits.size(); ++i) {
            QTest::keyClick(&edit, digits.at(i).toLatin1());
            QCOMPARE(edit.text(), expected.at(i));
            QCOMPARE(edit.cursorPosition(), edit.text().size());
        }
        QCOMPARE(edit.digits(), digits);
    }

    void theCursorStaysAfterTheDigitJustTyped() {
        MobileNumberEdit edit;
        edit.show();
        typeDigits(&edit, QStringLiteral("0101235678")); // one digit left out
        // Ten digits of an 010 number keep the grouping of the eleven to come.
        QCOMPARE(edit.text(), QStringLiteral("010-1235-678"));
        // Put the missing 4 after "010-123".
        edit.setCursorPosition(7);
        QTest::keyClick(&edit, '4');
        QCOMPARE(edit.text(), QStringLiteral("010-1234-5678"));
        QCOMPARE(edit.cursorPosition(), 8); // right after the 4, before the dash
        // Backspace removes a digit, and the groups follow.
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.text(), QStringLiteral("010-1235-678"));
        QCOMPARE(edit.digits(), QStringLiteral("0101235678"));
    }

    void lettersAreLeftForTheCheckToPointOut() {
        MobileNumberEdit edit;
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("010a"));
        QCOMPARE(edit.text(), QStringLiteral("010a"));
        QCOMPARE(edit.digits(), QStringLiteral("010"));
    }

    void birthDateMovesOnWhenAFieldIsFull() {
        BirthDateInput input;
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        auto *year = input.findChild<QLineEdit *>(QStringLiteral("birthYear"));
        auto *month = input.findChild<QLineEdit *>(QStringLiteral("birthMonth"));
        auto *day = input.findChild<QLineEdit *>(QStringLiteral("birthDay"));
        QSignalSpy edited(&input, &BirthDateInput::edited);
        input.focusFirstField();
        QVERIFY(year->hasFocus());
        typeDigits(year, QStringLiteral("195"));
        QVERIFY(year->hasFocus());
        typeDigits(year, QStringLiteral("6"));
        QVERIFY(month->hasFocus());
        // "1" may become 10, 11 or 12: the cursor waits; "2" cannot grow: it moves on.
        typeDigits(month, QStringLiteral("1"));
        QVERIFY(month->hasFocus());
        typeDigits(month, QStringLiteral("1"));
        QVERIFY(day->hasFocus());
        typeDigits(day, QStringLiteral("30"));
        QCOMPARE(input.date(), QDate(1956, 11, 30));
        QCOMPARE(edited.count(), 8);

        input.clear();
        QVERIFY(input.isEmpty());
        year->setFocus();
        typeDigits(year, QStringLiteral("1956"));
        typeDigits(month, QStringLiteral("4"));
        QVERIFY(day->hasFocus());
        typeDigits(day, QStringLiteral("9"));
        QCOMPARE(input.date(), QDate(1956, 4, 9));
    }

    void birthDateAcceptsDigitsOnly() {
        BirthDateInput input;
        input.show();
        auto *year = input.findChild<QLineEdit *>(QStringLiteral("birthYear"));
        year->setFocus();
        QTest::keyClicks(year, QStringLiteral("19a5-6"));
        QCOMPARE(input.yearText(), QStringLiteral("1956"));
        QVERIFY(!input.date().isValid()); // month and day still empty
        input.setDate(QDate(1960, 2, 29));
        QCOMPARE(input.monthText(), QStringLiteral("2"));
        QCOMPARE(input.dayText(), QStringLiteral("29"));
        QCOMPARE(input.date(), QDate(1960, 2, 29));
    }

    void birthDateFieldsFitTheirDigitsAtEveryTextSize() {
        BirthDateInput input;
        input.show();
        auto *year = input.findChild<QLineEdit *>(QStringLiteral("birthYear"));
        int previous = 0;
        for (int scale : {100, 200}) {
            m_theme->setTextScalePercent(scale);
            QCoreApplication::processEvents();
            const int needed = QFontMetrics(year->font()).horizontalAdvance(QStringLiteral("0000"));
            QVERIFY2(year->minimumWidth() > needed,
                     qPrintable(QStringLiteral("%1 <= %2").arg(year->minimumWidth()).arg(needed)));
            QVERIFY(year->minimumWidth() > previous);
            previous = year->minimumWidth();
        }
    }

    void optionCardsToggleByTouchAndKeyboard() {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *a = new OptionCard(*m_theme, OptionCard::Mark::Radio, &host);
        auto *b = new OptionCard(*m_theme, OptionCard::Mark::Radio, &host);
        auto *check = new OptionCard(*m_theme, OptionCard::Mark::Check, &host);
        a->setTitle(QStringLiteral("First choice"));
        a->setDescription(QStringLiteral("A line that explains the first choice."));
        b->setTitle(QStringLiteral("Second choice"));
        check->setTitle(QStringLiteral("I confirm"));
        QButtonGroup group;
        group.addButton(a);
        group.addButton(b);
        for (OptionCard *card : {a, b, check})
            layout->addWidget(card);
        host.resize(600, 400);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        // A tap on the description text is a tap on the card.
        auto *description = a->findChild<QWidget *>(QStringLiteral("optionDescription"));
        // Sent to the window, so Qt routes it to whatever is under the point.
        QTest::mouseClick(host.windowHandle(), Qt::LeftButton, Qt::NoModifier,
                          description->mapTo(&host, description->rect().center()));
        QVERIFY(a->isChecked());
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(b->isChecked());
        QVERIFY(!a->isChecked());
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(check->isChecked());
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(!check->isChecked());
        QCOMPARE(a->text(), QStringLiteral("First choice")); // what screen readers announce
        for (OptionCard *card : {a, b, check}) {
            QVERIFY(card->width() >= Theme::MinTouchTarget);
            QVERIFY(card->height() >= Theme::MinTouchTarget);
        }
    }

    void optionCardTextWrapsInsteadOfClipping() {
        // In a narrow column (still wider than the longest word at 200 %), as on a page: the
        // card grows downwards to hold its text.
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *card = new OptionCard(*m_theme, OptionCard::Mark::Radio, &host);
        card->setTitle(QStringLiteral("A long title that cannot fit on one narrow line"));
        card->setDescription(QStringLiteral("And a description that is longer still, so that it "
                                            "has to wrap onto several lines when narrow."));
        layout->addWidget(card);
        layout->addStretch(1);
        m_theme->setTextScalePercent(200);
        host.resize(560, 1600);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(card->hasHeightForWidth());
        QVERIFY2(card->heightForWidth(300) > card->heightForWidth(1200),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(card->heightForWidth(300))
                                .arg(card->heightForWidth(1200))));
        QVERIFY(card->height() >= card->heightForWidth(card->width()));
        const auto labels = card->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                     qPrintable(QStringLiteral("%1: %2 > %3 at width %4")
                                    .arg(label->objectName())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->height())
                                    .arg(label->width())));
            QVERIFY(card->rect().contains(label->geometry()));
        }
    }
};

QTEST_MAIN(TestEnrolmentInputs)
#include "tst_enrolment_inputs.moc"
