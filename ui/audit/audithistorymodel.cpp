#include "audit/audithistorymodel.h"

#include "storage/store.h"
#include "sync/synctext.h"

#include <QJsonArray>

#include <algorithm>

namespace capacita {

AuditHistoryModel::AuditHistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void AuditHistoryModel::load(const QString &table, const QString &id)
{
    beginResetModel();
    m_entries = id.isEmpty() ? QList<AuditEntry>() : m_store.db().audit().entries(table, id);
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    endResetModel();
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::actionText(const QString &action)
{
    if (action == QLatin1String("created"))
        return tr("Created");
    if (action == QLatin1String("updated"))
        return tr("Changed");
    if (action == QLatin1String("deleted"))
        return tr("Deleted");
    if (action == QLatin1String("restored"))
        return tr("Restored");
    if (action == QLatin1String("purged"))
        return tr("Erased permanently");
    return action;
}

QString AuditHistoryModel::originText(const AuditEntry &e)
{
    if (e.origin == QLatin1String("sync"))
        return tr("Sync package from %1").arg(e.detail);
    if (e.origin == QLatin1String("import"))
        return e.detail.isEmpty() ? tr("Roster import") : tr("Roster import (%1)").arg(e.detail);
    if (e.origin == QLatin1String("merge"))
        return tr("Merge of duplicates");
    return tr("Edited on this laptop");
}

QString AuditHistoryModel::describeChanges(const AuditEntry &e)
{
    if (e.erased)
        return tr("(values erased at the person's request)");
    QStringList parts;
    for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const QString before = SyncText::value(it.key(), pair.at(0).toVariant());
        const QString after = SyncText::value(it.key(), pair.at(1).toVariant());
        parts << (e.action == QLatin1String("created")
                      ? tr("%1: %2").arg(SyncText::fieldName(it.key()), after)
                      : tr("%1: %2 → %3").arg(SyncText::fieldName(it.key()), before, after));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditHistoryModel::display(const AuditEntry &e, int column) const
{
    switch (column) {
    case When: return SyncText::dateTime(e.at);
    case Who: return e.operatorName;
    case Laptop: return e.device;
    case Origin: return originText(e);
    case Record:
        return e.about.isEmpty() ? SyncText::tableName(e.table)
                                 : SyncText::tableName(e.table) + QStringLiteral(" · ") + e.about;
    case Action: return actionText(e.action);
    case Changes: return describeChanges(e);
    default: return {};
    }
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return display(e, index.column());
    if (role == Qt::ToolTipRole && index.column() == Laptop)
        return e.siteId;
    if (role == Qt::ToolTipRole && index.column() == Changes)
        return display(e, Changes);
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Laptop: return tr("Laptop");
    case Origin: return tr("Origin");
    case Record: return tr("Record");
    case Action: return tr("Action");
    case Changes: return tr("What changed");
    default: return {};
    }
}

} // namespace capacita
