#include "BirthDateInput.h"

#include "SensitiveText.h"
#include "TextLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyleOptionFrame>

namespace wristdoc {

namespace {

QLineEdit *makeField(const QString &name, int digits, QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setMaxLength(digits);
    field->setAlignment(Qt::AlignCenter);
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(digits)), field));
    return field;
}

QLabel *makeCaption(const QString &name, QWidget *parent) {
    auto *label = new TextLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    Theme::setRole(label, Theme::Role::Body);
    return label;
}

} // namespace

BirthDateInput::BirthDateInput(QWidget *parent)
    : QWidget(parent)
    , m_yearCaption(makeCaption(QStringLiteral("birthYearCaption"), this))
    , m_monthCaption(makeCaption(QStringLiteral("birthMonthCaption"), this))
    , m_dayCaption(makeCaption(QStringLiteral("birthDayCaption"), this))
    , m_year(makeField(QStringLiteral("birthYear"), 4, this))
    , m_month(makeField(QStringLiteral("birthMonth"), 2, this))
    , m_day(makeField(QStringLiteral("birthDay"), 2, this)) {
    m_yearCaption->setBuddy(m_year);
    m_monthCaption->setBuddy(m_month);
    m_dayCaption->setBuddy(m_day);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_yearCaption, 0, 0);
    layout->addWidget(m_monthCaption, 0, 1);
    layout->addWidget(m_dayCaption, 0, 2);
    layout->addWidget(m_year, 1, 0);
    layout->addWidget(m_month, 1, 1);
    layout->addWidget(m_day, 1, 2);
    layout->setColumnStretch(3, 1);

    // The fields' font comes from the style sheet; their width follows it.
    for (QLineEdit *field : {m_year, m_month, m_day})
        field->installEventFilter(this);
    connect(m_year, &QLineEdit::textEdited, this, &BirthDateInput::onYearEdited);
    connect(m_month, &QLineEdit::textEdited, this, &BirthDateInput::onMonthEdited);
    connect(m_day, &QLineEdit::textEdited, this, &BirthDateInput::edited);
    retranslateUi();
    updateWidths();
}

QString BirthDateInput::yearText() const {
    return m_year->text();
}

QString BirthDateInput::monthText() const {
    return m_month->text();
}

QString BirthDateInput::dayText() const {
    return m_day->text();
}

QDate BirthDateInput::date() const {
    if (m_year->text().size() != 4 || m_month->text().isEmpty() || m_day->text().isEmpty())
        return QDate();
    return QDate(m_year->text().toInt(), m_month->text().toInt(), m_day->text().toInt());
}

bool BirthDateInput::isEmpty() const {
    return m_year->text().isEmpty() && m_month->text().isEmpty() && m_day->text().isEmpty();
}

void BirthDateInput::setDate(const QDate &date) {
    m_year->setText(date.isValid() ? QString::number(date.year()) : QString());
    m_month->setText(date.isValid() ? QString::number(date.month()) : QString());
    m_day->setText(date.isValid() ? QString::number(date.day()) : QString());
    Q_EMIT edited();
}

void BirthDateInput::clear() {
    setDate(QDate());
}

void BirthDateInput::wipe() {
    for (QLineEdit *field : {m_year, m_month, m_day})
        SensitiveText::wipe(field);
    clear();
}

void BirthDateInput::focusFirstField() {
    m_year->setFocus(Qt::OtherFocusReason);
}

void BirthDateInput::onYearEdited(const QString &text) {
    if (text.size() == 4 && m_year->cursorPosition() == 4)
        m_month->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void BirthDateInput::onMonthEdited(const QString &text) {
    // "4" could still become "4x" only as a mistake, and "1" may become 10-12: move on after
    // two digits, or after one that no second digit could follow.
    const bool full = text.size() == 2 || (text.size() == 1 && text.toInt() > 1);
    if (full && m_month->cursorPosition() == text.size())
        m_day->setFocus(Qt::OtherFocusReason);
    Q_EMIT edited();
}

void BirthDateInput::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateWidths();
    }
    QWidget::changeEvent(event);
}

bool BirthDateInput::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateWidths();
    return QWidget::eventFilter(watched, event);
}

void BirthDateInput::retranslateUi() {
    m_yearCaption->setText(tr("Year"));
    m_monthCaption->setText(tr("Month"));
    m_dayCaption->setText(tr("Day"));
    m_year->setAccessibleName(tr("Year of birth, four digits"));
    m_month->setAccessibleName(tr("Month of birth"));
    m_day->setAccessibleName(tr("Day of birth"));
    m_year->setPlaceholderText(tr("e.g. 1956"));
}

void BirthDateInput::updateWidths() {
    // Wide enough for the digits (or the example) at the current text size, no wider.
    for (QLineEdit *field : {m_year, m_month, m_day}) {
        const QFontMetrics metrics(field->font());
        const QString sample = field == m_year ? QStringLiteral("00000") : QStringLiteral("000");
        int width = metrics.horizontalAdvance(sample);
        if (!field->placeholderText().isEmpty())
            width = std::max(width, metrics.horizontalAdvance(field->placeholderText()) +
                                        metrics.averageCharWidth());
        // The style adds the frame and the style sheet's padding around the text.
        QStyleOptionFrame option;
        option.initFrom(field);
        option.lineWidth =
            field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field);
        const QSize outer = field->style()->sizeFromContents(QStyle::CT_LineEdit, &option,
                                                             QSize(width, metrics.height()), field);
        field->setMinimumWidth(outer.width());
    }
}

} // namespace wristdoc
