#include "DevicePage.h"

#include "EnrolmentMessages.h"
#include "OptionCard.h"

#include <QButtonGroup>
#include <QVBoxLayout>

namespace wristdoc {

DevicePage::DevicePage(Theme &theme, QWidget *parent)
    : EnrolmentPage(QStringLiteral("devicePage"), parent)
    , m_group(new QButtonGroup(this))
    , m_band(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_watch(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_phone(new OptionCard(theme, OptionCard::Mark::Radio, this)) {
    m_band->setObjectName(QStringLiteral("rentalBandOption"));
    m_watch->setObjectName(QStringLiteral("ownWatchOption"));
    m_phone->setObjectName(QStringLiteral("phoneOnlyOption"));
    for (OptionCard *card : {m_band, m_watch, m_phone}) {
        m_group->addButton(card);
        body()->addWidget(card);
        connect(card, &OptionCard::toggled, this, [this](bool on) {
            if (!on)
                return;
            Q_EMIT deviceChanged();
            Q_EMIT completeChanged();
        });
    }
    retranslateUi();
}

OptionCard *DevicePage::cardFor(DeviceChoice device) const {
    switch (device) {
    case DeviceChoice::RentalBand:
        return m_band;
    case DeviceChoice::OwnWatch:
        return m_watch;
    case DeviceChoice::PhoneOnly:
        return m_phone;
    }
    return m_band;
}

bool DevicePage::hasChoice() const {
    return m_group->checkedButton() != nullptr;
}

DeviceChoice DevicePage::device() const {
    if (m_watch->isChecked())
        return DeviceChoice::OwnWatch;
    if (m_phone->isChecked())
        return DeviceChoice::PhoneOnly;
    return DeviceChoice::RentalBand;
}

bool DevicePage::isComplete() const {
    return hasChoice();
}

QString DevicePage::blockingReason() const {
    return hasChoice() ? QString() : tr("Choose how you will count your steps.");
}

void DevicePage::writeTo(EnrolmentApplication *application) const {
    application->device = device();
}

void DevicePage::readFrom(const EnrolmentApplication &application) {
    cardFor(application.device)->setChecked(true);
}

bool DevicePage::hasInput() const {
    return hasChoice();
}

void DevicePage::clear() {
    m_group->setExclusive(false);
    for (OptionCard *card : {m_band, m_watch, m_phone})
        card->setChecked(false);
    m_group->setExclusive(true);
    Q_EMIT completeChanged();
}

void DevicePage::retranslateUi() {
    setHeading(tr("How will you count your steps?"), tr("Choose the one that suits you."));
    for (DeviceChoice device :
         {DeviceChoice::RentalBand, DeviceChoice::OwnWatch, DeviceChoice::PhoneOnly}) {
        cardFor(device)->setTitle(EnrolmentMessages::deviceName(device));
        cardFor(device)->setDescription(EnrolmentMessages::deviceDescription(device));
    }
}

} // namespace wristdoc
