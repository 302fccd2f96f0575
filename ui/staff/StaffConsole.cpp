#include "StaffConsole.h"

#include "StaffMessages.h"
#include "Theme.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

enum Column { Reference, State, Attempts, NextAttempt, Problem, Action, ColumnCount };

QLabel *makeLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    Theme::setRole(label, role);
    return label;
}

QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumSize(Theme::MinTouchTarget * 2, Theme::MinTouchTarget + 8);
    button->setAutoDefault(false);
    return button;
}

QFrame *makeSection(const QString &name, QWidget *parent) {
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAttribute(Qt::WA_StyledBackground);
    return frame;
}

} // namespace

StaffConsole::StaffConsole(Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_zone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("staffConsole"));
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("staffConsoleContent"));
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(20);

    // Title and close.
    m_title = makeLabel(QStringLiteral("staffTitle"), Theme::Role::Heading, page);
    m_close = makeButton(QStringLiteral("closeButton"), page);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(header);

    // Delivery at a glance.
    QFrame *status = makeSection(QStringLiteral("deliveryStatus"), page);
    auto *grid = new QGridLayout(status);
    grid->setContentsMargins(24, 20, 24, 20);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    m_serverKey = makeLabel(QStringLiteral("serverKey"), Theme::Role::Caption, status);
    m_serverValue = makeLabel(QStringLiteral("serverValue"), Theme::Role::Title, status);
    m_checkServer = makeButton(QStringLiteral("checkServerButton"), status);
    m_lastDeliveryKey = makeLabel(QStringLiteral("lastDeliveryKey"), Theme::Role::Caption, status);
    m_lastDeliveryValue =
        makeLabel(QStringLiteral("lastDeliveryValue"), Theme::Role::Title, status);
    m_oldestKey = makeLabel(QStringLiteral("oldestWaitingKey"), Theme::Role::Caption, status);
    m_oldestValue = makeLabel(QStringLiteral("oldestWaitingValue"), Theme::Role::Title, status);
    m_countsKey = makeLabel(QStringLiteral("countsKey"), Theme::Role::Caption, status);
    m_countsValue = makeLabel(QStringLiteral("countsValue"), Theme::Role::Title, status);
    grid->addWidget(m_serverKey, 0, 0, Qt::AlignTop);
    grid->addWidget(m_serverValue, 0, 1);
    grid->addWidget(m_checkServer, 0, 2, Qt::AlignTop);
    grid->addWidget(m_lastDeliveryKey, 1, 0, Qt::AlignTop);
    grid->addWidget(m_lastDeliveryValue, 1, 1, 1, 2);
    grid->addWidget(m_oldestKey, 2, 0, Qt::AlignTop);
    grid->addWidget(m_oldestValue, 2, 1, 1, 2);
    grid->addWidget(m_countsKey, 3, 0, Qt::AlignTop);
    grid->addWidget(m_countsValue, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addWidget(status);
    connect(m_checkServer, &QPushButton::clicked, this, &StaffConsole::checkServerRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    // The outbox, item by item.
    m_outboxHeading = makeLabel(QStringLiteral("outboxHeading"), Theme::Role::Title, page);
    layout->addWidget(m_outboxHeading);
    m_emptyText = makeLabel(QStringLiteral("outboxEmpty"), Theme::Role::Body, page);
    layout->addWidget(m_emptyText);
    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Every column as wide as its words, except the problem, which takes the rest and wraps.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The state and the problem are sentences: they share what is left and wrap, so at 200 %
    // text the table still fits the window's width.
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Problem, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table);

    m_retryAll = makeButton(QStringLiteral("retryAllButton"), page);
    m_export = makeButton(QStringLiteral("exportButton"), page);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(16);
    actions->addWidget(m_retryAll);
    actions->addWidget(m_export);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_actionLabel = makeLabel(QStringLiteral("actionMessage"), Theme::Role::Body, page);
    m_actionLabel->hide();
    layout->addWidget(m_actionLabel);
    connect(m_retryAll, &QPushButton::clicked, this, &StaffConsole::retryAllRequested);
    connect(m_export, &QPushButton::clicked, this, &StaffConsole::chooseExportFile);

    // Registration with the programme.
    QFrame *registration = makeSection(QStringLiteral("registrationSection"), page);
    auto *registrationLayout = new QVBoxLayout(registration);
    registrationLayout->setContentsMargins(24, 20, 24, 20);
    registrationLayout->setSpacing(12);
    m_registerHeading =
        makeLabel(QStringLiteral("registrationHeading"), Theme::Role::Title, registration);
    m_registerIntro =
        makeLabel(QStringLiteral("registrationIntro"), Theme::Role::Body, registration);
    m_registrationCode = new QLineEdit(registration);
    m_registrationCode->setObjectName(QStringLiteral("registrationCode"));
    m_registrationCode->setMinimumHeight(Theme::MinTouchTarget + 8);
    m_registrationCode->setMaxLength(64);
    m_registrationCode->setContextMenuPolicy(Qt::NoContextMenu);
    m_register = makeButton(QStringLiteral("registerButton"), registration);
    m_register->setEnabled(false);
    m_registrationResult =
        makeLabel(QStringLiteral("registrationResult"), Theme::Role::Body, registration);
    m_registrationResult->hide();
    auto *codeRow = new QHBoxLayout;
    codeRow->setSpacing(16);
    codeRow->addWidget(m_registrationCode, 1);
    codeRow->addWidget(m_register);
    registrationLayout->addWidget(m_registerHeading);
    registrationLayout->addWidget(m_registerIntro);
    registrationLayout->addLayout(codeRow);
    registrationLayout->addWidget(m_registrationResult);
    layout->addWidget(registration);
    connect(m_registrationCode, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_register->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_registrationCode, &QLineEdit::returnPressed, this, &StaffConsole::submitRegistration);
    connect(m_register, &QPushButton::clicked, this, &StaffConsole::submitRegistration);

    // Leaving kiosk mode, last and apart.
    QFrame *leave = makeSection(QStringLiteral("leaveSection"), page);
    auto *leaveLayout = new QHBoxLayout(leave);
    leaveLayout->setContentsMargins(24, 20, 24, 20);
    leaveLayout->setSpacing(16);
    auto *leaveText = new QVBoxLayout;
    m_leaveHeading = makeLabel(QStringLiteral("leaveHeading"), Theme::Role::Title, leave);
    m_leaveIntro = makeLabel(QStringLiteral("leaveIntro"), Theme::Role::Body, leave);
    leaveText->addWidget(m_leaveHeading);
    leaveText->addWidget(m_leaveIntro);
    m_leaveKiosk = makeButton(QStringLiteral("leaveKioskButton"), leave);
    leaveLayout->addLayout(leaveText, 1);
    leaveLayout->addWidget(m_leaveKiosk, 0, Qt::AlignVCenter);
    layout->addWidget(leave);
    layout->addStretch(1);
    connect(m_leaveKiosk, &QPushButton::clicked, this, &StaffConsole::leaveKioskRequested);

    m_chooseFile = [this] {
        QFileDialog::Options options = QFileDialog::DontUseNativeDialog;
        return QFileDialog::getSaveFileName(this, tr("Export for manual processing"),
                                            QDir::home().filePath(defaultExportName()),
                                            tr("CSV files (*.csv)"), nullptr, options);
    };
    connect(&m_theme, &Theme::changed, this, &StaffConsole::applyTheme);
    applyTheme();
    retranslateUi();
}

