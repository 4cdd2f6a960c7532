#include "importing/rejectedrowsmodel.h"

#include "importing/previewmodel.h"

namespace capacita {

void RejectedRowsModel::setRows(const QList<RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return row.line;
        case ColumnName:
            if (!row.header.isEmpty())
                return row.header;
            return row.column.isEmpty() ? QString() : PreviewModel::fieldLabel(row.column);
        case Reason:
            return row.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return row.reason;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace capacita
