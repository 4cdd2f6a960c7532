#pragma once

#include "reports/reporttables.h"

#include <QAbstractTableModel>

namespace capacita {

// A report table (reports::ReportTable) as an item model, cell for cell: what the Reportes
// page shows is what CSV, XLSX and PDF write. Numbers are right-aligned and rounded for the
// eye in the program's locale (a decimal comma in Spanish); SortRole and Qt::EditRole give
// the exact figure.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    // A table of the same shape (an update of the same report) changes cells in place, so
    // the view keeps its selection and scroll; another table resets the model.
    void setTable(const reports::ReportTable &table);
    const reports::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1.234", "63,3", "0,86": whole numbers as they are, others with at most two decimals.
    static QString displayText(const QVariant &cell);
    // Columns for scripts rather than people: record ids, and codes shown beside their
    // label. Views hide them; exports keep them.
    static bool isCodeColumn(const reports::ReportTable &table, int column);

private:
    reports::ReportTable m_table;
};

} // namespace capacita
