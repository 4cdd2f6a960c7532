#include "sync/historymodel.h"

#include "common/modelroles.h"
#include "common/searchtext.h"
#include "sync/synctext.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace capacita {

void HistoryModel::setPackages(const QJsonArray &packages, const QHash<QString, QString> &deviceNames)
{
    QList<HistoryRow> rows;
    for (const QJsonValue &value : packages) {
        const QJsonObject p = value.toObject();
        HistoryRow r;
        r.packageId = p.value(u"package_id"_s).toString();
        r.sent = p.value(u"direction"_s).toString() == u"sent"_s;
        r.id = (r.sent ? u"sent:"_s : u"received:"_s) + r.packageId;
        r.summary = p.value(u"summary"_s).toObject();
        const QString origin = p.value(u"origin"_s).toString();
        r.laptop = deviceNames.value(origin, r.summary.value(u"origin_name"_s).toString());
        if (r.laptop.isEmpty())
            r.laptop = origin;
        r.file = p.value(u"file"_s).toString();
        r.at = p.value(u"at"_s).toInteger();
        rows.append(r);
    }
    replaceRows(rows);
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return SyncText::dateTime(r.at);
        case Direction:
            return r.sent ? tr("Written") : tr("Read");
        case Laptop:
            return r.laptop;
        case Records:
            return r.sent ? tr("%n record(s)", nullptr, r.summary.value(u"rows"_s).toInt())
                          : SyncText::receivedRows(r.summary);
        case File:
            return QFileInfo(r.file).fileName();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == File)
            return QDir::toNativeSeparators(r.file);
        if (column == Direction)
            return r.sent ? tr("A package written on this laptop") : tr("A package read into this laptop");
        return {};
    case IdRole:
        return r.packageId;
    case SortRole:
        switch (column) {
        case Date:
            return r.at;
        case Records:
            return r.summary.value(r.sent ? u"rows"_s : u"rows_new"_s).toInteger();
        default:
            return foldForSearch(data(index, Qt::DisplayRole).toString());
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Direction:
        return tr("Package");
    case Laptop:
        return tr("Written by");
    case Records:
        return tr("Records");
    case File:
        return tr("File");
    default:
        return {};
    }
}

} // namespace capacita
