#include "DialogSizing.h"

#include <QLayout>
#include <QScreen>
#include <QString>
#include <QWidget>

namespace wristdoc {

void fitDialogToText(QWidget *dialog, int charactersPerLine) {
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    layout->invalidate();
    layout->activate();
    int width = qMax(dialog->fontMetrics().horizontalAdvance(alphabet) * charactersPerLine /
                         int(alphabet.size()),
                     layout->minimumSize().width());
    if (const QScreen *where = dialog->screen())
        width = qMin(width, where->availableGeometry().width());
    const int height = qMax(layout->totalHeightForWidth(width), layout->minimumSize().height());
    dialog->setMinimumSize(width, height);
    dialog->resize(width, height);
}

} // namespace wristdoc
