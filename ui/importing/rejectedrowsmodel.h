#pragma once

#include "importing/importsummary.h"

#include <QAbstractTableModel>

namespace capacita {

// The rows a dry run rejected: line in the file, column and reason.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, ColumnName, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RejectedRow> &rows);
    const QList<RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace capacita
