#include "DashboardPresenter.h"

#include "DashboardWindow.h"
#include "DeviceStore.h"

namespace wristdoc {

DashboardPresenter::DashboardPresenter(Database &database, DashboardRepository &repository,
                                       DashboardWindow &window, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(repository)
    , m_window(window) {
    connect(&m_window, &DashboardWindow::refreshRequested, this, &DashboardPresenter::refresh);
    connect(&m_window, &DashboardWindow::removeDemoDataRequested, this,
            &DashboardPresenter::removeDemoData);
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &DashboardPresenter::refresh);
    m_minuteTimer.start();
}

void DashboardPresenter::refresh() {
    StorageError error;
    DashboardSnapshot snapshot = m_repository.snapshot(&error);
    if (error) {
        m_window.showStorageError(error);
        return;
    }
    if (m_decorator)
        m_decorator(snapshot);
    m_window.setSnapshot(snapshot);
}

void DashboardPresenter::removeDemoData() {
    DeviceStore devices(m_database);
    if (const StorageError error = devices.removeDemoData()) {
        m_window.showStorageError(error);
        return;
    }
    refresh();
}

} // namespace wristdoc
