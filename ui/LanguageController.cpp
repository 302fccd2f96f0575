#include "LanguageController.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace wristdoc {

LanguageController::LanguageController(QObject *parent)
    : QObject(parent) {
    install(Language::Korean);
}

LanguageController::~LanguageController() {
    removeTranslators();
}

bool LanguageController::setLanguage(Language language) {
    if (language == m_language && m_installed)
        return m_translationLoaded;
    install(language);
    Q_EMIT languageChanged(m_language);
    return m_translationLoaded;
}

void LanguageController::toggle() {
    setLanguage(otherLanguage());
}

LanguageController::Language LanguageController::otherLanguage() const {
    return m_language == Language::Korean ? Language::English : Language::Korean;
}

QLocale LanguageController::localeFor(Language language) {
    switch (language) {
    case Language::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    return QLocale(QLocale::Korean, QLocale::SouthKorea);
}

QString LanguageController::nativeName(Language language) {
    // Not translated on purpose: a switch names the language in that language.
    return language == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English");
}

QString LanguageController::code(Language language) {
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

std::optional<LanguageController::Language> LanguageController::fromCode(const QString &code) {
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("ko") || lower.startsWith(QLatin1String("ko_")) ||
        lower.startsWith(QLatin1String("ko-")))
        return Language::Korean;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

void LanguageController::install(Language language) {
    removeTranslators();
    m_language = language;
    const QLocale locale = localeFor(language);
    // Widgets and charts that format through the default locale follow the chosen language.
    QLocale::setDefault(locale);

    const QString name = QStringLiteral("wristdoc_") + code(language);
    m_translationLoaded = m_appTranslator.load(name, QStringLiteral(":/i18n"));
    if (!m_translationLoaded)
        qCWarning(lcUi) << "embedded translation not found:" << name;

    bool qtLoaded = false;
    if (language != Language::English) {
        qtLoaded = m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    if (QCoreApplication::instance()) {
        if (qtLoaded)
            QCoreApplication::installTranslator(&m_qtTranslator);
        if (m_translationLoaded)
            QCoreApplication::installTranslator(&m_appTranslator);
        m_installed = true;
    }
    qCDebug(lcUi) << "language" << code(language) << "translation loaded:" << m_translationLoaded;
}

void LanguageController::removeTranslators() {
    if (!QCoreApplication::instance())
        return;
    // removeTranslator() is a no-op for a translator that is not installed.
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

} // namespace wristdoc
