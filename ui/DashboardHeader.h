#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

namespace wristdoc {

class LanguageController;
class Theme;

// Today's date and the controls a senior needs at hand: the 한국어/English switch, text size,
// high contrast, and a settings menu. The controls wrap onto more rows at large text sizes.
class DashboardHeader : public QWidget {
    Q_OBJECT

public:
    DashboardHeader(LanguageController &language, Theme &theme, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void setDemoData(bool demoData);

    QAction *removeDemoDataAction() const { return m_removeDemoAction; }
    QAction *refreshAction() const { return m_refreshAction; }

Q_SIGNALS:
    void removeDemoDataRequested(); // before confirmation
    void refreshRequested();
    void pairWatchRequested();
    void enrolRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateThemeControls();
    static QPushButton *makeButton(QWidget *parent, const QString &objectName);

    LanguageController &m_language;
    Theme &m_theme;
    QDate m_today;
    bool m_demoData = false;

    QLabel *m_appName;
    QLabel *m_date;
    QLabel *m_demoBadge;
    QPushButton *m_languageButton;
    QLabel *m_textSizeCaption;
    QPushButton *m_smaller;
    QLabel *m_scale;
    QPushButton *m_larger;
    QPushButton *m_contrastButton;
    QPushButton *m_settingsButton;
    QMenu *m_settingsMenu;
    QPushButton *m_pairButton;
    QPushButton *m_enrolButton;
    QAction *m_refreshAction;
    QAction *m_removeDemoAction;
};

} // namespace wristdoc
