#include "ErrorMessages.h"
#include "LanguageController.h"

#include <QSet>
#include <QtTest>

using namespace wristdoc;

namespace {

const StorageErrorCode kErrors[] = {
    StorageErrorCode::CannotOpen,  StorageErrorCode::NotADatabase,
    StorageErrorCode::NewerSchema, StorageErrorCode::ReadOnly,
    StorageErrorCode::DiskFull,    StorageErrorCode::MigrationFailed,
    StorageErrorCode::QueryFailed, StorageErrorCode::InvalidData,
};

bool isHangulSentence(QString text) {
    text.remove(QStringLiteral("WristDoc")); // the brand name stays as it is in Korean
    int hangul = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            ++hangul;
        if (c.isLetter() && c.unicode() < 0x80 && c != QLatin1Char('P'))
            return false; // no English word left in a Korean sentence
    }
    return hangul > 3;
}

} // namespace

class TestErrorMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noErrorHasNoMessage() {
        LanguageController language;
        QVERIFY(ErrorMessages::storageError(StorageErrorCode::None).isEmpty());
        QVERIFY(ErrorMessages::storageErrorAdvice(StorageErrorCode::None).isEmpty());
    }

    void everyCodeHasItsOwnKoreanSentenceAndAdvice() {
        LanguageController language;
        QSet<QString> seen;
        for (StorageErrorCode code : kErrors) {
            const QString message = ErrorMessages::storageError(code);
            const QString advice = ErrorMessages::storageErrorAdvice(code);
            QVERIFY2(isHangulSentence(message), qPrintable(message));
            QVERIFY2(isHangulSentence(advice), qPrintable(advice));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
    }

    void everyCodeHasAnEnglishSentence() {
        LanguageController language;
        language.setLanguage(LanguageController::Language::English);
        QSet<QString> seen;
        for (StorageErrorCode code : kErrors) {
            const QString message = ErrorMessages::storageError(code);
            QVERIFY(!message.isEmpty());
            QVERIFY(message.endsWith(QLatin1Char('.')));
            QVERIFY(!ErrorMessages::storageErrorAdvice(code).isEmpty());
            QVERIFY(!seen.contains(message));
            seen.insert(message);
        }
        QCOMPARE(ErrorMessages::storageError(StorageErrorCode::NewerSchema),
                 QStringLiteral("The data file was saved by a newer version of WristDoc."));
    }
};

QTEST_MAIN(TestErrorMessages)
#include "tst_error_messages.moc"
