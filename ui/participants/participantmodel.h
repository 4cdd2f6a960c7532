#pragma once

#include "common/recordtablemodel.h"
#include "domain/entities.h"

#include <QHash>

#include <array>

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

// All live participants, one per row, following the store's change notifications.
class ParticipantModel : public RecordTableModel<ParticipantRow>
{
    Q_OBJECT
public:
    enum Columns { FamilyNames, GivenNames, Document, Type, Institution, ColumnCount };

    explicit ParticipantModel(Store &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onChanged(const ChangeEvent &event);
    void reload();
    QString display(const Participant &p, int column) const;
    ParticipantRow withKeys(const Participant &p) const;
    QList<ParticipantRow> allRows() const;

    Store &m_store;
    QHash<QString, QString> m_typeLabels;
};

} // namespace capacita
