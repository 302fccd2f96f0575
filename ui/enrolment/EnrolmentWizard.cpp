#include "EnrolmentWizard.h"

#include "Clock.h"
#include "ConsentPage.h"
#include "DashboardWindow.h"
#include "DetailsPage.h"
#include "DevicePage.h"
#include "DistrictPage.h"
#include "EligibilityPage.h"
#include "EnrolmentHeader.h"
#include "EnrolmentIntake.h"
#include "EnrolmentLogging.h"
#include "EnrolmentRules.h"
#include "LanguageController.h"
#include "LanguagePage.h"
#include "ReceiptPage.h"
#include "ReviewPage.h"
#include "TextLabel.h"
#include "Theme.h"
#include "WatchPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

QString css(const QColor &color) {
    return color.name(QColor::HexRgb);
}

// Back and Next are the buttons pressed most: larger than the 44 px every target has.
QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumSize(Theme::MinTouchTarget * 3, Theme::MinTouchTarget + 12);
    return button;
}

// The step an application field is entered on, for an issue found when sending.
EnrolmentStep stepForField(const QString &field) {
    if (field.startsWith(QLatin1String("applicant.district")))
        return EnrolmentStep::District;
    if (field.startsWith(QLatin1String("applicant.")))
        return EnrolmentStep::Details;
    if (field == QLatin1String("consents.health-data"))
        return EnrolmentStep::HealthDataConsent;
    if (field == QLatin1String("consents.third-party"))
        return EnrolmentStep::ThirdPartyConsent;
    return EnrolmentStep::PersonalDataConsent;
}

} // namespace

