#include "DashboardWindow.h"

#include "CardGrid.h"
#include "DashboardHeader.h"
#include "EmptyStateCard.h"
#include "ErrorBanner.h"
#include "HeartRateCard.h"
#include "LanguageController.h"
#include "PointsCard.h"
#include "PointsCheckCard.h"
#include "StepsCard.h"
#include "SyncStatusPanel.h"
#include "Theme.h"
#include "UiLogging.h"
#include "WeekChartCard.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

// The active person's link: their profile says so; a snapshot without profiles has its flag.
bool activeProfileLinked(const DashboardSnapshot &snapshot) {
    for (const DashboardSnapshot::Profile &profile : snapshot.profiles) {
        if (profile.id == snapshot.activeProfileId)
            return profile.linked;
    }
    return snapshot.linked;
}

} // namespace

DashboardWindow::DashboardWindow(LanguageController &language, Theme &theme, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_theme(theme)
    , m_confirmation(&DashboardWindow::askWithMessageBox)
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("dashboardWindow"));

    auto *content = new QWidget;
    m_content = content;
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_header = new DashboardHeader(language, theme, content);
    m_errorBanner = new ErrorBanner(content);
    m_emptyState = new EmptyStateCard(language, content);
    m_grid = new CardGrid(content);
    m_grid->setObjectName(QStringLiteral("cardGrid"));
    m_steps = new StepsCard(language);
    m_points = new PointsCard(language);
    m_week = new WeekChartCard(language, theme);
    m_heartRate = new HeartRateCard(language, theme);
    m_grid->setCards({m_steps, m_points, m_week, m_heartRate});
    // Full width below the cards: its rows are sentences, too long for half a page.
    m_pointsCheck = new PointsCheckCard(language, content);
    m_status = new SyncStatusPanel(language, content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_grid);
    layout->addWidget(m_pointsCheck);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // Large text grows the page downwards; it scrolls rather than clipping or shrinking.
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setCentralWidget(m_scroll);
    m_scroll->viewport()->installEventFilter(this);

    connect(m_header, &DashboardHeader::removeDemoDataRequested, this,
            &DashboardWindow::confirmRemoveDemoData);
    connect(m_header, &DashboardHeader::refreshRequested, this, &DashboardWindow::refreshRequested);
    connect(m_header, &DashboardHeader::pairWatchRequested, this,
            &DashboardWindow::pairWatchRequested);
    connect(m_header, &DashboardHeader::enrolRequested, this, &DashboardWindow::enrolRequested);
    connect(m_header, &DashboardHeader::profileSwitchRequested, this,
            &DashboardWindow::profileSwitchRequested);
    connect(m_header, &DashboardHeader::addProfileRequested, this,
            &DashboardWindow::addProfileRequested);
    connect(m_header, &DashboardHeader::linkRequested, this, &DashboardWindow::linkRequested);
    connect(m_header, &DashboardHeader::unlinkRequested, this, &DashboardWindow::confirmUnlink);
    connect(m_pointsCheck, &PointsCheckCard::linkRequested, this, &DashboardWindow::linkRequested);
    connect(m_pointsCheck, &PointsCheckCard::reportRequested, this,
            &DashboardWindow::reportRequested);
    connect(m_status, &SyncStatusPanel::refreshRequested, this, &DashboardWindow::refreshRequested);
    connect(m_emptyState, &EmptyStateCard::simulatedWatchRequested, this,
            &DashboardWindow::simulatedWatchRequested);
    connect(&m_theme, &Theme::changed, this, &DashboardWindow::applyTheme);

    resize(1280, 900);
    applyTheme();
    // Until the first snapshot nothing is known: no zeros, no "no watch yet" (the cache may
    // simply have failed to open, which the error banner then explains).
    m_emptyState->hide();
    m_grid->hide();
    m_pointsCheck->hide();
    m_status->hide();
    // Only now: setWidget() measures the page, and with the cards still hidden that is cheap
    // (measuring them here, before the first snapshot, took a quarter of the start-up).
    m_scroll->setWidget(content);
    retranslateUi();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::setSnapshot(const DashboardSnapshot &snapshot) {
    m_snapshot = snapshot;
    m_header->setToday(snapshot.today);
    m_header->setDemoData(snapshot.demoData);
    m_header->setProfiles(snapshot.profiles, snapshot.activeProfileId,
                          activeProfileLinked(snapshot));
    for (DashboardCard *card : std::initializer_list<DashboardCard *>{
             m_steps, m_points, m_week, m_heartRate, m_pointsCheck, m_status, m_emptyState}) {
        card->setSnapshot(snapshot);
    }
    // No watch: explain what to do instead of showing a page of zeros.
    m_emptyState->setVisible(!snapshot.hasDevice);
    m_grid->setVisible(snapshot.hasDevice);
    // Linking and the ledger do not need a watch: shown with or without one.
    m_pointsCheck->show();
    m_status->show();
}

