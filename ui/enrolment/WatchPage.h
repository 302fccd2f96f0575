#pragma once

#include "EnrolmentPage.h"

class QButtonGroup;
class QLabel;

namespace wristdoc {

class OptionCard;
class Theme;

// Optional: pair the watch now, with the pairing screen, or let the staff pair it at the
// counter later. Not shown for "phone only". Without a pairing screen (none wired in), only
// "later" is offered.
class WatchPage : public EnrolmentPage {
    Q_OBJECT

public:
    WatchPage(Theme &theme, QWidget *parent = nullptr);

    void setPairingAvailable(bool available);
    void setDevice(DeviceChoice device);
    // The watch the pairing screen paired; empty forgets it.
    void setPairedWatch(const QString &serial);
    QString pairedWatch() const { return m_serial; }

    bool isComplete() const override;
    QString blockingReason() const override;
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;

Q_SIGNALS:
    void pairingRequested();

protected:
    void retranslateUi() override;

private:
    void updateStatus();

    bool m_pairingAvailable = false;
    DeviceChoice m_device = DeviceChoice::RentalBand;
    QString m_serial;
    QButtonGroup *m_group;
    OptionCard *m_now;
    OptionCard *m_later;
    QLabel *m_status;
};

} // namespace wristdoc
