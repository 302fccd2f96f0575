#pragma once

#include "WatchSession.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace wristdoc {

class LanguageController;
class NearbyWatchRow;
class Theme;

// Pairing a watch at a counter or kiosk: the watches nearby, strongest signal first, each a
// large row with signal bars and the short code staff compare with the watch; then the sync in
// plain words, step by step; then the watch's details and how many minutes were stored. All of
// it works offline: the session writes the history to the local cache and nothing waits for a
// server. Drives a WatchSession it does not own; the application chooses the transport.
class PairingWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page {
        Watches,  // the list of nearby watches (and any problem that ended an attempt)
        Progress, // connecting and syncing
        Done,     // synced: the watch's details and the minutes stored
    };
    Q_ENUM(Page)

    // Whether the watch is already registered to another participant; true stops the pairing
    // with a message. Consulted once the watch's serial number is read.
    using BindingCheck = std::function<bool(const WatchIdentity &watch)>;

    PairingWindow(WatchSession &session, LanguageController &language, Theme &theme,
                  QWidget *parent = nullptr);
    ~PairingWindow() override;

    Page page() const { return m_page; }
    // Offers "Use the simulated watch" when there is no Bluetooth adapter.
    void setSimulatedWatchAvailable(bool available);
    void setBindingCheck(BindingCheck check);

public Q_SLOTS:
    // Forgets any problem shown and scans again (stopping a running scan first).
    void scanAgain();

Q_SIGNALS:
    void simulatedWatchRequested();
    // "Done" on the last page; the session is still connected (live heart rate).
    void pairingFinished(const wristdoc::DeviceInformation &info);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWatchesPage();
    void buildProgressPage();
    void buildDonePage();
    void setPage(Page page);
    void retranslateUi();
    void applyTheme();

    void onStateChanged(WatchSession::State state);
    void onNearbyChanged();
    void onDeviceInformation(const DeviceInformation &info);
    void onProgress(quint32 done, quint32 expected);
    void onSyncFinished(const WatchSyncSummary &summary);
    void onError(WatchSession::Error error);
    void connectTo(const QString &address);
    void connectAnother();
    void cancelConnect();
    void clearProblem();

    void updateWatchesTexts();
    void updateProgressTexts();
    void updateDoneTexts();
    void updateProblemTexts();

    WatchSession &m_session;
    LanguageController &m_language;
    Theme &m_theme;
    BindingCheck m_bindingCheck;
    bool m_simulatedAvailable = false;

    Page m_page = Page::Watches;
    DiscoveredWatch m_chosen; // as the scan reported it
    WatchSyncSummary m_summary;
    quint32 m_done = 0;
    quint32 m_expected = 0;
    bool m_scanWhenIdle = false;

    // The problem shown above the pages: a session error, or the binding check's answer.
    enum class Problem { None, Session, BoundElsewhere };
    Problem m_problem = Problem::None;
    WatchSession::Error m_problemError = WatchSession::Error::ScanFailed;
    // The latest error the session recovers from itself, shown on the progress or done page.
    std::optional<WatchSession::Error> m_notice;

    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_intro;

    QWidget *m_problemPanel;
    QLabel *m_problemText;
    QLabel *m_problemAdvice;
    QPushButton *m_simulatedButton;

    QWidget *m_watchesPage;
    QLabel *m_scanStatus;
    QVBoxLayout *m_rowsLayout;
    QList<NearbyWatchRow *> m_rows;
    QPushButton *m_scanButton;

    QWidget *m_progressPage;
    QLabel *m_progressWatch;
    QLabel *m_progressStep;
    QLabel *m_progressState;
    QProgressBar *m_progressBar;
    QLabel *m_progressNotice;
    QPushButton *m_cancelButton;

    QWidget *m_donePage;
    QLabel *m_doneTitle;
    QLabel *m_modelKey;
    QLabel *m_modelValue;
    QLabel *m_codeKey;
    QLabel *m_codeValue;
    QLabel *m_batteryKey;
    QLabel *m_batteryValue;
    QLabel *m_batteryWarning;
    QLabel *m_storedKey;
    QLabel *m_storedValue;
    QLabel *m_offlineNote;
    QLabel *m_doneNotice;
    QPushButton *m_anotherButton;
    QPushButton *m_finishButton;
};

} // namespace wristdoc
