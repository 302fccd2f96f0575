#pragma once

#include "EnrolmentPage.h"

class QButtonGroup;
class QLabel;
class QScrollArea;

namespace wristdoc {

class OptionCard;
class Theme;

// One consent on its own page: its title, whether it is required, the version of its wording,
// the full text in a box that scrolls, and a clear "I agree" / "I do not agree". Health data
// gets a page of its own, apart from the other personal data, as the law asks. No answer is
// chosen in advance.
class ConsentPage : public EnrolmentPage {
    Q_OBJECT

public:
    // consentId: one of EnrolmentRules' consent ids.
    ConsentPage(const QString &consentId, bool required, Theme &theme, QWidget *parent = nullptr);

    QString consentId() const { return m_consentId; }
    bool isRequired() const { return m_required; }
    bool hasAnswer() const;
    bool granted() const;

    bool isComplete() const override;
    QString blockingReason() const override;
    // Appends this consent's answer to the application's consents.
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;

protected:
    void retranslateUi() override;

private:
    void applyTheme();
    void updateAnswer();

    QString m_consentId;
    bool m_required;
    Theme &m_theme;
    QLabel *m_badge;
    QLabel *m_version;
    QScrollArea *m_textBox;
    QLabel *m_text;
    QButtonGroup *m_group;
    OptionCard *m_agree;
    OptionCard *m_disagree;
    QLabel *m_answerMessage;
};

} // namespace wristdoc