void StaffConsole::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    render();
}

QString StaffConsole::defaultExportName() const {
    const QDateTime now =
        m_snapshot.nowUtc.isValid() ? m_snapshot.nowUtc : QDateTime::currentDateTimeUtc();
    return QStringLiteral("wristdoc-outbox-%1.csv")
        .arg(now.toTimeZone(m_zone).toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void StaffConsole::setSnapshot(const StaffConsoleSnapshot &snapshot) {
    m_snapshot = snapshot;
    render();
}

void StaffConsole::showRetryResult(int count) {
    if (count < 0)
        setActionMessage(
            [] {
                return tr("The kiosk's storage could not be changed. Please try "
                          "again.");
            },
            true);
    else if (count == 0)
        setActionMessage(
            [] {
                return tr("Nothing to send now: the item is already delivered, "
                          "refused or being sent.");
            },
            false);
    else
        setActionMessage([count] { return tr("Items that will be sent now: %1.").arg(count); },
                         false);
}

void StaffConsole::showExportResult(const StaffExportOutcome &outcome) {
    const QString file = QDir::toNativeSeparators(outcome.path);
    switch (outcome.problem) {
    case StaffExportOutcome::Problem::None:
        setActionMessage(
            [file, items = outcome.items] {
                //: %1 is a file path, %2 a number. The file holds personal data: it says so.
                return tr("Saved to %1 (items: %2). The file contains applicants' personal "
                          "data: keep it safe and delete it after use.")
                    .arg(file)
                    .arg(items);
            },
            false);
        return;
    case StaffExportOutcome::Problem::NoKey:
        setActionMessage(
            [] {
                return tr("Nothing was saved: this kiosk's key to the stored "
                          "personal data is not available.");
            },
            true);
        return;
    case StaffExportOutcome::Problem::Storage:
        setActionMessage(
            [] {
                return tr("Nothing was saved: the kiosk's storage could not be "
                          "read.");
            },
            true);
        return;
    case StaffExportOutcome::Problem::CannotWrite:
        setActionMessage(
            [file] {
                return tr("The file could not be saved at %1. Choose another place, such as a "
                          "USB stick.")
                    .arg(file);
            },
            true);
        return;
    }
}

void StaffConsole::showRegistrationResult(bool ok, const QString &messageInUsersLanguage) {
    m_registrationMessage = [messageInUsersLanguage] { return messageInUsersLanguage; };
    m_registrationResult->setText(messageInUsersLanguage);
    m_registrationResult->setVisible(!messageInUsersLanguage.isEmpty());
    Theme::setTone(m_registrationResult, ok ? "success" : "warning");
    m_register->setEnabled(!m_registrationCode->text().trimmed().isEmpty());
}

void StaffConsole::submitRegistration() {
    const QString code = m_registrationCode->text().trimmed();
    if (code.isEmpty())
        return;
    // A one-time code is a secret until it is used: it does not stay on screen.
    m_registrationCode->clear();
    m_registrationMessage = [] { return tr("Registering this kiosk..."); };
    m_registrationResult->setText(m_registrationMessage());
    m_registrationResult->setVisible(true);
    Theme::setTone(m_registrationResult, nullptr);
    Q_EMIT registerRequested(code);
}

void StaffConsole::chooseExportFile() {
    const QString path = m_chooseFile ? m_chooseFile() : QString();
    if (path.isEmpty())
        return;
    Q_EMIT exportRequested(path);
}

void StaffConsole::setActionMessage(std::function<QString()> message, bool problem) {
    m_actionMessage = std::move(message);
    m_actionLabel->setText(m_actionMessage ? m_actionMessage() : QString());
    m_actionLabel->setVisible(bool(m_actionMessage));
    Theme::setTone(m_actionLabel, problem ? "warning" : nullptr);
}

void StaffConsole::render() {
    const StaffConsoleSnapshot &s = m_snapshot;
    const QLocale locale;
    QString server = StaffMessages::reachability(s.reachability, s.reachabilityCode);
    if (s.reachabilityCheckedUtc.isValid() && s.reachability != ServerReachability::Checking)
        //: %1 is the reachability sentence, %2 a time such as 14:32.
        server = tr("%1 (checked at %2)")
                     .arg(server,
                          StaffMessages::time(s.reachabilityCheckedUtc, s.nowUtc, m_zone, locale));
    m_serverValue->setText(server);
    Theme::setTone(m_serverValue, s.reachability == ServerReachability::Unreachable ||
                                          s.reachability == ServerReachability::Busy
                                      ? "warning"
                                      : nullptr);
    m_checkServer->setEnabled(s.reachability != ServerReachability::NotConfigured &&
                              s.reachability != ServerReachability::Checking);

    if (s.lastConfirmedUtc.isValid()) {
        const qint64 ago = std::max<qint64>(0, s.lastConfirmedUtc.secsTo(s.nowUtc));
        //: %1 is a time, %2 a duration such as "5 minutes".
        m_lastDeliveryValue->setText(
            tr("%1 (%2 ago)")
                .arg(StaffMessages::time(s.lastConfirmedUtc, s.nowUtc, m_zone, locale),
                     StaffMessages::duration(ago)));
    } else {
        m_lastDeliveryValue->setText(tr("No delivery yet"));
    }
    m_oldestValue->setText(
        s.oldestPendingAgeSeconds < 0
            ? tr("Nothing is waiting")
            : tr("Waiting for %1").arg(StaffMessages::duration(s.oldestPendingAgeSeconds)));

    const int waiting = s.counts.value(DeliveryState::Pending) +
                        s.counts.value(DeliveryState::Sending) +
                        s.counts.value(DeliveryState::Queued);
    QStringList parts{tr("waiting: %1").arg(waiting)};
    const int attention = s.counts.value(DeliveryState::NeedsAttention);
    if (attention > 0)
        parts << tr("needs attention: %1").arg(attention);
    parts << tr("delivered: %1").arg(s.counts.value(DeliveryState::Confirmed));
    const int refused = s.counts.value(DeliveryState::Rejected);
    if (refused > 0)
        parts << tr("refused: %1").arg(refused);
    QString counts = parts.join(QStringLiteral(", "));
    if (s.storageFailed)
        counts = tr("The kiosk's storage could not be read. What is shown may be out of date.");
    m_countsValue->setText(counts);
    Theme::setTone(m_countsValue, s.storageFailed || attention > 0 ? "warning" : nullptr);

    bool anyWaiting = false;
    for (const StaffOutboxRow &row : s.items)
        anyWaiting = anyWaiting || row.canRetry;
    m_retryAll->setEnabled(anyWaiting);
    m_export->setEnabled(!s.items.isEmpty());
    m_emptyText->setVisible(s.items.isEmpty());
    m_table->setVisible(!s.items.isEmpty());
    fillTable();
}

void StaffConsole::fillTable() {
    const StaffConsoleSnapshot &s = m_snapshot;
    const QLocale locale;
    m_table->clearContents();
    m_table->setRowCount(int(s.items.size()));
    const int rowHeight = m_theme.scaled(Theme::MinTouchTarget + 16);
    for (int i = 0; i < s.items.size(); ++i) {
        const StaffOutboxRow &row = s.items.at(i);
        const DeliveryStatus &st = row.status;
        QString problem = StaffMessages::problem(
            st.lastError.isEmpty() || st.state == DeliveryState::Rejected ? st.reasonCode
                                                                          : st.lastError);
        if (st.state == DeliveryState::Queued && st.cohortDate.isValid())
            problem = tr("Waits for the applicant's day: %1")
                          .arg(locale.toString(st.cohortDate, tr("MMM d")));
        else if (st.state == DeliveryState::Queued && st.waitingPosition >= 0)
            problem =
                tr("Number %1 in the programme's queue").arg(locale.toString(st.waitingPosition));
        const QString cells[] = {
            st.reference,
            StaffMessages::state(st.state),
            locale.toString(st.attempts),
            StaffMessages::nextAttempt(st, s.nowUtc, m_zone, locale),
            problem,
        };
        for (int c = 0; c < Action; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            if (c == State && st.state == DeliveryState::NeedsAttention)
                item->setForeground(m_theme.colors().warningText);
            m_table->setItem(i, c, item);
        }
        if (row.canRetry) {
            auto *retry = makeButton(QStringLiteral("retry_%1").arg(st.reference), m_table);
            retry->setText(tr("Send now"));
            retry->setAccessibleName(tr("Send %1 now").arg(st.reference));
            const qint64 id = row.id;
            connect(retry, &QPushButton::clicked, this, [this, id] { Q_EMIT retryRequested(id); });
            m_table->setCellWidget(i, Action, retry);
        } else {
            m_table->setItem(i, Action, new QTableWidgetItem(QString()));
        }
        m_table->setRowHeight(i, rowHeight);
    }
    m_table->resizeRowsToContents();
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->setRowHeight(i, std::max(rowHeight, m_table->rowHeight(i)));
    // The whole table shows in the page's scroll area; no scroll area inside a scroll area.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    m_table->setFixedHeight(height + (m_table->horizontalScrollBar()->isVisible()
                                          ? m_table->horizontalScrollBar()->height()
                                          : 0));
}

