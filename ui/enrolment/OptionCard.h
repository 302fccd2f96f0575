#pragma once

#include <QAbstractButton>

class QLabel;
class QVBoxLayout;

namespace wristdoc {

class Theme;

// A large tappable choice: a title, an optional line of explanation, and a mark showing whether
// it is chosen (a round mark for one of several, a square one for a statement to confirm, or
// none). The whole card is the touch target, and its text wraps at 200 % where a QPushButton's
// would be cut off.
class OptionCard : public QAbstractButton {
    Q_OBJECT

public:
    enum class Mark { None, Radio, Check };

    OptionCard(Theme &theme, Mark mark, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &description); // empty hides the line
    QString title() const;
    QString description() const;
    // The width the text needs on one line, before any minimum width is applied: lets a grid
    // of cards give all of them the width of the widest.
    int naturalWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    void applyTheme();
    int markSize() const;

    Theme &m_theme;
    Mark m_mark;
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace wristdoc
