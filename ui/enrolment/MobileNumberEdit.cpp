#include "MobileNumberEdit.h"

#include "EnrolmentRules.h"

namespace wristdoc {

namespace {

bool isAsciiDigit(QChar c) {
    return c.isDigit() && c.unicode() < 128;
}

bool onlyDigitsAndSeparators(const QString &text) {
    for (QChar c : text) {
        if (!isAsciiDigit(c) && c != u'-' && c != u' ')
            return false;
    }
    return true;
}

} // namespace

MobileNumberEdit::MobileNumberEdit(QWidget *parent)
    : QLineEdit(parent) {
    setInputMethodHints(Qt::ImhDialableCharactersOnly | Qt::ImhNoPredictiveText);
    // Room for a mistyped extra digit or two, so the check can say "too many digits".
    setMaxLength(20);
    connect(this, &QLineEdit::textEdited, this, &MobileNumberEdit::reformat);
}

QString MobileNumberEdit::digits() const {
    QString out;
    for (QChar c : text()) {
        if (isAsciiDigit(c))
            out.append(c);
    }
    return out;
}

void MobileNumberEdit::reformat(const QString &typed) {
    if (!onlyDigitsAndSeparators(typed))
        return;
    QString formatted = EnrolmentRules::formatMobile(typed);
    // Ten digits of an 010 number are one short of eleven: keep the 3-4 grouping the finished
    // number will have, rather than 3-3-4 for a moment.
    const QString digitsTyped = [&typed] {
        QString d;
        for (QChar c : typed) {
            if (isAsciiDigit(c))
                d.append(c);
        }
        return d;
    }();
    if (digitsTyped.size() == 10 && digitsTyped.startsWith(QLatin1String("010")))
        formatted = digitsTyped.left(3) + u'-' + digitsTyped.mid(3, 4) + u'-' + digitsTyped.mid(7);
    if (formatted == typed)
        return;
    // Keep the cursor after the same number of digits as before.
    int digitsBefore = 0;
    for (int i = 0; i < cursorPosition() && i < typed.size(); ++i) {
        if (isAsciiDigit(typed.at(i)))
            ++digitsBefore;
    }
    int position = 0;
    for (int seen = 0; position < formatted.size() && seen < digitsBefore; ++position) {
        if (isAsciiDigit(formatted.at(position)))
            ++seen;
    }
    setText(formatted);
    setCursorPosition(position);
}

} // namespace wristdoc
