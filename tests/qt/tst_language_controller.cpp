#include "ErrorMessages.h"
#include "LanguageController.h"

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

// Sees the LanguageChange that QCoreApplication sends itself when a translator changes; Qt
// then forwards it to every top-level window.
class LanguageChangeFilter : public QObject {
public:
    int seen = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *e) override {
        if (watched == qApp && e->type() == QEvent::LanguageChange)
            ++seen;
        return false;
    }
};

} // namespace

class TestLanguageController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void koreanIsTheDefaultAndLoadsFromResources() {
        LanguageController language;
        QCOMPARE(language.language(), LanguageController::Language::Korean);
        QVERIFY(language.translationLoaded());
        QCOMPARE(language.locale().language(), QLocale::Korean);
        // A known string comes out in Hangul: the embedded .qm is really installed.
        const QString text = ErrorMessages::storageError(StorageErrorCode::DiskFull);
        QVERIFY2(containsHangul(text), qPrintable(text));
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }

    void switchingToEnglishChangesTextLocaleAndSignals() {
        LanguageController language;
        QSignalSpy spy(&language, &LanguageController::languageChanged);
        QVERIFY(language.setLanguage(LanguageController::Language::English));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<LanguageController::Language>(),
                 LanguageController::Language::English);
        QCOMPARE(language.locale().language(), QLocale::English);
        QCOMPARE(
            ErrorMessages::storageError(StorageErrorCode::DiskFull),
            QStringLiteral("The disk is full, so new records were not saved. Nothing was lost."));

        language.toggle();
        QCOMPARE(language.language(), LanguageController::Language::Korean);
        QVERIFY(containsHangul(ErrorMessages::storageError(StorageErrorCode::DiskFull)));
        QCOMPARE(spy.count(), 2);
    }

    void settingTheSameLanguageAgainDoesNothing() {
        LanguageController language;
        QSignalSpy spy(&language, &LanguageController::languageChanged);
        language.setLanguage(LanguageController::Language::Korean);
        QCOMPARE(spy.count(), 0);
    }

    void switchingSendsLanguageChangeToTheApplication() {
        LanguageController language;
        LanguageChangeFilter filter;
        qApp->installEventFilter(&filter);
        language.setLanguage(LanguageController::Language::English);
        qApp->removeEventFilter(&filter);
        QVERIFY(filter.seen >= 1);
    }

    void destroyingTheControllerRemovesItsTranslators() {
        {
            LanguageController language;
            QVERIFY(containsHangul(ErrorMessages::storageError(StorageErrorCode::ReadOnly)));
        }
        QVERIFY(!containsHangul(ErrorMessages::storageError(StorageErrorCode::ReadOnly)));
    }

    void namesAndCodes() {
        QCOMPARE(LanguageController::nativeName(LanguageController::Language::Korean),
                 QStringLiteral("한국어"));
        QCOMPARE(LanguageController::nativeName(LanguageController::Language::English),
                 QStringLiteral("English"));
        QCOMPARE(LanguageController::fromCode(QStringLiteral("ko")),
                 LanguageController::Language::Korean);
        QCOMPARE(LanguageController::fromCode(QStringLiteral("en_US")),
                 LanguageController::Language::English);
        QCOMPARE(LanguageController::fromCode(QStringLiteral("KO-kr")),
                 LanguageController::Language::Korean);
        QVERIFY(!LanguageController::fromCode(QStringLiteral("fr")).has_value());
        QCOMPARE(LanguageController::code(LanguageController::Language::English),
                 QStringLiteral("en"));
        LanguageController language;
        QCOMPARE(language.otherLanguage(), LanguageController::Language::English);
    }
};

QTEST_MAIN(TestLanguageController)
#include "tst_language_controller.moc"
