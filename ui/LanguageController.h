#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <optional>

namespace wristdoc {

// Owns the application's translators and the locale numbers and dates are written in.
// Korean is installed on construction; switching installs the other language at once, and Qt
// posts QEvent::LanguageChange to every window so open widgets retranslate themselves.
class LanguageController : public QObject {
    Q_OBJECT

public:
    // Unscoped so both LanguageController::English and Language::English read naturally.
    enum Language { Korean, English };
    Q_ENUM(Language)

    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    Language language() const { return m_language; }
    // Returns false when the language's translation could not be loaded (the English source
    // text is shown then); the locale still switches.
    bool setLanguage(Language language);
    void toggle();
    Language otherLanguage() const;

    QLocale locale() const { return localeFor(m_language); }
    // True when the last setLanguage() found its embedded translation.
    bool translationLoaded() const { return m_translationLoaded; }

    static QLocale localeFor(Language language);
    // The language's own name, written in that language: "한국어", "English".
    static QString nativeName(Language language);
    static QString code(Language language); // "ko", "en"
    static std::optional<Language> fromCode(const QString &code);

Q_SIGNALS:
    void languageChanged(wristdoc::LanguageController::Language language);

private:
    void install(Language language);
    void removeTranslators();

    Language m_language = Language::Korean;
    bool m_translationLoaded = false;
    bool m_installed = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator; // Qt's own strings (standard dialog buttons)
};

} // namespace wristdoc
