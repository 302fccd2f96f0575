#pragma once

class QWidget;

namespace wristdoc {

// Sizes a dialog with wrapped text for reading: about charactersPerLine characters a line, wide
// enough for its layout, never wider than its screen, and as tall as the wrapped text needs at
// that width. Top-level windows do not follow their labels' height-for-width by themselves, so
// dialogs call this when shown and whenever the text size changes.
void fitDialogToText(QWidget *dialog, int charactersPerLine = 40);

} // namespace wristdoc
