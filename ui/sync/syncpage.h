#pragma once

#include "sync/sync.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace capacita {

class ConflictModel;
class ConflictsPanel;
class DatasetPanel;
class DeviceModel;
class DevicesPanel;
class HistoryModel;
class PackageExchange;
class Store;

// Sincronizar: the dataset this laptop belongs to, writing and reading packages, the
// conflicts to review, the laptops of the dataset and the history of packages.
//
// Everything shown is read from SyncService on the GUI thread's Store; packages are written
// and read by PackageExchange off the GUI thread. The page reloads after its own actions,
// and after any change to the database while it is on screen.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(Store &store, QWidget *parent = nullptr);

    void refresh();
    int openConflictCount() const;

    DatasetPanel *datasetPanel() const { return m_dataset; }
    PackageExchange *exchange() const { return m_exchange; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    DevicesPanel *devicesPanel() const { return m_devices; }
    ConflictModel *conflictModel() const { return m_conflictModel; }
    DeviceModel *deviceModel() const { return m_deviceModel; }
    HistoryModel *historyModel() const { return m_historyModel; }
    QTabWidget *tabs() const { return m_tabs; }

    enum Tab { ConflictsTab, LaptopsTab, HistoryTab };

signals:
    void openConflictsChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildExchange();
    QWidget *buildHistory();
    void refreshLater();
    void onImported(const QJsonObject &summary);

    SyncService m_service;
    ConflictModel *m_conflictModel = nullptr;
    DeviceModel *m_deviceModel = nullptr;
    HistoryModel *m_historyModel = nullptr;
    PackageExchange *m_exchange = nullptr;
    DatasetPanel *m_dataset = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    DevicesPanel *m_devices = nullptr;
    QWidget *m_exchangeBox = nullptr;
    QLabel *m_exchangeState = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_read = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_historyView = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = false;
    int m_openConflicts = -1;
};

} // namespace capacita
