#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

namespace wristdoc {

class Theme;

// Base of the dashboard's charts, painted with QPainter in the Theme's body font and colours
// (high contrast included) and as tall as the text size asks. Assistive technology sees each
// as a chart whose name says what it shows and whose description states the values: a screen
// reader cannot read a picture.
class ChartWidget : public QWidget {
    Q_OBJECT

public:
    // A labelled position on an axis, in data units.
    struct Tick {
        double value = 0;
        QString label;
    };

    ChartWidget(const Theme &theme, int baseHeight, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    const Theme &theme() const { return m_theme; }
    // Pixels that grow with the text size (line widths, gaps).
    qreal scaled(qreal px) const;

private:
    const Theme &m_theme;
    int m_baseHeight;
};

} // namespace wristdoc
