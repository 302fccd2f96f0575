#pragma once

#include "EnrolmentPage.h"

class QButtonGroup;

namespace wristdoc {

class OptionCard;
class Theme;

// How the participant will count steps: a band lent by the programme, their own smartwatch,
// or their phone alone.
class DevicePage : public EnrolmentPage {
    Q_OBJECT

public:
    DevicePage(Theme &theme, QWidget *parent = nullptr);

    bool hasChoice() const;
    DeviceChoice device() const;

    bool isComplete() const override;
    QString blockingReason() const override;
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;

Q_SIGNALS:
    void deviceChanged();

protected:
    void retranslateUi() override;

private:
    OptionCard *cardFor(DeviceChoice device) const;

    QButtonGroup *m_group;
    OptionCard *m_band;
    OptionCard *m_watch;
    OptionCard *m_phone;
};

} // namespace wristdoc