EnrolmentWizard::EnrolmentWizard(EnrolmentIntake &intake, const Clock &clock,
                                 LanguageController &language, Theme &theme, QWidget *parent)
    : QMainWindow(parent)
    , m_intake(intake)
    , m_clock(clock)
    , m_language(language)
    , m_theme(theme)
    , m_zone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
    , m_confirmation(&DashboardWindow::askWithMessageBox) {
    setObjectName(QStringLiteral("enrolmentWizard"));
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("enrolmentCentral"));
    m_header = new EnrolmentHeader(language, theme, central);

    m_pagesHost = new QWidget;
    m_pagesHost->setObjectName(QStringLiteral("enrolmentPages"));
    m_languagePage = new LanguagePage(theme, m_pagesHost);
    m_eligibilityPage = new EligibilityPage(theme, m_pagesHost);
    m_detailsPage = new DetailsPage([this] { return today(); }, m_pagesHost);
    m_districtPage = new DistrictPage(theme, m_pagesHost);
    m_devicePage = new DevicePage(theme, m_pagesHost);
    auto *personal =
        new ConsentPage(EnrolmentRules::personalDataConsentId(), true, theme, m_pagesHost);
    auto *health = new ConsentPage(EnrolmentRules::healthDataConsentId(), true, theme, m_pagesHost);
    auto *thirdParty =
        new ConsentPage(EnrolmentRules::thirdPartyConsentId(), false, theme, m_pagesHost);
    m_watchPage = new WatchPage(theme, m_pagesHost);
    m_reviewPage = new ReviewPage(m_pagesHost);
    m_receiptPage = new ReceiptPage(m_pagesHost);
    m_pages = {m_languagePage, m_eligibilityPage, m_detailsPage, m_districtPage,
               m_devicePage,   personal,          health,        thirdParty,
               m_watchPage,    m_reviewPage,      m_receiptPage};

    auto *pagesLayout = new QVBoxLayout(m_pagesHost);
    pagesLayout->setContentsMargins(32, 24, 32, 32);
    for (EnrolmentPage *p : m_pages) {
        pagesLayout->addWidget(p);
        p->hide();
        connect(p, &EnrolmentPage::completeChanged, this, &EnrolmentWizard::updateNavigation);
    }
    // Large text makes a page taller; it scrolls, never clips and never scrolls sideways.
    m_scroll = new QScrollArea(central);
    m_scroll->setObjectName(QStringLiteral("enrolmentScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_pagesHost);
    // A finger drags the page on a touch screen; the mouse keeps its usual behaviour.
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);

    // Next and Back stay in place at the bottom, with the reason Next is not available yet.
    m_navigation = new QWidget(central);
    m_navigation->setObjectName(QStringLiteral("enrolmentNavigation"));
    m_navigation->setAttribute(Qt::WA_StyledBackground);
    m_reason = new TextLabel(m_navigation);
    m_reason->setObjectName(QStringLiteral("nextBlockedReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    Theme::setRole(m_reason, Theme::Role::Body);
    m_reason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_back = makeButton(QStringLiteral("backButton"), m_navigation);
    m_next = makeButton(QStringLiteral("nextButton"), m_navigation);
    m_next->setDefault(true);
    // Their own width, not the row's: Back stays left and Next right, with or without a reason.
    m_back->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_next->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // The reason sits right beside the disabled Next button.
    auto *navigationLayout = new QHBoxLayout(m_navigation);
    navigationLayout->setContentsMargins(32, 12, 32, 12);
    navigationLayout->setSpacing(16);
    navigationLayout->addWidget(m_back, 0, Qt::AlignVCenter);
    navigationLayout->addStretch(1);
    navigationLayout->addWidget(m_reason, 100);
    navigationLayout->addWidget(m_next, 0, Qt::AlignVCenter);

    auto *headerBox = new QWidget(central);
    headerBox->setObjectName(QStringLiteral("enrolmentHeaderBox"));
    headerBox->setAttribute(Qt::WA_StyledBackground);
    auto *headerLayout = new QVBoxLayout(headerBox);
    headerLayout->setContentsMargins(32, 16, 32, 12);
    headerLayout->addWidget(m_header);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(headerBox);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_navigation);
    setCentralWidget(central);

    connect(m_back, &QPushButton::clicked, this, &EnrolmentWizard::back);
    connect(m_next, &QPushButton::clicked, this, &EnrolmentWizard::next);
    connect(m_header, &EnrolmentHeader::startOverRequested, this, &EnrolmentWizard::startOver);
    connect(m_languagePage, &LanguagePage::languageChosen, this,
            [this](LanguageController::Language language) {
                m_language.setLanguage(language);
                next();
            });
    connect(&m_language, &LanguageController::languageChanged, m_languagePage,
            &LanguagePage::setCurrent);
    connect(m_devicePage, &DevicePage::deviceChanged, this, &EnrolmentWizard::updateNavigation);
    connect(m_watchPage, &WatchPage::pairingRequested, this, &EnrolmentWizard::pairWatchRequested);
    connect(m_reviewPage, &ReviewPage::changeRequested, this, [this](EnrolmentStep step) {
        m_returnToReview = true;
        goTo(step);
    });
    connect(m_reviewPage, &ReviewPage::retryRequested, this, &EnrolmentWizard::submit);
    connect(m_receiptPage, &ReceiptPage::finishRequested, this, &EnrolmentWizard::finish);
    connect(&m_theme, &Theme::changed, this, &EnrolmentWizard::applyTheme);

    m_languagePage->setCurrent(m_language.language());
    resize(1280, 900);
    applyTheme();
    retranslateUi();
    showStep(EnrolmentStep::Language);
}

EnrolmentWizard::~EnrolmentWizard() {
    m_receipt = DeliveryStatus();
}

void EnrolmentWizard::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
}

void EnrolmentWizard::setPairingAvailable(bool available) {
    m_watchPage->setPairingAvailable(available);
}

void EnrolmentWizard::setConfirmation(Confirmation confirmation) {
    m_confirmation = std::move(confirmation);
}

QDate EnrolmentWizard::today() const {
    return m_clock.nowUtc().toTimeZone(m_zone).date();
}

bool EnrolmentWizard::isSkipped(EnrolmentStep step) const {
    // No watch to pair for "phone only".
    return step == EnrolmentStep::Watch && m_devicePage->hasChoice() &&
           m_devicePage->device() == DeviceChoice::PhoneOnly;
}

