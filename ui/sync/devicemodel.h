#pragma once

#include "sync/keyedtablemodel.h"

#include <QJsonObject>

namespace capacita {

struct DeviceInfo;

struct DeviceRow
{
    QString id; // site id
    QString name;
    bool thisDevice = false;
    bool revoked = false;
    QString revokedAt; // ISO date
    qint64 lastSeenAt = 0;
    qint64 confirmedAt = 0; // the time of our newest change it confirmed having
    qint64 gaps = 0;

    bool operator==(const DeviceRow &) const = default;
};

// The laptops of the dataset with what this laptop knows of each: when it last received a
// package from it, up to when it has this laptop's changes (each package says what its
// writer holds), and whether some of its packages never arrived.
class DeviceModel : public KeyedTableModel<DeviceRow>
{
    Q_OBJECT
public:
    enum Columns { Name, SiteId, State, LastReceived, Confirmed, Missing, ColumnCount };

    using KeyedTableModel::KeyedTableModel;

    // status: SyncService::status(), whose "peers" hold the per-laptop bookkeeping.
    void setDevices(const QList<DeviceInfo> &devices, const QJsonObject &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace capacita
