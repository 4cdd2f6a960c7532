#pragma once

#include "common/recordtablemodel.h"
#include "common/searchproxymodel.h"
#include "participants/participantrows.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace capacita {

class Store;
struct ChangeEvent;

// All live participants, one per row, following the store's change notifications. The
// search proxy reads the folded keys and sort ranks directly (SearchKeySource).
class ParticipantModel : public RecordTableModel<ParticipantRow>, public SearchKeySource
{
    Q_OBJECT
public:
    enum Columns { FamilyNames, GivenNames, Document, Type, Institution, ColumnCount };

    // Empty: no rows, and changes not followed, until load() or loadInBackground().
    enum Start { Loaded, Empty };
    explicit ParticipantModel(Store &store, QObject *parent = nullptr, Start start = Loaded);

    void load(); // every live person, read again now (a background read under way is dropped)
    // The first read, on a worker (at once when the database is not a file). Changes stored
    // meanwhile are applied after the rows arrive; loaded() follows.
    void loadInBackground();
    bool isLoaded() const { return m_loaded; }
    // A worker is reading: the first rows, or (isLoaded() too) new rows after a bulk change,
    // the old ones staying in the model until they are swapped in one reset.
    bool isLoading() const { return m_job != nullptr; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QString &searchKey(int row) const override { return m_rows.at(row).searchKey; }
    int sortRank(int row, int column) const override;

signals:
    // After a bulk change the people are read again on a worker (at once when the database
    // is not a file): reloading() when that starts, loaded() when the new rows are in.
    void reloading();
    void loaded(); // loadInBackground()'s rows, or a bulk change's, are in

private:
    void onChanged(const ChangeEvent &event);
    void onBulkChanged();
    void startReading();
    void onRowsRead();
    void applyChanges(QList<ParticipantRow> &rows, const QSet<QString> &changed) const;
    void syncFromStore(const QString &id);
    void setRows(QList<ParticipantRow> rows);
    void dropJob();
    QString display(const Participant &p, int column) const;

    Store &m_store;
    QHash<QString, QString> m_typeLabels;
    ParticipantRowMaker m_maker;
    // Per column, each row's place in the sorted order; worked out when first asked for
    // after a change (one sort of all rows instead of a string comparison per proxy step).
    mutable std::array<std::vector<int>, 5> m_ranks;
    bool m_loaded = false;
    ParticipantRowsJob *m_job = nullptr;    // the background read under way
    QSet<QString> m_changedWhileLoading;    // people to read again once its rows are in
    bool m_bulkChangedWhileLoading = false; // its rows may be stale: read them again
};

} // namespace capacita