EnrolmentApplication EnrolmentWizard::application() const {
    EnrolmentApplication application;
    for (int i = int(EnrolmentStep::Eligibility); i < int(EnrolmentStep::Review); ++i) {
        const auto step = EnrolmentStep(i);
        if (!isSkipped(step))
            page(step)->writeTo(&application);
    }
    application.language = LanguageController::code(m_language.language());
    return application;
}

void EnrolmentWizard::load(const EnrolmentApplication &application) {
    restart();
    for (EnrolmentPage *p : m_pages)
        p->readFrom(application);
    if (const auto language = LanguageController::fromCode(application.language))
        m_language.setLanguage(*language);
}

const DeliveryStatus &EnrolmentWizard::receipt() const {
    return m_receipt;
}

bool EnrolmentWizard::canGoNext() const {
    return m_next->isVisible() && m_next->isEnabled();
}

int EnrolmentWizard::stepNumber() const {
    int number = 0;
    for (int i = 0; i <= int(m_step) && i <= int(EnrolmentStep::Review); ++i) {
        if (!isSkipped(EnrolmentStep(i)))
            ++number;
    }
    return number;
}

int EnrolmentWizard::stepCount() const {
    int count = 0;
    for (int i = 0; i <= int(EnrolmentStep::Review); ++i) {
        if (!isSkipped(EnrolmentStep(i)))
            ++count;
    }
    return count;
}

bool EnrolmentWizard::hasEnteredData() const {
    for (const EnrolmentPage *p : m_pages) {
        if (p->hasInput())
            return true;
    }
    return false;
}

EnrolmentStep EnrolmentWizard::firstIncompleteBefore(EnrolmentStep step) const {
    for (int i = int(EnrolmentStep::Eligibility); i < int(step); ++i) {
        const auto s = EnrolmentStep(i);
        if (!isSkipped(s) && !page(s)->isComplete())
            return s;
    }
    return step;
}

void EnrolmentWizard::next() {
    switch (m_step) {
    case EnrolmentStep::Review:
        submit();
        return;
    case EnrolmentStep::Receipt:
        finish();
        return;
    default:
        break;
    }
    if (!page(m_step)->isComplete())
        return;
    if (m_returnToReview) {
        goTo(EnrolmentStep::Review);
        return;
    }
    int following = int(m_step) + 1;
    while (isSkipped(EnrolmentStep(following)))
        ++following;
    goTo(EnrolmentStep(following));
}

void EnrolmentWizard::back() {
    if (m_step == EnrolmentStep::Language || m_step == EnrolmentStep::Receipt)
        return;
    int previous = int(m_step) - 1;
    while (previous > 0 && isSkipped(EnrolmentStep(previous)))
        --previous;
    showStep(EnrolmentStep(previous));
}

void EnrolmentWizard::goTo(EnrolmentStep step) {
    // The receipt only follows a successful save; and no step is reached past one that is not
    // complete yet.
    if (step == EnrolmentStep::Receipt || m_step == EnrolmentStep::Receipt)
        return;
    showStep(firstIncompleteBefore(step));
}

void EnrolmentWizard::showStep(EnrolmentStep step) {
    if (step == EnrolmentStep::District)
        m_districtPage->setBasis(m_eligibilityPage->basis());
    if (step == EnrolmentStep::Watch)
        m_watchPage->setDevice(m_devicePage->device());
    if (step == EnrolmentStep::Review) {
        m_returnToReview = false;
        EnrolmentApplication current = application();
        m_reviewPage->setApplication(current, !isSkipped(EnrolmentStep::Watch));
        m_reviewPage->setRepeatApplicant(m_intake.isRepeatApplicant(current));
        current.wipe();
    }
    m_step = step;
    for (EnrolmentPage *p : m_pages)
        p->setVisible(p == page(step));
    m_scroll->verticalScrollBar()->setValue(0);
    updateNavigation();
    if (QWidget *focused = focusWidget(); focused && !focused->isVisible())
        focused->clearFocus();
    page(step)->focusFirstField();
    qCDebug(lcEnrolmentUi) << "step" << int(step);
    Q_EMIT stepChanged(step);
}

