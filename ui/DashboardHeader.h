#pragma once

#include "DashboardSnapshot.h"

#include <QDate>
#include <QVector>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;

namespace wristdoc {

class LanguageController;
class Theme;

// Whose dashboard it is and today's date, and the controls a senior needs at hand: the
// 한국어/English switch, text size, high contrast, and a settings menu. The controls wrap onto
// more rows at large text sizes. The person's button opens a menu of the people on this computer
// and what can be done with the active one's link to the programme.
class DashboardHeader : public QWidget {
    Q_OBJECT

public:
    DashboardHeader(LanguageController &language, Theme &theme, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void setDemoData(bool demoData);
    // The people on this computer and who is shown; `linked` is the active person's link.
    void setProfiles(const QVector<DashboardSnapshot::Profile> &profiles, const QString &activeId,
                     bool linked);

    QAction *removeDemoDataAction() const { return m_removeDemoAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QMenu *profileMenu() const { return m_profileMenu; }

Q_SIGNALS:
    void removeDemoDataRequested(); // before confirmation
    void refreshRequested();
    void pairWatchRequested();
    void enrolRequested();
    void profileSwitchRequested(const QString &id);
    void addProfileRequested();
    void linkRequested();
    void unlinkRequested(); // before confirmation

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateThemeControls();
    void rebuildProfileMenu();
    QString profileName(const DashboardSnapshot::Profile &profile) const;
    static QPushButton *makeButton(QWidget *parent, const QString &objectName);

    LanguageController &m_language;
    Theme &m_theme;
    QDate m_today;
    bool m_demoData = false;
    QVector<DashboardSnapshot::Profile> m_profiles;
    QString m_activeProfileId;
    bool m_linked = false;
    bool m_hasProfiles = false; // false until the first snapshot: nobody to show yet

    QLabel *m_appName;
    QLabel *m_date;
    QLabel *m_demoBadge;
    QPushButton *m_profileButton;
    QMenu *m_profileMenu;
    QActionGroup *m_profileGroup;
    QAction *m_addProfileAction;
    QAction *m_linkAction;
    QAction *m_unlinkAction;
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
