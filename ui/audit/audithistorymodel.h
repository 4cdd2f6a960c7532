#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>

namespace capacita {

class Store;

// The audit log lines about one record (a person or a training, with the rows that hang
// from it), newest first, in words: when, who, on which laptop, from where, what changed.
class AuditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { When, Who, Laptop, Origin, Record, Action, Changes, ColumnCount };

    AuditHistoryModel(Store &store, QObject *parent = nullptr);

    // Loads the lines of a participant or training ("participant" | "training", id).
    void load(const QString &table, const QString &id);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Given names: Rosa → Rosa María; Sex: (empty) → F" for one line.
    static QString describeChanges(const AuditEntry &entry);
    static QString actionText(const QString &action);
    static QString originText(const AuditEntry &entry);

private:
    QString display(const AuditEntry &e, int column) const;

    Store &m_store;
    QList<AuditEntry> m_entries;
};

} // namespace capacita
