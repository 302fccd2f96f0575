#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

// The .ts files as lupdate leaves them: every Korean text translated, placeholders kept, and
// English plural forms filled, so lrelease never ships an empty or half-done string.
namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

QString where(const Message &m) {
    return m.context + QStringLiteral(": ") + m.source;
}

} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void koreanIsCompleteWithPlaceholdersKept() {
        QString language;
        const QList<Message> messages =
            readTs(QStringLiteral(WRISTDOC_TRANSLATIONS_DIR "/wristdoc_ko.ts"), &language);
        QCOMPARE(language, QStringLiteral("ko_KR"));
        QVERIFY(messages.size() > 50);
        for (const Message &m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" ") + where(m)));
            // Korean has one plural form.
            QCOMPARE(m.translations.size(), 1);
            const QString &t = m.translations.first();
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where(m)));
            QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(where(m)));
        }
    }

    void englishHasItsPluralFormsAndNothingUnfinished() {
        QString language;
        const QList<Message> messages =
            readTs(QStringLiteral(WRISTDOC_TRANSLATIONS_DIR "/wristdoc_en.ts"), &language);
        QCOMPARE(language, QStringLiteral("en_US"));
        int numerus = 0;
        for (const Message &m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" ") + where(m)));
            if (m.numerus) {
                ++numerus;
                QCOMPARE(m.translations.size(), 2);
                for (const QString &form : m.translations)
                    QVERIFY2(placeholders(form) == placeholders(m.source), qPrintable(where(m)));
            } else {
                // English is the source language: the text is shown as written.
                QCOMPARE(m.translations.first(), m.source);
            }
        }
        QVERIFY(numerus >= 2); // steps and bpm at least
    }

    void bothFilesHoldTheSameMessages() {
        QString ko;
        QString en;
        QSet<QString> koKeys;
        QSet<QString> enKeys;
        for (const Message &m :
             readTs(QStringLiteral(WRISTDOC_TRANSLATIONS_DIR "/wristdoc_ko.ts"), &ko))
            koKeys.insert(where(m));
        for (const Message &m :
             readTs(QStringLiteral(WRISTDOC_TRANSLATIONS_DIR "/wristdoc_en.ts"), &en))
            enKeys.insert(where(m));
        QCOMPARE(koKeys, enKeys);
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
