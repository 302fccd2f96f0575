#include "PairingWindow.h"

#include "LanguageController.h"
#include "NearbyWatchRow.h"
#include "TextLabel.h"
#include "Theme.h"
#include "UiLogging.h"
#include "WatchMessages.h"
#include "WatchShortCode.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

QLabel *makeLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new TextLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    Theme::setRole(label, role);
    return label;
}

QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumSize(Theme::MinTouchTarget * 2, Theme::MinTouchTarget);
    return button;
}

QString cssColor(const QColor &color) {
    return color.name(QColor::HexRgb);
}

} // namespace

PairingWindow::PairingWindow(WatchSession &session, LanguageController &language, Theme &theme,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
    , m_theme(theme)
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("pairingWindow"));
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pairingContent"));

    m_title = makeLabel(QStringLiteral("pairingTitle"), Theme::Role::Heading, m_content);
    m_intro = makeLabel(QStringLiteral("pairingIntro"), Theme::Role::Body, m_content);

    m_problemPanel = new QWidget(m_content);
    m_problemPanel->setObjectName(QStringLiteral("pairingProblem"));
    m_problemPanel->setAttribute(Qt::WA_StyledBackground);
    m_problemText =
        makeLabel(QStringLiteral("pairingProblemText"), Theme::Role::Warning, m_problemPanel);
    m_problemAdvice =
        makeLabel(QStringLiteral("pairingProblemAdvice"), Theme::Role::Body, m_problemPanel);
    Theme::setTone(m_problemText, "warning");
    Theme::setTone(m_problemAdvice, "warning");
    m_simulatedButton = makeButton(QStringLiteral("simulatedWatchButton"), m_problemPanel);
    auto *problemLayout = new QVBoxLayout(m_problemPanel);
    problemLayout->setContentsMargins(24, 16, 24, 16);
    problemLayout->setSpacing(8);
    problemLayout->addWidget(m_problemText);
    problemLayout->addWidget(m_problemAdvice);
    auto *simulatedRow = new QHBoxLayout;
    simulatedRow->addWidget(m_simulatedButton);
    simulatedRow->addStretch(1);
    problemLayout->addLayout(simulatedRow);
    m_problemPanel->hide();

    buildWatchesPage();
    buildProgressPage();
    buildDonePage();

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_problemPanel);
    layout->addWidget(m_watchesPage);
    layout->addWidget(m_progressPage);
    layout->addWidget(m_donePage);
    layout->addStretch(1);

    // Large text grows the page downwards; it scrolls rather than clipping.
    m_scroll->setObjectName(QStringLiteral("pairingScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_content);
    setCentralWidget(m_scroll);

    connect(m_simulatedButton, &QPushButton::clicked, this,
            &PairingWindow::simulatedWatchRequested);
    connect(m_scanButton, &QPushButton::clicked, this, &PairingWindow::scanAgain);
    connect(m_cancelButton, &QPushButton::clicked, this, &PairingWindow::cancelConnect);
    connect(m_anotherButton, &QPushButton::clicked, this, &PairingWindow::connectAnother);
    connect(m_finishButton, &QPushButton::clicked, this,
            [this] { Q_EMIT pairingFinished(m_session.deviceInformation()); });

    connect(&m_session, &WatchSession::stateChanged, this, &PairingWindow::onStateChanged);
    connect(&m_session, &WatchSession::nearbyWatchesChanged, this, &PairingWindow::onNearbyChanged);
    connect(&m_session, &WatchSession::deviceInformationRead, this,
            &PairingWindow::onDeviceInformation);
    connect(&m_session, &WatchSession::batteryChanged, this, [this] {
        if (m_page == Page::Done)
            updateDoneTexts();
    });
    connect(&m_session, &WatchSession::progress, this, &PairingWindow::onProgress);
    connect(&m_session, &WatchSession::syncFinished, this, &PairingWindow::onSyncFinished);
    connect(&m_session, &WatchSession::errorOccurred, this,
            [this](WatchSession::Error error, const QString &) { onError(error); });
    connect(&m_theme, &Theme::changed, this, &PairingWindow::applyTheme);

    resize(1024, 768);
    applyTheme();
    setPage(Page::Watches);
    retranslateUi();
}

PairingWindow::~PairingWindow() = default;

void PairingWindow::buildWatchesPage() {
    m_watchesPage = new QWidget(m_content);
    m_watchesPage->setObjectName(QStringLiteral("watchesPage"));
    m_scanStatus = makeLabel(QStringLiteral("scanStatus"), Theme::Role::Body, m_watchesPage);
    m_scanButton = makeButton(QStringLiteral("scanAgainButton"), m_watchesPage);
    auto *layout = new QVBoxLayout(m_watchesPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_scanStatus);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(12);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void PairingWindow::buildProgressPage() {
    m_progressPage = new QWidget(m_content);
    m_progressPage->setObjectName(QStringLiteral("progressPage"));
    m_progressWatch =
        makeLabel(QStringLiteral("progressWatch"), Theme::Role::Title, m_progressPage);
    m_progressStep =
        makeLabel(QStringLiteral("progressStep"), Theme::Role::Caption, m_progressPage);
    m_progressState =
        makeLabel(QStringLiteral("progressState"), Theme::Role::Large, m_progressPage);
    m_progressBar = new QProgressBar(m_progressPage);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setTextVisible(false); // the words are in progressState
    m_progressNotice =
        makeLabel(QStringLiteral("progressNotice"), Theme::Role::Body, m_progressPage);
    m_cancelButton = makeButton(QStringLiteral("cancelButton"), m_progressPage);
    auto *layout = new QVBoxLayout(m_progressPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_progressWatch);
    layout->addWidget(m_progressStep);
    layout->addWidget(m_progressState);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressNotice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void PairingWindow::buildDonePage() {
    m_donePage = new QWidget(m_content);
    m_donePage->setObjectName(QStringLiteral("donePage"));
    m_doneTitle = makeLabel(QStringLiteral("doneTitle"), Theme::Role::Title, m_donePage);
    Theme::setTone(m_doneTitle, "success");
    m_modelKey = makeLabel(QStringLiteral("modelKey"), Theme::Role::Caption, m_donePage);
    m_modelValue = makeLabel(QStringLiteral("modelValue"), Theme::Role::Title, m_donePage);
    m_codeKey = makeLabel(QStringLiteral("codeKey"), Theme::Role::Caption, m_donePage);
    m_codeValue = makeLabel(QStringLiteral("codeValue"), Theme::Role::Large, m_donePage);
    m_batteryKey = makeLabel(QStringLiteral("batteryKey"), Theme::Role::Caption, m_donePage);
    m_batteryValue = makeLabel(QStringLiteral("batteryValue"), Theme::Role::Title, m_donePage);
    m_batteryWarning =
        makeLabel(QStringLiteral("batteryWarning"), Theme::Role::Warning, m_donePage);
    m_storedKey = makeLabel(QStringLiteral("storedKey"), Theme::Role::Caption, m_donePage);
    m_storedValue = makeLabel(QStringLiteral("storedValue"), Theme::Role::Title, m_donePage);
    m_offlineNote = makeLabel(QStringLiteral("offlineNote"), Theme::Role::Body, m_donePage);
    m_doneNotice = makeLabel(QStringLiteral("doneNotice"), Theme::Role::Body, m_donePage);
    m_anotherButton = makeButton(QStringLiteral("anotherWatchButton"), m_donePage);
    m_finishButton = makeButton(QStringLiteral("finishButton"), m_donePage);

    auto *layout = new QVBoxLayout(m_donePage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_doneTitle);
    // Caption above value, one pair below the other: it reflows at any text size.
    for (QLabel *label : {m_modelKey, m_modelValue, m_codeKey, m_codeValue, m_batteryKey,
                          m_batteryValue, m_batteryWarning, m_storedKey, m_storedValue}) {
        layout->addWidget(label);
        if (label == m_modelValue || label == m_codeValue || label == m_batteryWarning)
            layout->addSpacing(4);
    }
    layout->addWidget(m_offlineNote);
    layout->addWidget(m_doneNotice);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_finishButton);
    buttons->addWidget(m_anotherButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void PairingWindow::setSimulatedWatchAvailable(bool available) {
    m_simulatedAvailable = available;
    updateProblemTexts();
}

void PairingWindow::setBindingCheck(BindingCheck check) {
    m_bindingCheck = std::move(check);
}

void PairingWindow::scanAgain() {
    clearProblem();
    m_notice.reset();
    if (m_session.state() == WatchSession::State::Scanning)
        m_session.stopScan();
    if (m_session.state() != WatchSession::State::Idle) {
        // Connected or connecting: let go of that watch first, then scan.
        m_scanWhenIdle = true;
        m_session.disconnectFromWatch();
        return;
    }
    setPage(Page::Watches);
    if (!m_session.startScan())
        qCWarning(lcUi) << "scan refused in state" << m_session.state();
    updateWatchesTexts();
}

void PairingWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void PairingWindow::setPage(Page page) {
    m_page = page;
    // How to choose a watch matters only while choosing.
    m_intro->setVisible(page == Page::Watches);
    m_watchesPage->setVisible(page == Page::Watches);
    m_progressPage->setVisible(page == Page::Progress);
    m_donePage->setVisible(page == Page::Done);
    updateWatchesTexts();
    updateProgressTexts();
    updateDoneTexts();
}

void PairingWindow::retranslateUi() {
    setWindowTitle(tr("Pair a watch"));
    m_title->setText(tr("Pair a watch"));
    m_intro->setText(tr("Choose the watch whose code matches the code shown on the watch. "
                        "Everything is stored on this computer; no internet connection is "
                        "needed."));
    m_scroll->setAccessibleName(tr("Pair a watch"));
    m_simulatedButton->setText(tr("Use the simulated watch"));
    m_scanButton->setText(tr("Scan again"));
    m_cancelButton->setText(tr("Cancel"));
    m_anotherButton->setText(tr("Pair another watch"));
    m_finishButton->setText(tr("Done"));
    updateProblemTexts();
    updateWatchesTexts();
    updateProgressTexts();
    updateDoneTexts();
}

void PairingWindow::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    const int border = m_theme.highContrast() ? 3 : 2;
    setStyleSheet(QStringLiteral("QWidget#pairingContent { background: %1; }"
                                 "QWidget#pairingProblem { background: %2; border: %3px solid %4; "
                                 "border-radius: 14px; }")
                      .arg(cssColor(c.window), cssColor(c.warning))
                      .arg(border + 1)
                      .arg(cssColor(c.warningText)));
    m_progressBar->setMinimumWidth(m_theme.scaled(240));
}

// --- session -----------------------------------------------------------------------------

void PairingWindow::onStateChanged(WatchSession::State state) {
    using State = WatchSession::State;
    switch (state) {
    case State::Idle:
        if (m_scanWhenIdle) {
            m_scanWhenIdle = false;
            scanAgain();
            return;
        }
        // An attempt that ended (its error is on the problem panel): back to the list.
        if (m_page != Page::Watches)
            setPage(Page::Watches);
        break;
    case State::Scanning:
        setPage(Page::Watches);
        break;
    case State::Connecting:
    case State::ReadingDeviceInformation:
    case State::SettingTime:
    case State::Subscribing:
    case State::ReadingHistoryStatus:
    case State::Downloading:
        // A sync started from the done page (syncNow) or a reconnect stays on that page.
        if (m_page != Page::Done)
            setPage(Page::Progress);
        break;
    case State::Live:
        if (m_page == Page::Done)
            m_notice.reset(); // connected again after a drop
        break;
    case State::Reconnecting:
    case State::Disconnecting:
        break;
    }
    updateWatchesTexts();
    updateProgressTexts();
    updateDoneTexts();
}

void PairingWindow::onNearbyChanged() {
    const QVector<DiscoveredWatch> watches = m_session.nearbyWatches(); // strongest first
    while (m_rows.size() < watches.size()) {
        auto *row = new NearbyWatchRow(m_theme, m_watchesPage);
        connect(row, &NearbyWatchRow::chosen, this, &PairingWindow::connectTo);
        m_rowsLayout->addWidget(row);
        m_rows.append(row);
    }
    while (m_rows.size() > watches.size())
        delete m_rows.takeLast();
    for (int i = 0; i < watches.size(); ++i)
        m_rows.at(i)->setWatch(watches.at(i));
    updateWatchesTexts();
}

void PairingWindow::onDeviceInformation(const DeviceInformation &info) {
    if (!m_bindingCheck)
        return;
    WatchIdentity identity;
    identity.address = m_session.address();
    identity.name = m_chosen.name;
    identity.info = info;
    if (!m_bindingCheck(identity))
        return;
    qCInfo(lcUi) << "watch is registered to another participant; pairing stopped";
    m_problem = Problem::BoundElsewhere;
    updateProblemTexts();
    // Before anything is written to the watch or the cache; the session stops after this slot.
    m_session.disconnectFromWatch();
}

void PairingWindow::onProgress(quint32 done, quint32 expected) {
    m_done = done;
    m_expected = expected;
    updateProgressTexts();
}

void PairingWindow::onSyncFinished(const WatchSyncSummary &summary) {
    m_summary = summary;
    if (m_problem == Problem::BoundElsewhere)
        return;
    setPage(Page::Done);
    m_scroll->ensureVisible(0, 0);
}

void PairingWindow::onError(WatchSession::Error error) {
    qCInfo(lcUi) << "pairing screen shows watch error" << error;
    if (WatchMessages::isRecoverable(error)) {
        m_notice = error;
        updateProgressTexts();
        updateDoneTexts();
        return;
    }
    if (m_problem == Problem::BoundElsewhere)
        return; // the teardown that message asked for may report more; that message stays
    m_problem = Problem::Session;
    m_problemError = error;
    updateProblemTexts();
    m_scroll->ensureVisible(0, 0);
}

void PairingWindow::connectTo(const QString &address) {
    for (const NearbyWatchRow *row : qAsConst(m_rows)) {
        if (row->watch().address == address)
            m_chosen = row->watch();
    }
    clearProblem();
    m_notice.reset();
    m_summary = WatchSyncSummary();
    m_done = 0;
    m_expected = 0;
    if (!m_session.connectToWatch(address)) {
        qCWarning(lcUi) << "connect refused in state" << m_session.state();
        return;
    }
    setPage(Page::Progress);
}

void PairingWindow::connectAnother() {
    scanAgain();
}

void PairingWindow::cancelConnect() {
    m_scanWhenIdle = true;
    m_session.disconnectFromWatch();
    updateProgressTexts();
}

void PairingWindow::clearProblem() {
    m_problem = Problem::None;
    updateProblemTexts();
}

// --- texts -------------------------------------------------------------------------------

void PairingWindow::updateProblemTexts() {
    const bool shown = m_problem != Problem::None;
    m_problemPanel->setVisible(shown);
    if (!shown)
        return;
    QString text;
    QString advice;
    if (m_problem == Problem::BoundElsewhere) {
        text = WatchMessages::boundElsewhereText();
        advice = WatchMessages::boundElsewhereAdvice();
    } else {
        text = WatchMessages::errorText(m_problemError);
        advice = WatchMessages::errorAdvice(m_problemError);
    }
    m_problemText->setText(text);
    m_problemAdvice->setText(advice);
    m_problemAdvice->setVisible(!advice.isEmpty());
    m_simulatedButton->setVisible(m_problem == Problem::Session &&
                                  m_problemError == WatchSession::Error::NoAdapter &&
                                  m_simulatedAvailable);
    m_problemPanel->setAccessibleName(text);
}

void PairingWindow::updateWatchesTexts() {
    if (m_page != Page::Watches)
        return;
    const bool scanning = m_session.state() == WatchSession::State::Scanning;
    const int count = int(m_rows.size());
    QString status;
    if (count > 0) {
        status = tr("%1 watches found. The strongest signal is at the top.", nullptr, count)
                     .arg(m_language.locale().toString(count));
        if (scanning)
            status =
                WatchMessages::stateText(WatchSession::State::Scanning) + QLatin1Char(' ') + status;
    } else if (scanning) {
        status = WatchMessages::stateText(WatchSession::State::Scanning);
    } else if (m_problem == Problem::None) {
        status = tr("No watch found yet. Bring the watch close to this screen and press "
                    "“Scan again”.");
    }
    m_scanStatus->setText(status);
    m_scanStatus->setVisible(!status.isEmpty());
}

void PairingWindow::updateProgressTexts() {
    if (m_page != Page::Progress)
        return;
    const WatchSession::State state = m_session.state();
    const QString code = WatchShortCode::forConnected(m_session.deviceInformation(), m_chosen);
    const QString name = m_chosen.name.isEmpty() ? tr("Unnamed watch") : m_chosen.name;
    m_progressWatch->setText(code.isEmpty() ? name : tr("%1 (code %2)").arg(name, code));

    const int step = WatchMessages::stepOf(state);
    m_progressStep->setText(step > 0 ? tr("Step %1 of %2").arg(step).arg(WatchMessages::kSteps)
                                     : QString());
    m_progressStep->setVisible(step > 0);
    QString text = WatchMessages::stateText(state);
    if (state == WatchSession::State::Downloading && m_expected > 0)
        text = WatchMessages::downloadText(m_done, m_expected, m_language.locale());
    m_progressState->setText(text);

    if (state == WatchSession::State::Downloading && m_expected > 0) {
        // Progress in records; the bar holds up to int, a week is about ten thousand.
        m_progressBar->setRange(0, int(std::min<quint32>(m_expected, 1u << 30)));
        m_progressBar->setValue(int(std::min(m_done, m_expected)));
    } else {
        m_progressBar->setRange(0, WatchMessages::kSteps);
        m_progressBar->setValue(std::max(0, step - 1));
    }
    m_progressBar->setAccessibleName(text);

    const QString notice = m_notice ? WatchMessages::errorText(*m_notice) : QString();
    m_progressNotice->setText(notice);
    m_progressNotice->setVisible(!notice.isEmpty());
    m_cancelButton->setEnabled(state != WatchSession::State::Disconnecting);
}

void PairingWindow::updateDoneTexts() {
    if (m_page != Page::Done)
        return;
    const DeviceInformation &info = m_session.deviceInformation();
    const QLocale locale = m_language.locale();
    m_doneTitle->setText(tr("The watch is paired"));

    m_modelKey->setText(tr("Model"));
    QString model = info.modelNumber;
    if (!info.manufacturerName.isEmpty())
        model =
            model.isEmpty() ? info.manufacturerName : tr("%1 %2").arg(info.manufacturerName, model);
    m_modelValue->setText(model.isEmpty() ? tr("Unknown") : model);

    m_codeKey->setText(tr("Code"));
    const QString code = WatchShortCode::forConnected(info, m_chosen);
    m_codeValue->setText(code.isEmpty() ? tr("Unknown") : code);
    m_codeValue->setAccessibleName(tr("Code %1").arg(code));

    m_batteryKey->setText(tr("Battery"));
    const int battery = m_session.batteryPercent();
    const bool low = battery >= 0 && battery <= m_session.options().lowBatteryPercent;
    m_batteryValue->setText(battery < 0 ? tr("Unknown") : tr("%1%").arg(locale.toString(battery)));
    m_batteryWarning->setText(
        tr("The battery is low. Please charge the watch before handing it over."));
    m_batteryWarning->setVisible(low);

    m_storedKey->setText(tr("Records stored"));
    const int minutes = m_summary.recordsStored;
    m_storedValue->setText(tr("%1 minutes", nullptr, minutes).arg(locale.toString(minutes)));
    m_offlineNote->setText(tr("The records are stored on this computer. They reach the "
                              "programme server later, when it can take them."));

    QStringList notices;
    if (!m_summary.complete)
        notices << WatchMessages::errorText(WatchSession::Error::SyncIncomplete);
    if (m_notice && *m_notice != WatchSession::Error::SyncIncomplete)
        notices << WatchMessages::errorText(*m_notice);
    m_doneNotice->setText(notices.join(QLatin1Char('\n')));
    m_doneNotice->setVisible(!notices.isEmpty());
}

} // namespace wristdoc
