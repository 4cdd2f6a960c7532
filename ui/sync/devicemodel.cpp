#include "sync/devicemodel.h"

#include "common/modelroles.h"
#include "common/searchtext.h"
#include "sync/sync.h"
#include "sync/synctext.h"

#include <QFont>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita {

void DeviceModel::setDevices(const QList<DeviceInfo> &devices, const QJsonObject &status)
{
    QHash<QString, QJsonObject> peers;
    const QJsonArray peerList = status.value(u"peers"_s).toArray();
    for (const QJsonValue &p : peerList)
        peers.insert(p[u"site_id"_s].toString(), p.toObject());
    QList<DeviceRow> rows;
    for (const DeviceInfo &d : devices) {
        const QJsonObject peer = peers.value(d.siteId);
        rows.append({ d.siteId, d.name, d.thisDevice, d.revoked, d.revokedAt, peer.value(u"last_seen_at"_s).toInteger(),
            SyncText::hlcMs(peer.value(u"acknowledged"_s).toString()),
            qint64(peer.value(u"gaps"_s).toArray().size()) });
    }
    replaceRows(rows);
}

int DeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRow &d = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return d.name;
        case SiteId:
            return d.id;
        case State:
            if (d.thisDevice)
                return tr("This laptop");
            if (d.revoked) {
                const QDate on = QDate::fromString(d.revokedAt, Qt::ISODate);
                return on.isValid() ? tr("Revoked on %1").arg(on.toString(u"dd/MM/yyyy"_s)) : tr("Revoked");
            }
            return tr("Active");
        case LastReceived:
            return d.thisDevice ? QString() : SyncText::dateTimeOr(d.lastSeenAt, tr("never"));
        case Confirmed:
            return d.thisDevice ? QString() : SyncText::dateTimeOr(d.confirmedAt, tr("nothing yet"));
        case Missing:
            if (d.thisDevice)
                return QString();
            return d.gaps > 0 ? tr("%n gap(s)", nullptr, int(d.gaps)) : tr("none");
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Missing && d.gaps > 0)
            return tr("Some changes written on this laptop have not arrived here: a package was lost or not "
                      "imported yet. Ask its user for the missing package or for a full package.");
        if (column == Confirmed && !d.thisDevice)
            return tr("Every package says which changes its laptop already holds: this is the newest change "
                      "of this laptop that it has confirmed.");
        return {};
    case Qt::FontRole:
        if (d.thisDevice) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return d.id;
    case SortRole:
        switch (column) {
        case LastReceived:
            return d.lastSeenAt;
        case Confirmed:
            return d.confirmedAt;
        case Missing:
            return d.gaps;
        default:
            return foldForSearch(data(index, Qt::DisplayRole).toString());
        }
    default:
        return {};
    }
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Laptop");
    case SiteId:
        return tr("Site id");
    case State:
        return tr("Status");
    case LastReceived:
        return tr("Last package received");
    case Confirmed:
        return tr("Has our changes up to");
    case Missing:
        return tr("Missing changes");
    default:
        return {};
    }
}

} // namespace capacita
