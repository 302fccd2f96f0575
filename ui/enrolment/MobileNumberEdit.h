#pragma once

#include <QLineEdit>

namespace wristdoc {

// A mobile phone number field that groups the digits as they are typed (010-1234-5678), with
// the cursor staying after the digit just typed, so a senior sees the familiar shape and can
// check it group by group. Letters are left as typed, for the check to point out.
class MobileNumberEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit MobileNumberEdit(QWidget *parent = nullptr);

    QString digits() const; // the digits only, "01012345678"

private:
    void reformat(const QString &typed);
};

} // namespace wristdoc
