#include "CardGrid.h"

#include <QGridLayout>

namespace wristdoc {

CardGrid::CardGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);
}

void CardGrid::setCards(const QList<QWidget *> &cards) {
    for (QWidget *card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    m_cards = cards;
    for (QWidget *card : cards)
        card->setParent(this);
    m_columns = 0;
    relayout();
}

void CardGrid::setMinimumColumnWidth(int px) {
    m_minimumColumnWidth = px;
    relayout();
}

void CardGrid::setAvailableWidth(int px) {
    m_availableWidth = px;
    relayout();
}

void CardGrid::relayout() {
    const int columns =
        m_availableWidth >= 2 * m_minimumColumnWidth + m_layout->horizontalSpacing() ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_layout->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace wristdoc
