#pragma once

#include "DashboardSnapshot.h"
#include "Formatter.h"
#include "Theme.h"

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

public:
    DashboardCard(const LanguageController &language, QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setTimeZone(const QTimeZone &zone);
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

protected:
    void changeEvent(QEvent *event) override;
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
    QLabel *m_title;
    QVBoxLayout *m_layout;
};

} // namespace wristdoc
