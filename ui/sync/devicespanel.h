#pragma once

#include "domain/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace capacita {

class DeviceModel;
class SyncService;

// The laptops of the dataset, what was exchanged with each, and revoking one that was lost,
// stolen or left the programme.
class DevicesPanel : public QWidget
{
    Q_OBJECT
public:
    DevicesPanel(SyncService &service, DeviceModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString currentSiteId() const;
    void setPendingChanges(qint64 pending, int otherLaptops);

    Status revoke(const QString &siteId);
    void revokeInteractive(); // asks first, explaining what revoking does

signals:
    void revoked(const QString &siteId);

private:
    void onCurrentChanged();

    SyncService &m_service;
    DeviceModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace capacita
