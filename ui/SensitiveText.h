#pragma once

#include <QString>

class QLabel;
class QLineEdit;

namespace wristdoc {

// Overwriting personal text in widgets before a kiosk session is wiped. A QString copy shares
// its buffer with the widget (implicit sharing), so writing zeros through that copy reaches the
// widget's own buffer and every other holder of it, which detach() + fill would not: it would
// only scrub a fresh duplicate. Use this only on text about to be thrown away by all holders.
// What stays out of reach: copies Qt makes itself (a line edit's display layout and undo
// entries, text shaped for painting, input-method and accessibility caches) and buffers
// released earlier (every keystroke reallocates the text); those are freed, not overwritten.
class SensitiveText {
public:
    // Zeros the characters (and the spare capacity behind them) of text's heap buffer; text in
    // read-only memory (literals) is left alone.
    static void overwriteShared(const QString &text);
    // Overwrites the field's text, then empties it with setText(), which also drops the undo
    // history (QLineEdit::clear() keeps it: Ctrl+Z would bring the text back).
    static void wipe(QLineEdit *edit);
    static void wipe(QLabel *label);
};

} // namespace wristdoc
