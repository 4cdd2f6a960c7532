#pragma once

#include "common/recordtablemodel.h"

#include <QSet>

namespace capacita {

// A RecordTableModel for lists that core hands over whole (sync status, conflicts, history):
// the new list is merged row by row, so a refresh that changes one row emits one signal and
// the views keep their selection. Record needs a QString id and operator==.
template<typename Record> class KeyedTableModel : public RecordTableModel<Record>
{
protected:
    using RecordTableModel<Record>::RecordTableModel;

    void replaceRows(const QList<Record> &rows)
    {
        QSet<QString> wanted;
        for (const Record &r : rows)
            wanted.insert(r.id);
        for (qsizetype row = this->m_rows.size() - 1; row >= 0; --row) {
            if (!wanted.contains(this->m_rows.at(row).id))
                this->syncRow(this->m_rows.at(row).id, std::nullopt);
        }
        for (const Record &r : rows) {
            const int row = this->rowOf(r.id);
            if (row < 0 || !(this->m_rows.at(row) == r))
                this->syncRow(r.id, r);
        }
    }
};

} // namespace capacita
