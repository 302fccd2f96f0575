#pragma once

#include "DeliveryStatus.h"
#include "EnrolmentApplication.h"
#include "EnrolmentStep.h"

#include <QMainWindow>
#include <QTimeZone>

#include <array>
#include <functional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace wristdoc {

class Clock;
class ConsentPage;
class DetailsPage;
class DevicePage;
class DistrictPage;
class EligibilityPage;
class EnrolmentHeader;
class EnrolmentIntake;
class EnrolmentPage;
class LanguageController;
class LanguagePage;
class ReceiptPage;
class ReviewPage;
class Theme;
class WatchPage;

// The kiosk enrolment, one step per page: language, eligibility, details, district, device,
// three consents, an optional watch pairing, the review, and the receipt. Next stays disabled
// until the page is complete, with the reason in words beside it. "Send" hands the application
// to the injected EnrolmentIntake, which returns once it is stored durably on this kiosk; the
// receipt appears only then. Nothing here waits for the programme's server. A failed save keeps
// everything entered and offers to try again. Finishing, starting over or closing forgets
// everything that was entered.
class EnrolmentWizard : public QMainWindow {
    Q_OBJECT

public:
    // Asks a yes/no question; replaceable so tests never block in a modal loop.
    using Confirmation =
        std::function<bool(QWidget *parent, const QString &title, const QString &question,
                           const QString &yesText, const QString &noText)>;

    EnrolmentWizard(EnrolmentIntake &intake, const Clock &clock, LanguageController &language,
                    Theme &theme, QWidget *parent = nullptr);
    ~EnrolmentWizard() override;

    EnrolmentStep step() const { return m_step; }
    // The zone whose calendar decides ages (Asia/Seoul by default).
    void setTimeZone(const QTimeZone &zone);
    // Offers "pair it now" on the watch step; pairWatchRequested() then asks for the screen.
    void setPairingAvailable(bool available);
    void setConfirmation(Confirmation confirmation);

    // What the pages hold now, for the steps that apply.
    EnrolmentApplication application() const;
    // Puts an application's values into the pages (screenshots and demonstrations) and shows
    // the language step.
    void load(const EnrolmentApplication &application);
    // The receipt shown after a successful save (empty reference before).
    const DeliveryStatus &receipt() const;
    bool canGoNext() const;
    // The 1-based number of the current step among those that apply, and how many apply.
    int stepNumber() const;
    int stepCount() const;
    bool hasEnteredData() const;

public Q_SLOTS:
    void next();
    void back();
    // Moves to a step, or to the first earlier step that is not complete yet.
    void goTo(wristdoc::EnrolmentStep step);
    // Forgets everything entered and shows the language step.
    void restart();
    // restart() for a kiosk session that timed out: the pages overwrite the personal text
    // their widgets hold before forgetting it.
    void wipe();
    // "Finish" on the receipt: restart() and finished().
    void finish();
    // A later state of the application on the receipt (from the outbox worker). Ignored unless
    // its reference is the receipt's.
    void setDeliveryStatus(const wristdoc::DeliveryStatus &status);
    // The watch the pairing screen paired.
    void setPairedWatch(const QString &serial);

Q_SIGNALS:
    void stepChanged(wristdoc::EnrolmentStep step);
    void pairWatchRequested();
    // The application is stored on this kiosk; the receipt holds its reference.
    void enrolmentStored(const wristdoc::DeliveryStatus &receipt);
    // The applicant finished on the receipt; the wizard is back at its first step.
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // Enter as a dialog's default button: presses the focused push button or takes the
    // focused choice, else Next.
    void keyPressEvent(QKeyEvent *event) override;

private:
    EnrolmentPage *page(EnrolmentStep step) const { return m_pages[std::size_t(step)]; }
    bool isSkipped(EnrolmentStep step) const;
    EnrolmentStep firstIncompleteBefore(EnrolmentStep step) const;
    void showStep(EnrolmentStep step);
    void submit();
    void startOver();
    void updateNavigation();
    void retranslateUi();
    void applyTheme();
    QDate today() const;

    EnrolmentIntake &m_intake;
    const Clock &m_clock;
    LanguageController &m_language;
    Theme &m_theme;
    QTimeZone m_zone;
    Confirmation m_confirmation;
    EnrolmentStep m_step = EnrolmentStep::Language;
    bool m_returnToReview = false;
    DeliveryStatus m_receipt;

    EnrolmentHeader *m_header;
    QScrollArea *m_scroll;
    QWidget *m_pagesHost;
    std::array<EnrolmentPage *, kEnrolmentStepCount> m_pages{};
    LanguagePage *m_languagePage;
    EligibilityPage *m_eligibilityPage;
    DetailsPage *m_detailsPage;
    DistrictPage *m_districtPage;
    DevicePage *m_devicePage;
    WatchPage *m_watchPage;
    ReviewPage *m_reviewPage;
    ReceiptPage *m_receiptPage;
    QWidget *m_navigation;
    QLabel *m_reason;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace wristdoc
