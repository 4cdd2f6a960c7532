#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace capacita {

// Rows of plain records kept in step with the store one row at a time: a change to one
// record inserts, updates or removes exactly its row (views keep selection and scroll), and
// only a bulk change reloads everything. Rows are in arrival order; proxies sort them.
// An id -> row index keeps a change O(1) to find among tens of thousands of rows.
// Subclasses add Q_OBJECT, columns and data(), and call syncRow() from the store's
// ChangeNotifier.
template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int rowOf(const QString &id) const { return m_rowOfId.value(id, -1); }
    const Record &recordAt(int row) const { return m_rows.at(row); }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // Makes the row of id match the store: live is the stored record, or nullopt when the
    // record is gone (or does not belong in this model).
    void syncRow(const QString &id, const std::optional<Record> &live)
    {
        const int row = rowOf(id);
        if (!live) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rowOfId.remove(id);
                m_rows.removeAt(row);
                reindexFrom(row);
                endRemoveRows();
            }
            return;
        }
        if (row < 0) {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.append(*live);
            m_rowOfId.insert(live->id, end);
            endInsertRows();
            return;
        }
        m_rows[row] = *live;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    void resetRows(QList<Record> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        reindexFrom(0);
        endResetModel();
    }

    QList<Record> m_rows;

private:
    // Not cleared here: resetRows() did that and reserved room for every row (clearing again
    // gave the room back: 50,000 rows took twice as long), and a removal took its id out.
    void reindexFrom(qsizetype first)
    {
        for (qsizetype row = first; row < m_rows.size(); ++row)
            m_rowOfId.insert(m_rows.at(row).id, int(row));
    }

    QHash<QString, int> m_rowOfId;
};

} // namespace capacita
