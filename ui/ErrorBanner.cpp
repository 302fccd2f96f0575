#include "ErrorBanner.h"

#include "ErrorMessages.h"
#include "TextLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("storageErrorBanner"));
    setFrameShape(QFrame::StyledPanel);
    hide();
}

void ErrorBanner::ensureContents() {
    if (m_message)
        return;
    m_message = new TextLabel(this);
    m_advice = new TextLabel(this);
    m_close = new QPushButton(this);
    m_message->setObjectName(QStringLiteral("storageErrorMessage"));
    m_advice->setObjectName(QStringLiteral("storageErrorAdvice"));
    m_close->setObjectName(QStringLiteral("storageErrorClose"));
    m_close->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);
    for (QLabel *label : {m_message, m_advice}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    Theme::setRole(m_message, Theme::Role::Warning);
    Theme::setRole(m_advice, Theme::Role::Body);
    Theme::setTone(m_message, "warning");
    Theme::setTone(m_advice, "warning");
    m_message->setAccessibleDescription(QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 16, 16);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_advice);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::clear);
}

void ErrorBanner::showError(StorageErrorCode code) {
    if (code == StorageErrorCode::None) {
        clear();
        return;
    }
    m_code = code;
    ensureContents();
    retranslateUi();
    show();
}

void ErrorBanner::clear() {
    m_code = StorageErrorCode::None;
    retranslateUi();
    hide();
}

void ErrorBanner::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslateUi() {
    if (!m_message)
        return;
    m_message->setText(ErrorMessages::storageError(m_code));
    const QString advice = ErrorMessages::storageErrorAdvice(m_code);
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close this message"));
}

} // namespace wristdoc
