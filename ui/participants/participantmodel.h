#pragma once

#include "common/recordtablemodel.h"
#include "common/searchproxymodel.h"
#include "domain/entities.h"

#include <QHash>

#include <array>
#include <vector>

namespace capacita {

class Store;
struct ChangeEvent;

// A participant with the folded search and sort texts worked out once, when the row arrives:
// typing in the filter then compares strings instead of folding 50,000 names per keystroke.
struct ParticipantRow : Participant
{
    QString searchKey;
    std::array<QString, 5> sortKeys; // one per column of ParticipantModel
};

// All live participants, one per row, following the store's change notifications. The
// search proxy reads the folded keys and sort ranks directly (SearchKeySource).
class ParticipantModel : public RecordTableModel<ParticipantRow>, public SearchKeySource
{
    Q_OBJECT
public:
    enum Columns { FamilyNames, GivenNames, Document, Type, Institution, ColumnCount };

    enum Start { Loaded, Empty }; // Empty: no rows, and changes not followed, until load()
    explicit ParticipantModel(Store &store, QObject *parent = nullptr, Start start = Loaded);

    void load(); // every live person, read again
    bool isLoaded() const { return m_loaded; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QString &searchKey(int row) const override { return m_rows.at(row).searchKey; }
    int sortRank(int row, int column) const override;

private:
    void onChanged(const ChangeEvent &event);
    void reload();
    QString display(const Participant &p, int column) const;
    ParticipantRow withKeys(const Participant &p) const;
    QList<ParticipantRow> allRows() const;

    Store &m_store;
    QHash<QString, QString> m_typeLabels;
    QHash<QString, QString> m_foldedTypeLabels;
    // Per column, each row's place in the sorted order; worked out when first asked for
    // after a change (one sort of all rows instead of a string comparison per proxy step).
    mutable std::array<std::vector<int>, 5> m_ranks;
    bool m_loaded = false;
};

} // namespace capacita
