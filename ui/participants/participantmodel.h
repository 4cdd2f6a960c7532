#pragma once

#include "common/recordtablemodel.h"
#include "domain/entities.h"

#include <QHash>

namespace capacita {

class Store;
struct ChangeEvent;

// All live participants, one per row, following the store's change notifications.
class ParticipantModel : public RecordTableModel<Participant>
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

    Store &m_store;
    QHash<QString, QString> m_typeLabels;
};

} // namespace capacita
