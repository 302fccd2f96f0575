// Every screen of AccessibilityScreens.h (dashboard, pairing, every enrolment step, receipt,
// idle warning, staff PIN, staff console, ...) shown in Korean: no visible text may be left in
// the English source language. Numbers, units, the brand, codes and invented test data aside.
#include "AccessibilityScreens.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QtTest>

using namespace wristdoc;
using namespace wristdoc::a11y;

class KoreanTextTest : public QObject {
    Q_OBJECT

    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;

    // What may stay in Latin letters on a Korean screen: the brand, units and codes the
    // programme prints as they are, and the invented people and watches of the test data.
    static QString withoutAllowed(QString text) {
        // The language switch is written in the language it switches to, and the start page
        // greets in both languages ("한국어 · English" halves): deliberate English.
        if (text == QLatin1String("English") || text == QLatin1String("Apply in English"))
            return QString();
        const qsizetype dot = text.indexOf(QStringLiteral(" · "));
        if (dot >= 0)
            text = text.left(dot);
        static const QRegularExpression allowed(QStringLiteral(
            "WristDoc|Wrist Doc|Bluetooth|BLE|SIM-?\\w*|WD-\\w+|P-[\\d*]+|\\bK-\\d+|"
            "\\b(?:bpm|km|kg|kcal|KRW|CSV|PIN|OK|ID|QR|USB|Wi-Fi|Mum|Dad|Test|Invented)\\b|"
            // a watch's own model name, as the watch reports it
            "\\bSimulator\\b|"
            "https?://\\S+|\\S+@\\S+|\\b[A-Z]{1,2}\\b|[A-Fa-f0-9]{2}(:[A-Fa-f0-9]{2})+"));
        return text.remove(allowed);
    }

    static QStringList visibleTexts(QWidget *window) {
        QStringList texts;
        auto add = [&texts](const QWidget *w, const QString &t) {
            if (!t.trimmed().isEmpty())
                texts << QStringLiteral("%1: %2").arg(QString::fromLatin1(w->metaObject()->className()), t);
        };
        add(window, window->windowTitle());
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                add(w, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(w, button->text());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(w, edit->placeholderText());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(w, box->title());
            else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(w, combo->itemText(i));
            }
        }
        return texts;
    }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
    }
    void cleanup() {
        m_theme.reset();
        m_language.reset();
    }

    void noEnglishLeftOnAKoreanScreen_data() {
        QTest::addColumn<QString>("screen");
        for (const ScreenEntry &entry : allScreens())
            QTest::newRow(entry.name) << QString::fromLatin1(entry.name);
    }
    void noEnglishLeftOnAKoreanScreen() {
        QFETCH(QString, screen);
        m_language->setLanguage(LanguageController::Korean);
        settle();
        std::unique_ptr<AuditedScreen> audited;
        for (const ScreenEntry &entry : allScreens()) {
            if (screen == QLatin1String(entry.name))
                audited = entry.make(*m_language, *m_theme);
        }
        QVERIFY(audited);
        static const QRegularExpression englishWord(QStringLiteral("[A-Za-z]{3,}"));
        QStringList english;
        int checked = 0;
        audited->visit([&](const QString &state, QWidget *window) {
            for (const QString &text : visibleTexts(window)) {
                ++checked;
                // Rich text's markup is not visible text.
                QString visible = text.section(QStringLiteral(": "), 1);
                visible.remove(QRegularExpression(QStringLiteral("<[^>]*>|&\\w+;")));
                if (withoutAllowed(visible).contains(englishWord))
                    english << QStringLiteral("%1: %2").arg(state, text);
            }
        });
        QVERIFY(checked > 0);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(KoreanTextTest)
#include "tst_korean_text.moc"
