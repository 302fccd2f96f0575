#pragma once

#include "StaffConsoleSnapshot.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace wristdoc {

class Theme;

// The staff screen of a kiosk, opened after the staff PIN: every outbox item with its state,
// attempts, next attempt and last problem in words; whether the server answers, the last
// delivery and how long the oldest item has waited; and the staff's actions: send now (one or
// all), export for manual processing, register this kiosk, leave kiosk mode. It shows plain
// values (StaffConsoleSnapshot) and asks for actions with signals; it never touches storage.
class StaffConsole : public QWidget {
    Q_OBJECT

public:
    explicit StaffConsole(Theme &theme, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // Where "Export" asks for the file; by default a save dialog. Empty answer: cancelled.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    const StaffConsoleSnapshot &snapshot() const { return m_snapshot; }

public Q_SLOTS:
    void setSnapshot(const wristdoc::StaffConsoleSnapshot &snapshot);
    void showRetryResult(int count);
    void showExportResult(const wristdoc::StaffExportOutcome &outcome);
    void showRegistrationResult(bool ok, const QString &messageInUsersLanguage);

Q_SIGNALS:
    void retryRequested(qint64 id);
    void retryAllRequested();
    void exportRequested(const QString &path);
    void checkServerRequested();
    void registerRequested(const QString &code);
    void leaveKioskRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void render();
    void fillTable();
    void applyTheme();
    void chooseExportFile();
    void submitRegistration();
    void setActionMessage(std::function<QString()> message, bool problem);
    QString defaultExportName() const;

    Theme &m_theme;
    QTimeZone m_zone;
    StaffConsoleSnapshot m_snapshot;
    std::function<QString()> m_chooseFile;
    std::function<QString()> m_actionMessage;
    std::function<QString()> m_registrationMessage;

    QScrollArea *m_scroll;
    QLabel *m_title;
    QPushButton *m_close;
    QLabel *m_serverKey;
    QLabel *m_serverValue;
    QPushButton *m_checkServer;
    QLabel *m_lastDeliveryKey;
    QLabel *m_lastDeliveryValue;
    QLabel *m_oldestKey;
    QLabel *m_oldestValue;
    QLabel *m_countsKey;
    QLabel *m_countsValue;
    QLabel *m_outboxHeading;
    QLabel *m_emptyText;
    QTableWidget *m_table;
    QPushButton *m_retryAll;
    QPushButton *m_export;
    QLabel *m_actionLabel;
    QLabel *m_registerHeading;
    QLabel *m_registerIntro;
    QLineEdit *m_registrationCode;
    QPushButton *m_register;
    QLabel *m_registrationResult;
    QLabel *m_leaveHeading;
    QLabel *m_leaveIntro;
    QPushButton *m_leaveKiosk;
};

} // namespace wristdoc
