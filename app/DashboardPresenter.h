#pragma once

#include "DashboardRepository.h"

#include <QObject>
#include <QTimer>

#include <functional>

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
    // Adds what the cache's repository does not know (the profiles, the reconciliation with the
    // server's ledger) to each snapshot before it is shown.
    using Decorator = std::function<void(DashboardSnapshot &)>;
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }

private:
    void removeDemoData();

    Database &m_database;
    DashboardRepository &m_repository;
    DashboardWindow &m_window;
    QTimer m_minuteTimer;
    Decorator m_decorator;
};

} // namespace wristdoc
