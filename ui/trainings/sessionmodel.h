#pragma once

#include "common/recordtablemodel.h"
#include "domain/entities.h"
#include "domain/result.h"

class QUndoStack;

namespace capacita {

class Store;
struct ChangeEvent;

// The sessions of one training. Date, times and hours are edited in place; each edit is an
// undo command, and a refused edit leaves the row as it was and reports why.
class SessionModel : public RecordTableModel<TrainingSession>
{
    Q_OBJECT
public:
    enum Columns { Date, StartTime, EndTime, Hours, ColumnCount };

    SessionModel(Store &store, QUndoStack &undo, QObject *parent = nullptr);

    void setTraining(const QString &trainingId);
    QString trainingId() const { return m_trainingId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editFailed(const capacita::Error &error);

private:
    void onChanged(const ChangeEvent &event);
    void reload();

    Store &m_store;
    QUndoStack &m_undo;
    QString m_trainingId;
};

} // namespace capacita
