#pragma once

#include "sync/keyedtablemodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace capacita {

struct HistoryRow
{
    QString id; // direction + package id: a laptop could read back its own package
    QString packageId;
    bool sent = false;
    QString laptop;
    QString file;
    qint64 at = 0;
    QJsonObject summary;

    bool operator==(const HistoryRow &) const = default;
};

// Packages written and read on this laptop (SyncService::status()["packages"]).
class HistoryModel : public KeyedTableModel<HistoryRow>
{
    Q_OBJECT
public:
    enum Columns { Date, Direction, Laptop, Records, File, ColumnCount };

    using KeyedTableModel::KeyedTableModel;

    // deviceNames: site id -> laptop name, for the origin of each package.
    void setPackages(const QJsonArray &packages, const QHash<QString, QString> &deviceNames);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace capacita
