#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wristdoc {

// Asks for the name a new person is shown by on a home computer ("Mum"). The stock input dialog
// is sized for a mouse; this one has the large field and finger-sized buttons of the rest of the
// app. Add stays disabled until a name other than spaces is typed.
class PersonNameDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxNameLength = 20; // fits the person button and menu at 200 %

    explicit PersonNameDialog(QWidget *parent = nullptr);

    QString name() const; // trimmed
    void setName(const QString &name);

    // Shows the dialog; the trimmed name, or empty when cancelled.
    static QString ask(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAddButton();

    QLabel *m_title;
    QLabel *m_prompt;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_cancel;
};

} // namespace wristdoc
