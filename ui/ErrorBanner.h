#pragma once

#include "StorageError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace wristdoc {

// A storage failure in plain words at the top of the dashboard. It keeps the error code, not
// the text, so it retranslates when the language changes. Its texts and button are built when
// the first error is shown: most starts never show one.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(StorageErrorCode code);
    void clear();
    StorageErrorCode code() const { return m_code; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureContents();
    void retranslateUi();

    StorageErrorCode m_code = StorageErrorCode::None;
    QLabel *m_message = nullptr;
    QLabel *m_advice = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace wristdoc
