#include "KioskWindow.h"

#include "EnrolmentStep.h"
#include "EnrolmentWizard.h"
#include "IdleTimeout.h"
#include "IdleWarning.h"
#include "InputActivityFilter.h"
#include "LanguageController.h"
#include "StaffButton.h"
#include "Theme.h"
#include "UiLogging.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace wristdoc {

KioskWindow::KioskWindow(IdleTimeout &idle, TaskScheduler &scheduler, LanguageController &language,
                         Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_idle(idle)
    , m_language(language)
    , m_theme(theme)
    , m_startTextScale(theme.textScalePercent())
    , m_startHighContrast(theme.highContrast())
    , m_staffBar(new QWidget(this))
    , m_staff(new StaffButton(scheduler, m_staffBar))
    , m_warning(new IdleWarning(theme, this))
    , m_activity(new InputActivityFilter([this] { m_idle.noteActivity(); }, this)) {
    setObjectName(QStringLiteral("kioskWindow"));
    m_staffBar->setObjectName(QStringLiteral("kioskStaffBar"));
    m_staffBar->setAttribute(Qt::WA_StyledBackground);
    auto *barLayout = new QHBoxLayout(m_staffBar);
    barLayout->setContentsMargins(32, 4, 32, 4);
    barLayout->addStretch(1);
    barLayout->addWidget(m_staff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addStretch(1); // replaced by the wizard
    layout->addWidget(m_staffBar);

    connect(m_staff, &StaffButton::held, this, &KioskWindow::staffRequested);
    connect(m_warning, &IdleWarning::continueRequested, &m_idle, &IdleTimeout::continueSession);
    connect(&m_idle, &IdleTimeout::warningStarted, this, [this](int seconds) {
        raise();
        activateWindow();
        m_warning->present(seconds);
    });
    connect(&m_idle, &IdleTimeout::secondsLeftChanged, m_warning, &IdleWarning::setSecondsLeft);
    connect(&m_idle, &IdleTimeout::warningCancelled, m_warning, &QWidget::hide);
    connect(&m_idle, &IdleTimeout::expired, this, &KioskWindow::wipeSession);
    m_idle.setSessionInUse([this] { return sessionInUse(); });
    connect(&m_theme, &Theme::changed, this, &KioskWindow::applyTheme);
    // Every window's input counts, dialogs included.
    qApp->installEventFilter(m_activity);
    resize(1280, 900);
    applyTheme();
    retranslateUi();
}

KioskWindow::~KioskWindow() {
    qApp->removeEventFilter(m_activity);
    qApp->removeEventFilter(this);
    m_idle.setSessionInUse({});
    // The wizard belongs to whoever made it: hand it back rather than delete it with us.
    if (m_wizard) {
        m_wizard->hide();
        m_wizard->setParent(nullptr);
    }
}

void KioskWindow::setWizard(EnrolmentWizard *wizard) {
    if (m_wizard == wizard)
        return;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    if (m_wizard) {
        layout->removeWidget(m_wizard);
        m_wizard->setParent(nullptr);
    } else {
        delete layout->takeAt(0); // the placeholder stretch
    }
    m_wizard = wizard;
    if (!wizard)
        return;
    // A QMainWindow works as a child widget once it loses its window flag.
    wizard->setParent(this, Qt::Widget);
    layout->insertWidget(0, wizard, 1);
    wizard->show();
    m_warning->raise();
}

bool KioskWindow::sessionInUse() const {
    if (m_wizard && (m_wizard->step() != EnrolmentStep::Language || m_wizard->hasEnteredData()))
        return true;
    if (m_language.language() != LanguageController::Korean ||
        m_theme.textScalePercent() != m_startTextScale ||
        m_theme.highContrast() != m_startHighContrast)
        return true;
    // Another window (the pairing screen, a question) is open over the enrolment.
    const auto windows = QApplication::topLevelWidgets();
    for (const QWidget *w : windows) {
        if (w != this && w->isVisible())
            return true;
    }
    return false;
}

void KioskWindow::enterKioskMode() {
    m_kioskMode = true;
    m_exitAllowed = false;
    qApp->installEventFilter(this);
    // Not "stays on top": the pairing screen and the staff PIN must be able to come above it.
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    showFullScreen();
    m_idle.start();
    qCInfo(lcUi) << "kiosk mode on";
}

void KioskWindow::leaveKioskMode() {
    m_kioskMode = false;
    m_exitAllowed = true;
    qApp->removeEventFilter(this);
    setWindowFlags(Qt::Window);
    showNormal();
    qCInfo(lcUi) << "kiosk mode left by staff";
}

void KioskWindow::allowExit() {
    m_exitAllowed = true;
}

void KioskWindow::wipeSession() {
    closeOtherWindows();
    if (m_wizard)
        m_wizard->wipe();
    // Ctrl+C may have put a phone number there.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_language.setLanguage(LanguageController::Korean);
    m_theme.setTextScalePercent(m_startTextScale);
    m_theme.setHighContrast(m_startHighContrast);
    m_warning->hide();
    qCInfo(lcUi) << "kiosk session wiped after idle time";
    Q_EMIT sessionWiped();
}

void KioskWindow::closeOtherWindows() {
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        // A dialog is answered "no" (its exec() returns); any other window is closed.
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->close();
    }
}

void KioskWindow::closeEvent(QCloseEvent *event) {
    if (m_kioskMode && !m_exitAllowed) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

bool KioskWindow::isExitShortcut(const QEvent *event, const QObject *receiver) const {
    const auto *key = static_cast<const QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (key->key() == Qt::Key_F4 && modifiers.testFlag(Qt::AltModifier))
        return true;
    if ((key->key() == Qt::Key_W || key->key() == Qt::Key_Q) &&
        modifiers.testFlag(Qt::ControlModifier))
        return true;
    // Escape still closes a popup or answers a dialog; on the kiosk window it does nothing.
    const auto *widget = qobject_cast<const QWidget *>(receiver);
    return key->key() == Qt::Key_Escape && widget && widget->window() == this;
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::ContextMenu:
        // A line edit's menu offers Undo and Paste: nothing a stranger should reach.
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
        if (isExitShortcut(event, watched)) {
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslateUi() {
    setWindowTitle(tr("WristDoc kiosk"));
}

void KioskWindow::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    // Quiet on purpose: staff find it, applicants are not drawn to it.
    m_staffBar->setStyleSheet(
        QStringLiteral("QWidget#kioskStaffBar { background: %1; border-top: 1px solid %2; }"
                       "QPushButton#staffButton { background: %1; color: %3; border: 1px solid "
                       "%2; border-radius: 8px; padding: 4px 16px; }"
                       "QPushButton#staffButton:pressed { background: %4; color: %5; }")
            .arg(c.card.name(), c.border.name(), c.mutedText.name(), c.accent.name(),
                 c.accentText.name()));
}

} // namespace wristdoc