void EnrolmentWizard::submit() {
    EnrolmentApplication application = this->application();
    // The pages check as the applicant types; this is the same rule book once more, so nothing
    // invalid is ever stored (a date of birth can turn invalid at midnight, say).
    const QVector<ApplicationIssue> issues = EnrolmentRules::validate(application, today());
    if (!issues.isEmpty()) {
        qCWarning(lcEnrolmentUi) << "application incomplete at sending:" << issues.size()
                                 << "issues; first field" << issues.first().field;
        application.wipe();
        showStep(stepForField(issues.first().field));
        return;
    }
    const IntakeResult result = m_intake.submit(application);
    application.wipe();
    if (!result.ok()) {
        qCWarning(lcEnrolmentUi) << "application not stored, failure" << int(result.failure);
        m_reviewPage->setSubmitFailure(result.failure);
        m_scroll->verticalScrollBar()->setValue(0);
        updateNavigation();
        return;
    }
    qCInfo(lcEnrolmentUi) << "application stored on this kiosk, state"
                          << deliveryStateCode(result.receipt.state);
    m_receipt = result.receipt;
    // The receipt needs none of what was typed: the kiosk forgets it now.
    for (EnrolmentPage *p : m_pages) {
        if (p != m_receiptPage)
            p->clear();
    }
    m_receiptPage->setDeliveryStatus(m_receipt);
    showStep(EnrolmentStep::Receipt);
    Q_EMIT enrolmentStored(m_receipt);
}

void EnrolmentWizard::finish() {
    if (m_step != EnrolmentStep::Receipt)
        return;
    restart();
    Q_EMIT finished();
}

void EnrolmentWizard::restart() {
    for (EnrolmentPage *p : m_pages)
        p->clear();
    m_receipt = DeliveryStatus();
    m_returnToReview = false;
    showStep(EnrolmentStep::Language);
}

void EnrolmentWizard::wipe() {
    for (EnrolmentPage *p : m_pages)
        p->wipe();
    m_returnToReview = false;
    restart();
}

void EnrolmentWizard::startOver() {
    if (m_step == EnrolmentStep::Receipt) {
        finish();
        return;
    }
    if (hasEnteredData() &&
        !m_confirmation(this, tr("Start over"),
                        tr("Start over? Everything you entered will be forgotten."),
                        tr("Start over"), tr("Keep going")))
        return;
    restart();
}

void EnrolmentWizard::setDeliveryStatus(const DeliveryStatus &status) {
    if (m_receipt.reference.isEmpty() || status.reference != m_receipt.reference)
        return;
    m_receipt = status;
    m_receiptPage->setDeliveryStatus(status);
}

void EnrolmentWizard::setPairedWatch(const QString &serial) {
    m_watchPage->setPairedWatch(serial);
}

void EnrolmentWizard::updateNavigation() {
    EnrolmentPage *current = page(m_step);
    const bool complete = current->isComplete();
    m_back->setVisible(m_step != EnrolmentStep::Language && m_step != EnrolmentStep::Receipt);
    // The receipt has its own Finish button, away from where "Send" was.
    m_next->setVisible(m_step != EnrolmentStep::Receipt);
    m_navigation->setVisible(m_step != EnrolmentStep::Receipt);
    m_next->setEnabled(complete);
    const QString reason = complete ? QString() : current->blockingReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    if (m_step == EnrolmentStep::Review)
        m_next->setText(tr("Send my application"));
    else if (m_returnToReview)
        m_next->setText(tr("Back to the review"));
    else
        m_next->setText(tr("Next"));
    m_next->setAccessibleDescription(reason);
    m_header->setStep(m_step == EnrolmentStep::Receipt ? 0 : stepNumber(),
                      m_step == EnrolmentStep::Receipt ? 0 : stepCount());
    // On the receipt, Finish is the way out.
    m_header->setStartOverVisible(m_step != EnrolmentStep::Language &&
                                  m_step != EnrolmentStep::Receipt);
}

