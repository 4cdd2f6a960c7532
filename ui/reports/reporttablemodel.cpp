#include "reports/reporttablemodel.h"

#include "common/modelroles.h"

#include <QLocale>

#include <cmath>

namespace capacita {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ReportTableModel::isCodeColumn(const reports::ReportTable &table, int column)
{
    const QString id = table.columnIds.value(column);
    if (id == QLatin1String("id"))
        return true;
    const bool labelled = table.columnIds.contains(QLatin1String("label"));
    return labelled && (id == QLatin1String("key") || id == QLatin1String("indicator"));
}

QString ReportTableModel::displayText(const QVariant &cell)
{
    const QLocale locale;
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = cell.toDouble();
        if (!std::isfinite(value))
            return QString();
        const double rounded = std::round(value * 100.0) / 100.0;
        if (rounded == std::floor(rounded))
            return locale.toString(qint64(rounded));
        const bool oneDecimal = std::abs(rounded * 10.0 - std::round(rounded * 10.0)) < 1e-9;
        return locale.toString(rounded, 'f', oneDecimal ? 1 : 2);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(cell.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(cell.toULongLong());
    default:
        return cell.toString();
    }
}

void ReportTableModel::setTable(const reports::ReportTable &table)
{
    const bool sameColumns = table.id == m_table.id && table.columnIds == m_table.columnIds;
    if (!sameColumns) {
        beginResetModel();
        m_table = table;
        endResetModel();
        return;
    }
    const int oldRows = int(m_table.rows.size());
    const int newRows = int(table.rows.size());
    if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_table.rows.resize(newRows);
        endRemoveRows();
    }
    const int kept = std::min(oldRows, newRows);
    for (int row = 0; row < kept; ++row)
        m_table.rows[row] = table.rows.at(row);
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_table.rows = table.rows;
        endInsertRows();
    }
    m_table.title = table.title;
    m_table.note = table.note;
    if (m_table.headers != table.headers) {
        m_table.headers = table.headers;
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    if (kept > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnIds.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_table.rows.at(index.row());
    const QVariant cell = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cell);
    case Qt::EditRole:
    case SortRole:
        return cell;
    case Qt::TextAlignmentRole:
        return int(reports::isNumericCell(cell) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // The exact figure behind a rounded one.
        if (cell.typeId() == QMetaType::Double && cell.toDouble() != std::round(cell.toDouble()))
            return QLocale().toString(cell.toDouble(), 'f', 4);
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.headers.value(section, m_table.columnIds.value(section));
    if (role == Qt::TextAlignmentRole) {
        // Headers of number columns line up with their numbers.
        const bool numeric = !m_table.rows.isEmpty() && reports::isNumericCell(m_table.rows.first().value(section));
        return int(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

} // namespace capacita
