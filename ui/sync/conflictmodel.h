#pragma once

#include "sync/keyedtablemodel.h"

#include <QHash>

namespace capacita {

class Store;
struct ConflictRecord;

// One open conflict as the person reviewing it sees it.
struct ConflictRow
{
    QString id; // the conflict id as text (the model's key)
    qint64 conflictId = 0;
    QString table;
    QString rowId;
    QString field;
    QString record; // "Participant · Rosa Quispe Mamani"
    QString fieldLabel;
    QString localValue;
    QString localWho;
    qint64 localAt = 0;
    QString remoteValue;
    QString remoteWho;
    qint64 remoteAt = 0;
    bool remoteKept = false; // the merge kept the received value

    bool operator==(const ConflictRow &) const = default;
};

// Open conflicts: both values of a field side by side, with the laptop that wrote each and
// when. The value the merge kept (the later write) is bold. Fed by SyncPage::refresh().
class ConflictModel : public KeyedTableModel<ConflictRow>
{
    Q_OBJECT
public:
    enum Columns { Record, Field, LocalValue, LocalSource, RemoteValue, RemoteSource, ColumnCount };

    explicit ConflictModel(Store &store, QObject *parent = nullptr);

    // deviceNames: site id -> laptop name, for "who".
    void setConflicts(const QList<ConflictRecord> &conflicts, const QHash<QString, QString> &deviceNames);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString recordLabel(const QString &table, const QString &rowId);

    Store &m_store;
};

} // namespace capacita
