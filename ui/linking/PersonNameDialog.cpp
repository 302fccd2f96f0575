#include "PersonNameDialog.h"

#include "DialogSizing.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

constexpr int kFieldHeight = 64;
constexpr int kButtonHeight = Theme::MinTouchTarget + 12;

QPushButton *makeButton(const QString &objectName, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(160, kButtonHeight);
    return button;
}

} // namespace

PersonNameDialog::PersonNameDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_add(makeButton(QStringLiteral("addPerson"), this))
    , m_cancel(makeButton(QStringLiteral("cancelAddPerson"), this)) {
    setObjectName(QStringLiteral("personNameDialog"));
    m_title->setObjectName(QStringLiteral("personNameTitle"));
    m_title->setWordWrap(true);
    Theme::setRole(m_title, Theme::Role::Heading);
    m_prompt->setObjectName(QStringLiteral("personNamePrompt"));
    m_prompt->setWordWrap(true);
    Theme::setRole(m_prompt, Theme::Role::Body);
    m_prompt->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setMinimumHeight(kFieldHeight);
    m_name->setMaxLength(kMaxNameLength);
    m_name->setTextMargins(12, 0, 12, 0);
    Theme::setRole(m_name, Theme::Role::Large);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(20);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_name);
    layout->addLayout(buttons);

    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PersonNameDialog::updateAddButton);
    retranslateUi();
    updateAddButton();
    fitDialogToText(this, 36);
}

QString PersonNameDialog::name() const {
    return m_name->text().trimmed();
}

void PersonNameDialog::setName(const QString &name) {
    m_name->setText(name);
}

QString PersonNameDialog::ask(QWidget *parent) {
    PersonNameDialog dialog(parent);
    return dialog.exec() == QDialog::Accepted ? dialog.name() : QString();
}

void PersonNameDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
    // New words or a new text size: wrap and grow again once every child has its new font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { fitDialogToText(this, 36); });
}

void PersonNameDialog::retranslateUi() {
    setWindowTitle(tr("Add a person"));
    m_title->setText(tr("Add a person"));
    m_prompt->setText(tr("Name shown on this computer (for example Mum):"));
    m_add->setText(tr("Add"));
    m_cancel->setText(tr("Cancel"));
}

void PersonNameDialog::updateAddButton() {
    m_add->setEnabled(!name().isEmpty());
}

} // namespace wristdoc
