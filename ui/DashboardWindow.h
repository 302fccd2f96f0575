#pragma once

#include "DashboardSnapshot.h"
#include "StorageError.h"

#include <QMainWindow>
#include <QTimeZone>

#include <functional>
#include <memory>

class QMessageBox;
class QScrollArea;

namespace wristdoc {

class CardGrid;
class DashboardHeader;
class EmptyStateCard;
class ErrorBanner;
class HeartRateCard;
class LanguageController;
class PointsCard;
class PointsCheckCard;
class StepsCard;
class SyncStatusPanel;
class Theme;
class WeekChartCard;

// The participant's dashboard: today's steps, the week, heart rate, points, the check of every
// day's points against the programme's ledger, and "as of" times from one DashboardSnapshot. It
// never touches storage; the application feeds it snapshots and errors and reacts to its requests.
class DashboardWindow : public QMainWindow {
    Q_OBJECT

public:
    // Asks the user a yes/no question; returns true for yes. Replaceable so tests never block
    // in a modal loop.
    using Confirmation =
        std::function<bool(QWidget *parent, const QString &title, const QString &question,
                           const QString &yesText, const QString &noText)>;

    DashboardWindow(LanguageController &language, Theme &theme, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    void setSnapshot(const DashboardSnapshot &snapshot);
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

    // A clear sentence in the user's language; stays until cleared or closed by the user.
    void showStorageError(const StorageError &error);
    void clearStorageError();

    // Zone the "as of" times and the heart-rate chart are shown in (Asia/Seoul by default).
    void setTimeZone(const QTimeZone &zone);
    void setConfirmation(Confirmation confirmation);
    // Shows the "use the simulated watch" button on the empty state.
    void setSimulatedWatchAvailable(bool available);

    static bool askWithMessageBox(QWidget *parent, const QString &title, const QString &question,
                                  const QString &yesText, const QString &noText);
    // The box askWithMessageBox runs: finger-sized buttons, the safe "no" the default. The
    // screenshot tool shows the same box instead of running it.
    static std::unique_ptr<QMessageBox> questionBox(QWidget *parent, const QString &title,
                                                    const QString &question,
                                                    const QString &yesText, const QString &noText);

Q_SIGNALS:
    void removeDemoDataRequested(); // after the user confirmed
    void refreshRequested();
    void simulatedWatchRequested();
    void pairWatchRequested();
    void enrolRequested();
    void profileSwitchRequested(const QString &id);
    void addProfileRequested();
    void linkRequested();
    // After the user confirmed; deleteLocalData: also remove this person's records here.
    void unlinkRequested(bool deleteLocalData);
    void reportRequested(const QDate &date); // a helpdesk report for this mismatching day

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyTheme();
    void updateColumns();
    void confirmRemoveDemoData();
    void confirmUnlink();

    LanguageController &m_language;
    Theme &m_theme;
    DashboardSnapshot m_snapshot;
    Confirmation m_confirmation;

    QScrollArea *m_scroll;
    QWidget *m_content;
    DashboardHeader *m_header;
    ErrorBanner *m_errorBanner;
    EmptyStateCard *m_emptyState;
    CardGrid *m_grid;
    StepsCard *m_steps;
    PointsCard *m_points;
    PointsCheckCard *m_pointsCheck;
    WeekChartCard *m_week;
    HeartRateCard *m_heartRate;
    SyncStatusPanel *m_status;
};

} // namespace wristdoc
