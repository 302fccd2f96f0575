// The "link this computer" dialog with a fake linking object: number, code, outcome; failures
// in words (tries left, a dead code back to step 1); large touch targets; retranslation.
#include "LinkDialog.h"
#include "PersonNameDialog.h"
#include "Theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace wristdoc;

// Stands in for ParticipantLinking: the same signals and slots, answers given by the test.
class FakeLinking : public QObject {
    Q_OBJECT
public:
    QStringList numbers;
    QStringList codes;

    static QString reasonText(const QString &code, int attemptsLeft) {
        return attemptsLeft >= 0 ? QStringLiteral("reason %1, %2 left").arg(code).arg(attemptsLeft)
                                 : QStringLiteral("reason %1").arg(code);
    }

public Q_SLOTS:
    void requestCode(const QString &number) { numbers.append(number); }
    void confirm(const QString &code) { codes.append(code); }

Q_SIGNALS:
    void codeSent(const QDateTime &expiresAt);
    void linked(const QString &participantId, int birthYear);
    void failed(const QString &reasonCode, int attemptsLeft);
};

// Marks every text of the dialog, to see that it is translated again on a language change.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation);
        if (qstrcmp(context, "wristdoc::LinkDialog") != 0)
            return {};
        QString text = QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
        return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
};

class LinkDialogTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<LinkDialog> m_dialog;
    std::unique_ptr<FakeLinking> m_fake;

    template <typename T> T *child(const char *name) {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    void typeNumberAndSend(const QString &number) {
        QTest::keyClicks(child<QLineEdit>("linkNumber"), number);
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<Theme>(); }

    void init() {
        m_dialog = std::make_unique<LinkDialog>();
        m_fake = std::make_unique<FakeLinking>();
        connectLinking(m_dialog.get(), m_fake.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() {
        m_dialog.reset();
        m_fake.reset();
    }

    void happyPath() {
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Number);
        typeNumberAndSend(QStringLiteral("P-00001234"));
        QCOMPARE(m_fake->numbers, QStringList{QStringLiteral("P-00001234")});
        // Nothing is sent twice while the first request is on its way.
        QVERIFY(!child<QPushButton>("linkNext")->isEnabled());

        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Code);
        QVERIFY(m_dialog->message().contains(QLatin1String("10 minute")));
        QTest::keyClicks(child<QLineEdit>("linkCode"), QStringLiteral("123 456"));
        QTest::keyClick(child<QLineEdit>("linkCode"), Qt::Key_Return);
        QCOMPARE(m_fake->codes, QStringList{QStringLiteral("123456")});

        Q_EMIT m_fake->linked(QStringLiteral("P-00001234"), 1956);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Done);
        QVERIFY(!m_dialog->message().isEmpty());
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void codeFieldTakesDigitsOnly() {
        typeNumberAndSend(QStringLiteral("P-00001234"));
        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        QTest::keyClicks(child<QLineEdit>("linkCode"), QStringLiteral("12a3"));
        QCOMPARE(child<QLineEdit>("linkCode")->text(), QStringLiteral("123"));
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
        // Too short: said in words, nothing sent.
        QVERIFY(m_fake->codes.isEmpty());
        QVERIFY(!m_dialog->message().isEmpty());
    }

    void wrongCodeStaysOnTheCodeStep() {
        typeNumberAndSend(QStringLiteral("P-00001234"));
        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        QTest::keyClicks(child<QLineEdit>("linkCode"), QStringLiteral("000000"));
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
        Q_EMIT m_fake->failed(QStringLiteral("wrong-code"), 3);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Code);
        QCOMPARE(m_dialog->message(), QStringLiteral("reason wrong-code, 3 left"));
        QVERIFY(child<QLineEdit>("linkCode")->text().isEmpty());
        QVERIFY(child<QPushButton>("linkNext")->isEnabled());
    }

    void deadCodeGoesBackToTheNumber() {
        typeNumberAndSend(QStringLiteral("P-00001234"));
        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        QTest::keyClicks(child<QLineEdit>("linkCode"), QStringLiteral("000000"));
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
        Q_EMIT m_fake->failed(QStringLiteral("too-many-attempts"), -1);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Number);
        QCOMPARE(m_dialog->message(), QStringLiteral("reason too-many-attempts"));
        // The number is still there: asking again is one tap.
        QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
        QCOMPARE(m_fake->numbers.size(), 2);
    }

    void unknownNumberIsSaidInWords() {
        typeNumberAndSend(QStringLiteral("P-00009999"));
        Q_EMIT m_fake->failed(QStringLiteral("unknown-participant"), -1);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Number);
        QCOMPARE(m_dialog->message(), QStringLiteral("reason unknown-participant"));
    }

    void backReturnsToTheNumber() {
        typeNumberAndSend(QStringLiteral("P-00001234"));
        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        QTest::mouseClick(child<QPushButton>("linkBack"), Qt::LeftButton);
        QCOMPARE(m_dialog->step(), LinkDialog::Step::Number);
    }

    void controlsAreLargeEnoughAtEveryTextSize() {
        for (int scale : {100, 200}) {
            m_theme->setTextScalePercent(scale);
            typeNumberAndSend(QStringLiteral("P-00001234"));
            Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
            QCoreApplication::processEvents();
            for (const char *name : {"linkNext", "linkBack", "linkCancel"}) {
                auto *button = child<QPushButton>(name);
                QVERIFY2(button->height() >= Theme::MinTouchTarget, name);
                QVERIFY2(button->width() >= Theme::MinTouchTarget, name);
                // The words fit in the button.
                QVERIFY2(button->fontMetrics().horizontalAdvance(button->text()) <= button->width(),
                         name);
            }
            QVERIFY(child<QLineEdit>("linkCode")->height() >= 2 * Theme::MinTouchTarget - 16);
            // Wrapped text gets the height it needs: nothing is cut off.
            for (const char *name : {"linkTitle", "linkIntro", "linkCodeLabel", "linkMessage"}) {
                auto *label = child<QLabel>(name);
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), name);
            }
            m_dialog->restart();
        }
        m_theme->setTextScalePercent(100);
    }

    // With WRISTDOC_SCREENSHOT_DIR set, saves both steps at 100 % and 200 % as PNGs to look at.
    void screenshots() {
        const QString dir = qEnvironmentVariable("WRISTDOC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("WRISTDOC_SCREENSHOT_DIR is not set");
        for (int scale : {100, 200}) {
            m_theme->setTextScalePercent(scale);
            m_dialog->restart();
            QCoreApplication::processEvents();
            QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/link-number-%1.png").arg(scale)));
            typeNumberAndSend(QStringLiteral("P-00001234"));
            Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
            QTest::keyClicks(child<QLineEdit>("linkCode"), QStringLiteral("000000"));
            QTest::mouseClick(child<QPushButton>("linkNext"), Qt::LeftButton);
            Q_EMIT m_fake->failed(QStringLiteral("wrong-code"), 3);
            QCoreApplication::processEvents();
            QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/link-code-%1.png").arg(scale)));
        }
        m_theme->setTextScalePercent(100);
    }

    // The name of a new person on a home computer: the same large controls as linking.
    void personNameNeedsANameOtherThanSpaces() {
        PersonNameDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addPerson"));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("personName"));
        QVERIFY(add && field);
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(field, QStringLiteral("   "));
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(field, QStringLiteral("Invented Aunt  "));
        QVERIFY(add->isEnabled());
        QCOMPARE(dialog.name(), QStringLiteral("Invented Aunt"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        // A name longer than the person menu can show is cut where it is typed.
        dialog.setName(QString(40, QLatin1Char('x')));
        QCOMPARE(dialog.name().size(), PersonNameDialog::kMaxNameLength);
    }

    void personNameControlsAreLargeEnoughAtEveryTextSize() {
        for (int scale : {100, 200}) {
            m_theme->setTextScalePercent(scale);
            PersonNameDialog dialog;
            dialog.setName(QStringLiteral("Invented Aunt"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (const char *name : {"addPerson", "cancelAddPerson"}) {
                auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
                QVERIFY2(button->height() >= Theme::MinTouchTarget, name);
                QVERIFY2(button->width() >= Theme::MinTouchTarget, name);
                QVERIFY2(button->fontMetrics().horizontalAdvance(button->text()) <= button->width(),
                         name);
            }
            auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("personName"));
            QVERIFY(field->height() >= Theme::MinTouchTarget);
            auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("personNamePrompt"));
            QVERIFY(prompt->height() >= prompt->heightForWidth(prompt->width()));
            const QString dir = qEnvironmentVariable("WRISTDOC_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                QVERIFY(dialog.grab().save(dir + QStringLiteral("/person-name-%1.png").arg(scale)));
        }
        m_theme->setTextScalePercent(100);
    }

    void retranslatesOnLanguageChange() {
        typeNumberAndSend(QStringLiteral("P-00001234"));
        Q_EMIT m_fake->codeSent(QDateTime::currentDateTimeUtc().addSecs(600));
        const QString title = child<QLabel>("linkTitle")->text();
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(child<QLabel>("linkTitle")->text(), QStringLiteral("[x] ") + title);
        QVERIFY(child<QPushButton>("linkNext")->text().startsWith(QLatin1String("[x] ")));
        // The message is rebuilt from what happened, not kept as text.
        QVERIFY(m_dialog->message().startsWith(QLatin1String("[x] ")));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(child<QLabel>("linkTitle")->text(), title);
    }
};

QTEST_MAIN(LinkDialogTest)
#include "tst_link_dialog.moc"
