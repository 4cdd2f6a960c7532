#include "sync/sync.h"

#include "storage/auditlog.h"
#include "storage/duplicaterepository.h"
#include "storage/rowwriter.h"
#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/merge.h"

#include <QJsonArray>

#include <algorithm>

namespace capacita {

namespace {

// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::SyncService", text);
}

// Holes in the union of covered (from, to] ranges, from 0 to the highest seen.
QJsonArray gapsIn(QList<QPair<qint64, qint64>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QJsonArray gaps;
    qint64 reached = 0;
    for (const auto &[from, to] : ranges) {
        if (from > reached)
            gaps.append(QJsonArray{Hlc::toText(std::uint64_t(reached)), Hlc::toText(std::uint64_t(from))});
        reached = std::max(reached, to);
    }
    return gaps;
}

} // namespace

QJsonObject SyncService::status(StatusDetail detail)
{
    const DatasetInfo ds = dataset();
    QJsonArray peers;
    for (const DeviceInfo &d : devices()) {
        if (d.thisDevice)
            continue;
        const PeerRecord p = m_sync.peerOrNew(d.siteId);
        peers.append(QJsonObject{{QStringLiteral("site_id"), d.siteId},
                                 {QStringLiteral("name"), d.name},
                                 {QStringLiteral("revoked"), d.revoked},
                                 {QStringLiteral("last_sent_at"), p.lastSentAt},
                                 {QStringLiteral("last_seen_at"), p.lastSeenAt},
                                 {QStringLiteral("acknowledged"), Hlc::toText(std::uint64_t(p.ackedSeq))},
                                 {QStringLiteral("packages_received"), qint64(p.covered.size())},
                                 {QStringLiteral("gaps"), gapsIn(p.covered)}});
    }
    qint64 since = -1;
    for (const DeviceInfo &d : devices()) {
        if (d.thisDevice || d.revoked)
            continue;
        const PeerRecord p = m_sync.peerOrNew(d.siteId);
        const qint64 mark = std::max(p.lastSentSeq, p.ackedSeq);
        since = since < 0 ? mark : std::min(since, mark);
    }
    QJsonArray history;
    for (const PackageRecord &p : m_sync.packages()) {
        history.append(QJsonObject{{QStringLiteral("package_id"), p.packageId},
                                   {QStringLiteral("direction"), p.direction},
                                   {QStringLiteral("origin"), p.origin},
                                   {QStringLiteral("file"), p.file},
                                   {QStringLiteral("at"), p.at},
                                   {QStringLiteral("summary"), p.summary}});
    }
    QJsonObject out{{QStringLiteral("dataset_id"), ds.id},
                    {QStringLiteral("dataset_name"), ds.name},
                    {QStringLiteral("site_id"), ds.siteId},
                    {QStringLiteral("device_name"), ds.deviceName},
                    {QStringLiteral("peers"), peers},
                    {QStringLiteral("open_conflicts"), m_sync.openConflictCount()},
                    {QStringLiteral("packages"), history}};
    // Changes that some known laptop has not confirmed having.
    if (detail == StatusDetail::Pending)
        out.insert(QStringLiteral("pending_changes"), m_sync.countChangedRows(std::max<qint64>(since, 0)));
    return out;
}

QList<ConflictRecord> SyncService::conflicts(bool includeResolved)
{
    return m_sync.conflicts(includeResolved);
}

Status SyncService::resolveConflict(qint64 id, bool keepLocal)
{
    const auto c = m_sync.conflict(id);
    if (!c)
        return Error::badInput(QStringLiteral("id"), tr("No conflict with id %1.").arg(id));
    if (c->resolved)
        return Error::badInput(QStringLiteral("id"), tr("Conflict %1 was already resolved.").arg(id));
    const auto &tables = schema::syncedTables();
    const auto spec = std::find_if(tables.cbegin(), tables.cend(), [&](const TableSpec &s) { return s.name == c->table; });
    if (spec == tables.cend())
        return Error::badInput(QStringLiteral("id"), tr("Conflict %1 refers to an unknown table.").arg(id));
    Database &db = m_store.db();
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    // The kept value is written as a new edit, so it wins on every laptop it reaches.
    const QVariant kept = keepLocal ? c->localValue : c->remoteValue;
    RowWriter rows(db);
    if (rows.isLive(*spec, c->rowId))
        CAPACITA_TRY(rows.update(*spec, c->rowId, {{c->field, kept}}));
    CAPACITA_TRY(m_sync.markResolved(id));
    return tx.commit();
}

Status SyncService::purgeParticipant(const QString &id)
{
    Database &db = m_store.db();
    const auto person = m_sync.readRow(schema::participant(), id);
    if (!person)
        return Error::badInput(QStringLiteral("id"), tr("No participant with id %1.").arg(id));
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    QList<QPair<const TableSpec *, QString>> rows{{&schema::participant(), id}};
    rows += m_sync.rowsOfParticipant(id);
    for (const auto &[spec, rowId] : std::as_const(rows)) {
        auto row = m_sync.readRow(*spec, rowId);
        if (!row)
            continue;
        if (row->deleted != kPurgedCounter) {
            row->deleted = kPurgedCounter;
            row->vv[db.siteId()] += 1;
            if (spec->personal)
                wipe(*row);
            CAPACITA_TRY(m_sync.writeRow(*spec, *row, true));
            db.notifier().post({spec->name, rowId, ChangeEvent::Deleted});
        }
        CAPACITA_TRY(m_sync.markPurged(spec->name, rowId));
        CAPACITA_TRY(m_sync.forgetConflictsOf(rowId));
    }
    // The audit log and the merge records keep no copy of the person's values; the log keeps
    // that the rows existed and were purged, by whom and where.
    QStringList ids;
    for (const auto &[spec, rowId] : std::as_const(rows))
        ids << rowId;
    CAPACITA_TRY(db.audit().eraseValuesOf(ids));
    for (const auto &[spec, rowId] : std::as_const(rows))
        CAPACITA_TRY(db.audit().record(spec->name, rowId, QStringLiteral("purged")));
    CAPACITA_TRY(DuplicateRepository(db).forgetPerson(id));
    // Records merged into this one are the same person (with their names, often their DNI).
    for (const QString &merged : m_sync.mergedInto(id)) {
        const auto row = m_sync.readRow(schema::participant(), merged);
        if (row && row->deleted != kPurgedCounter)
            CAPACITA_TRY(purgeParticipant(merged));
    }
    const bool outermost = db.transactionDepth() == 1; // this purge's own transaction
    CAPACITA_TRY(tx.commit());
    // Erased values must not survive in the write-ahead log either (outside a sync import's
    // transaction; the import does this after it commits).
    if (outermost)
        CAPACITA_TRY(m_sync.truncateJournal());
    return {};
}

} // namespace capacita
