#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace capacita {

// Rows of plain records kept in step with the store one row at a time: a change to one
// record inserts, updates or removes exactly its row (views keep selection and scroll), and
// only a bulk change reloads everything. Rows are in arrival order; proxies sort them.
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

    int rowOf(const QString &id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }
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
                m_rows.removeAt(row);
                endRemoveRows();
            }
            return;
        }
        if (row < 0) {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.append(*live);
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
        endResetModel();
    }

    QList<Record> m_rows;
};

} // namespace capacita