void StaffConsole::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    m_table->setFont(m_theme.font(Theme::Role::Body));
    m_table->horizontalHeader()->setFont(m_theme.font(Theme::Role::Caption));
    m_registrationCode->setFont(m_theme.font(Theme::Role::Title));
    const int border = m_theme.highContrast() ? 3 : 2;
    // Sections as cards, the table and the code field in the theme's colours.
    setStyleSheet(
        QStringLiteral(
            "QWidget#staffConsoleContent { background: %1; }"
            "QFrame#deliveryStatus, QFrame#registrationSection, QFrame#leaveSection {"
            " background: %2; border: %3px solid %4; border-radius: 14px; }"
            "QTableWidget { background: %2; alternate-background-color: %1; color: %5;"
            " gridline-color: %4; border: %3px solid %4; }"
            "QHeaderView::section { background: %6; color: %7; padding: 8px; border: none;"
            " border-bottom: %3px solid %4; font-weight: bold; }"
            "QLineEdit { background: %2; color: %5; border: %3px solid %4; border-radius: 8px;"
            " padding: 6px 10px; }")
            .arg(c.window.name(), c.card.name())
            .arg(border)
            .arg(c.border.name(), c.text.name(), c.buttonFace.name(), c.buttonText.name()));
    fillTable();
    // Row heights follow the buttons' new fonts only once the style sheet has polished them.
    QTimer::singleShot(0, this, [this] { fillTable(); });
}

