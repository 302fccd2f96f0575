#include "WatchPage.h"

#include "EnrolmentMessages.h"
#include "OptionCard.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QLabel>
#include <QVBoxLayout>

namespace wristdoc {

namespace {
// What staff and the citizen compare: the serial's last four characters.
QString shortSerial(const QString &serial) {
    return serial.right(4).toUpper();
}
} // namespace

WatchPage::WatchPage(Theme &theme, QWidget *parent)
    : EnrolmentPage(QStringLiteral("watchPage"), parent)
    , m_group(new QButtonGroup(this))
    , m_now(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_later(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_status(makeLabel(QStringLiteral("watchStatus"), int(Theme::Role::Title), this)) {
    m_now->setObjectName(QStringLiteral("pairNowOption"));
    m_later->setObjectName(QStringLiteral("pairLaterOption"));
    for (OptionCard *card : {m_now, m_later}) {
        m_group->addButton(card);
        body()->addWidget(card);
        connect(card, &OptionCard::toggled, this, &WatchPage::updateStatus);
    }
    body()->addWidget(m_status);
    // Tapping "now" opens the pairing screen, also when it was chosen before.
    connect(m_now, &OptionCard::clicked, this, [this] {
        if (m_serial.isEmpty())
            Q_EMIT pairingRequested();
    });
    m_now->hide();
    retranslateUi();
}

void WatchPage::setPairingAvailable(bool available) {
    m_pairingAvailable = available;
    m_now->setVisible(available);
    if (!available && m_now->isChecked())
        m_later->setChecked(true);
    retranslateUi();
}

void WatchPage::setDevice(DeviceChoice device) {
    m_device = device;
    retranslateUi();
}

void WatchPage::setPairedWatch(const QString &serial) {
    m_serial = serial;
    if (!serial.isEmpty())
        m_now->setChecked(true);
    updateStatus();
}

bool WatchPage::isComplete() const {
    return m_later->isChecked() || (m_now->isChecked() && !m_serial.isEmpty());
}

QString WatchPage::blockingReason() const {
    if (m_now->isChecked() && m_serial.isEmpty())
        return tr("Pair your watch, or choose to pair it at the counter later.");
    if (!m_group->checkedButton())
        return m_pairingAvailable ? tr("Choose when to pair your watch.")
                                  : tr("Choose \"At the counter, later\" to go on.");
    return QString();
}

void WatchPage::writeTo(EnrolmentApplication *application) const {
    application->watchSerial = m_now->isChecked() ? m_serial : QString();
}

void WatchPage::readFrom(const EnrolmentApplication &application) {
    if (!application.watchSerial.isEmpty()) {
        setPairedWatch(application.watchSerial);
    } else {
        m_serial.clear();
        m_later->setChecked(true);
        updateStatus();
    }
}

bool WatchPage::hasInput() const {
    return m_group->checkedButton() != nullptr;
}

void WatchPage::clear() {
    m_serial.clear();
    m_group->setExclusive(false);
    m_now->setChecked(false);
    m_later->setChecked(false);
    m_group->setExclusive(true);
    updateStatus();
}

void WatchPage::updateStatus() {
    if (m_now->isChecked() && !m_serial.isEmpty()) {
        m_status->setText(tr("Paired: the watch with the code %1.").arg(shortSerial(m_serial)));
        Theme::setTone(m_status, "success");
    } else if (m_now->isChecked()) {
        m_status->setText(tr("The pairing screen is open. When it is done, you come back "
                             "here."));
        Theme::setTone(m_status, nullptr);
    } else {
        m_status->clear();
    }
    m_status->setVisible(!m_status->text().isEmpty());
    Q_EMIT completeChanged();
}

void WatchPage::retranslateUi() {
    const bool band = m_device == DeviceChoice::RentalBand;
    setHeading(tr("Pair your watch"),
               band ? tr("You receive your band at the counter, and the staff can pair it "
                         "there.")
                    : tr("Pairing links your watch to this application so your steps count. "
                         "You can do it now or at the counter later."));
    m_now->setTitle(tr("Pair it now"));
    m_now->setDescription(tr("Have your watch with you, switched on and near this kiosk."));
    m_later->setTitle(tr("At the counter, later"));
    m_later->setDescription(tr("The staff pair it for you when you come to the counter."));
    updateStatus();
}

} // namespace wristdoc
