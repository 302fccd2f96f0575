#include "SensitiveText.h"

#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace wristdoc {

void SensitiveText::overwriteShared(const QString &text) {
    // Without an allocation header the characters may be a literal in read-only memory.
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return;
    // Writing through a const copy is deliberate: the point is to reach the shared buffer.
    auto *chars = const_cast<QChar *>(text.constData());
    std::fill(chars, chars + std::max(text.size(), text.capacity()), QChar(u'\0'));
}

void SensitiveText::wipe(QLineEdit *edit) {
    if (!edit)
        return;
    overwriteShared(edit->text());
    edit->setText(QString());
}

void SensitiveText::wipe(QLabel *label) {
    if (!label)
        return;
    overwriteShared(label->text());
    label->clear();
}

} // namespace wristdoc