void StaffConsole::retranslateUi() {
    setWindowTitle(tr("Staff screen"));
    m_title->setText(tr("Staff screen"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the staff screen"));
    m_serverKey->setText(tr("Programme server"));
    m_checkServer->setText(tr("Check now"));
    m_lastDeliveryKey->setText(tr("Last delivery"));
    m_oldestKey->setText(tr("Oldest waiting item"));
    m_countsKey->setText(tr("Applications"));
    m_outboxHeading->setText(tr("Applications stored on this kiosk"));
    m_table->setAccessibleName(m_outboxHeading->text());
    m_table->horizontalHeader()->setAccessibleName(tr("Column headings"));
    m_emptyText->setText(tr("No applications are stored on this kiosk."));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("State"), tr("Attempts"),
                                        tr("Next attempt"), tr("Last problem"), QString()});
    m_retryAll->setText(tr("Send all waiting now"));
    m_export->setText(tr("Export for manual processing"));
    m_export->setAccessibleDescription(
        tr("Saves a file with the applications that are not yet delivered, including "
           "applicants' names, for processing by hand. No health data."));
    m_registerHeading->setText(tr("Register this kiosk"));
    m_registerIntro->setText(tr("Enter the one-time code from the programme office."));
    m_registrationCode->setAccessibleName(tr("One-time registration code"));
    m_registrationCode->setPlaceholderText(tr("One-time code"));
    m_register->setText(tr("Register"));
    m_leaveHeading->setText(tr("Leave kiosk mode"));
    m_leaveIntro->setText(tr("Ends the kiosk screen so the computer can be looked after."));
    m_leaveKiosk->setText(tr("Leave kiosk mode"));
    if (m_actionMessage)
        m_actionLabel->setText(m_actionMessage());
    if (m_registrationMessage)
        m_registrationResult->setText(m_registrationMessage());
    render();
}

void StaffConsole::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StaffConsole::closeEvent(QCloseEvent *event) {
    // The console closes like a door: the next staff member enters the PIN again.
    Q_EMIT closeRequested();
    QWidget::closeEvent(event);
}

} // namespace wristdoc
