#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace wristdoc {

// Cards in two columns when each column gets at least minimumColumnWidth, otherwise in one.
// The decision uses the width the page has to offer (set by the window from its viewport),
// not the grid's own width, which two columns of wide cards could have stretched; and the
// window raises the minimum with the text size, so 200 % text becomes one tall column that
// scrolls instead of squeezed or clipped cards.
class CardGrid : public QWidget {
    Q_OBJECT

public:
    explicit CardGrid(QWidget *parent = nullptr);

    void setCards(const QList<QWidget *> &cards);
    void setMinimumColumnWidth(int px);
    void setAvailableWidth(int px);
    int columnCount() const { return m_columns; }

private:
    void relayout();

    QGridLayout *m_layout;
    QList<QWidget *> m_cards;
    int m_minimumColumnWidth = 460;
    int m_availableWidth = 0;
    int m_columns = 0;
};

} // namespace wristdoc
