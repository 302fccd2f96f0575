#pragma once

#include "DashboardRepository.h"

#include <QObject>
#include <QTimer>

namespace wristdoc {

class Database;
class DashboardWindow;

// Moves data from the cache to the dashboard: on start, on request, every minute (so "today"
// rolls over at local midnight), and after demo data is removed.
class DashboardPresenter : public QObject {
    Q_OBJECT
public:
    DashboardPresenter(Database &database, DashboardRepository &repository, DashboardWindow &window,
                       QObject *parent = nullptr);

    void refresh();

private:
    void removeDemoData();

    Database &m_database;
    DashboardRepository &m_repository;
    DashboardWindow &m_window;
    QTimer m_minuteTimer;
};

} // namespace wristdoc
