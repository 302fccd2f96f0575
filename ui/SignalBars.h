#pragma once

#include <QCoreApplication>
#include <QWidget>

namespace wristdoc {

class Theme;

// Signal strength as three bars of rising height: filled bars for the level, outlined empty
// ones for the rest, so the count of filled bars tells the level without colour. The words
// ("strong", "fair", "weak") go next to it and into its accessible name.
class SignalBars : public QWidget {
    Q_OBJECT

public:
    enum class Level { Unknown = 0, Weak = 1, Fair = 2, Strong = 3 };
    Q_ENUM(Level)

    // RSSI in dBm as a scan reports it; 0 means unknown. Strong from -60 dBm (a watch on the
    // counter), fair from -75 dBm (across the room), weak below.
    static Level levelFor(int rssi);
    static int barsFor(Level level) { return int(level); }
    // "Strong" / "강함" and so on, in the current language.
    static QString describe(Level level);

    explicit SignalBars(const Theme &theme, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    void setLevel(Level level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Theme &m_theme;
    Level m_level = Level::Unknown;
};

} // namespace wristdoc