void EnrolmentWizard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void EnrolmentWizard::keyPressEvent(QKeyEvent *event) {
    // Text fields and option cards pass Enter on; push buttons outside a dialog ignore it too.
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QMainWindow::keyPressEvent(event);
        return;
    }
    // A focused push button is pressed, a focused choice not taken yet is taken; else Next.
    auto *focused = qobject_cast<QAbstractButton *>(focusWidget());
    const bool usable = focused && focused->isVisible() && focused->isEnabled();
    if (usable &&
        (qobject_cast<QPushButton *>(focused) || (focused->isCheckable() && !focused->isChecked())))
        focused->click();
    else if (canGoNext())
        m_next->click();
    event->accept();
}

void EnrolmentWizard::closeEvent(QCloseEvent *event) {
    // A closed wizard keeps nothing of the applicant's.
    restart();
    QMainWindow::closeEvent(event);
}

void EnrolmentWizard::retranslateUi() {
    setWindowTitle(tr("Join the walking programme"));
    m_scroll->setAccessibleName(tr("Join the walking programme"));
    m_back->setText(tr("Back"));
    updateNavigation();
}

void EnrolmentWizard::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    const int border = m_theme.highContrast() ? 3 : 2;
    // A column a reader's eye can follow, "Change" near its answer; at large text the page is
    // as wide as the window anyway.
    for (EnrolmentPage *p : m_pages)
        p->setMaximumWidth(m_theme.scaled(960));
    const QString primaryFace = css(c.accent);
    const QString primaryText = css(c.accentText);
    // Window-wide rules on top of the theme's: big text fields, a Next button that stands out,
    // the header and the navigation set apart from the page.
    setStyleSheet(
        QStringLiteral(
            "QWidget#enrolmentPages { background: %1; }"
            "QWidget#enrolmentHeaderBox { background: %2; border-bottom: %3px solid %4; }"
            "QWidget#enrolmentNavigation { background: %2; border-top: %3px solid %4; }"
            "QLineEdit { background: %2; color: %5; border: %3px solid %4; border-radius: 10px;"
            " padding: %6px %7px; font-size: %8pt; min-height: %9px; }"
            "QLineEdit:focus { border: %10px solid %11; }"
            "QPushButton#nextButton { background: %11; color: %12; border: %3px solid %11;"
            " font-weight: bold; }"
            "QPushButton#nextButton:focus, QPushButton#nextButton:hover { border: %10px solid "
            "%5; }"
            "QPushButton#nextButton:disabled { background: %2; color: %13; border: %3px dashed "
            "%13; font-weight: normal; }"
            "QWidget#submitFailure { background: %14; border: %10px solid %15; border-radius: "
            "14px; }"
            "QWidget[reviewRow=\"true\"] { border-bottom: 1px solid %4; }"
            // Scroll bars a finger can hold.
            "QScrollBar:vertical { background: %1; width: %16px; margin: 0; border: none; }"
            "QScrollBar::handle:vertical { background: %4; min-height: %9px; border-radius: "
            "6px; margin: 2px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
            "QLabel#referenceCode { background: %2; color: %11; border: %10px solid %11;"
            " border-radius: 14px; padding: %6px %17px; }")
            .arg(css(c.window), css(c.card))
            .arg(border)
            .arg(css(c.border), css(c.text))
            .arg(m_theme.scaled(8))
            .arg(m_theme.scaled(12))
            .arg(m_theme.pointSize(Theme::Role::Title), 0, 'f', 1)
            .arg(Theme::MinTouchTarget)
            .arg(border + 2)
            .arg(primaryFace, primaryText, css(c.mutedText), css(c.warning), css(c.warningText))
            .arg(m_theme.scaled(20))
            .arg(m_theme.scaled(24)));
}

} // namespace wristdoc
