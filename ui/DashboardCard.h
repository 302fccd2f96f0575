#pragma once

#include "DashboardSnapshot.h"
#include "Formatter.h"
#include "Theme.h"

#include <QColor>
#include <QFrame>
#include <QTimeZone>

class QLabel;
class QVBoxLayout;

namespace wristdoc {

class LanguageController;

// A rounded card with a title. Subclasses fill texts from the snapshot in refresh(), which runs
// on every new snapshot and on QEvent::LanguageChange, so an open card retranslates at once.
class DashboardCard : public QFrame {
    Q_OBJECT
    // The card's colours and edge come from the theme's style sheet (qproperty-...); the card
    // paints itself, as two filled rounded rectangles, which costs a fraction of a style-sheet
    // border with rounded corners (four edges and four stroked arcs per card).
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor)
    Q_PROPERTY(QColor edgeColor READ edgeColor WRITE setEdgeColor)
    Q_PROPERTY(int edgeWidth READ edgeWidth WRITE setEdgeWidth)

public:
    DashboardCard(const LanguageController &language, QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setTimeZone(const QTimeZone &zone);
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    // False until the first setSnapshot(): the card's snapshot is then only a default.
    bool hasSnapshot() const { return m_hasSnapshot; }

    QColor fillColor() const { return m_fillColor; }
    void setFillColor(const QColor &color);
    QColor edgeColor() const { return m_edgeColor; }
    void setEdgeColor(const QColor &color);
    int edgeWidth() const { return m_edgeWidth; }
    void setEdgeWidth(int px);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    virtual void refresh() = 0;

    Formatter formatter() const;
    QLabel *titleLabel() const { return m_title; }
    QVBoxLayout *cardLayout() const { return m_layout; }
    // A plain-text label with a role, owned by the card; the caller puts it in a layout.
    // Word-wrapped labels reflow at large text sizes.
    QLabel *makeLabel(const QString &objectName, Theme::Role role, bool wordWrap);

private:
    const LanguageController &m_language;
    QTimeZone m_zone;
    DashboardSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QColor m_fillColor = Qt::white;
    QColor m_edgeColor = Qt::gray;
    int m_edgeWidth = 0;
    QLabel *m_title;
    QVBoxLayout *m_layout;
};

} // namespace wristdoc