void DashboardWindow::showStorageError(const StorageError &error) {
    if (!error.isError()) {
        clearStorageError();
        return;
    }
    qCWarning(lcUi) << "showing storage error" << int(error.code);
    m_errorBanner->showError(error.code);
    m_scroll->ensureWidgetVisible(m_errorBanner);
}

void DashboardWindow::clearStorageError() {
    m_errorBanner->clear();
}

void DashboardWindow::setTimeZone(const QTimeZone &zone) {
    for (DashboardCard *card : std::initializer_list<DashboardCard *>{
             m_steps, m_points, m_week, m_heartRate, m_pointsCheck, m_status, m_emptyState}) {
        card->setTimeZone(zone);
    }
}

void DashboardWindow::setConfirmation(Confirmation confirmation) {
    m_confirmation = confirmation ? std::move(confirmation) : &DashboardWindow::askWithMessageBox;
}

void DashboardWindow::setSimulatedWatchAvailable(bool available) {
    m_emptyState->setSimulatedWatchAvailable(available);
}

std::unique_ptr<QMessageBox> DashboardWindow::questionBox(QWidget *parent, const QString &title,
                                                          const QString &question,
                                                          const QString &yesText,
                                                          const QString &noText) {
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(title);
    box->setText(question);
    QPushButton *yes = box->addButton(yesText, QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(noText, QMessageBox::RejectRole);
    for (QPushButton *button : {yes, no})
        button->setMinimumSize(Theme::MinTouchTarget * 2, Theme::MinTouchTarget);
    // Keeping the data is the safe answer to a stray Enter.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    return box;
}

bool DashboardWindow::askWithMessageBox(QWidget *parent, const QString &title,
                                        const QString &question, const QString &yesText,
                                        const QString &noText) {
    const std::unique_ptr<QMessageBox> box = questionBox(parent, title, question, yesText, noText);
    box->exec();
    return box->clickedButton() != nullptr &&
           box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole;
}

void DashboardWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool DashboardWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateColumns();
    return QMainWindow::eventFilter(watched, event);
}

void DashboardWindow::retranslateUi() {
    setWindowTitle(tr("WristDoc"));
    m_scroll->setAccessibleName(tr("Your steps, heart rate and points"));
}

void DashboardWindow::applyTheme() {
    // Two columns while each still fits; one tall column at large text sizes.
    m_grid->setMinimumColumnWidth(m_theme.scaled(460));
    updateColumns();
}

void DashboardWindow::updateColumns() {
    const QMargins margins = m_content->layout()->contentsMargins();
    m_grid->setAvailableWidth(m_scroll->viewport()->width() - margins.left() - margins.right());
}

void DashboardWindow::confirmRemoveDemoData() {
    if (!m_snapshot.demoData)
        return;
    const bool yes =
        m_confirmation(this, tr("Remove demo data"),
                       tr("Remove the demo records? Your own records and points are not "
                          "touched."),
                       tr("Remove demo data"), tr("Keep it"));
    if (yes) {
        qCInfo(lcUi) << "demo data removal confirmed";
        Q_EMIT removeDemoDataRequested();
    }
}

void DashboardWindow::confirmUnlink() {
    if (!activeProfileLinked(m_snapshot))
        return;
    QString name;
    for (const DashboardSnapshot::Profile &profile : m_snapshot.profiles) {
        if (profile.id == m_snapshot.activeProfileId)
            name = profile.name.trimmed();
    }
    QString question;
    if (name.isEmpty()) {
        question = tr("Unlink this computer from your participant number? Points already credited "
                      "stay with the programme, but this computer stops sending and checking your "
                      "records.");
    } else {
        //: %1 is the person's name on this computer, e.g. "엄마".
        question = tr("Unlink this computer from %1's participant number? Points already "
                      "credited stay with the programme, but this computer stops sending and "
                      "checking %1's records.")
                       .arg(name);
    }
    if (!m_confirmation(this, tr("Unlink this computer"), question, tr("Unlink"),
                        tr("Keep the link"))) {
        return;
    }
    // A second, separate question: the records here are the household's to keep or remove.
    const QString deleteQuestion =
        name.isEmpty() ? tr("Also delete your steps, heart rate and points from this computer? "
                            "What the programme has already received is not affected.")
                       : tr("Also delete %1's steps, heart rate and points from this computer? "
                            "What the programme has already received is not affected.")
                             .arg(name);
    const bool deleteLocalData = m_confirmation(this, tr("Records on this computer"),
                                                deleteQuestion, tr("Delete them"), tr("Keep them"));
    qCInfo(lcUi) << "unlink confirmed; delete local data:" << deleteLocalData;
    Q_EMIT unlinkRequested(deleteLocalData);
}

} // namespace wristdoc
