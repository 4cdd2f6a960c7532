#include "storage/syncstore.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringBuilder>

#include <algorithm>

namespace capacita {

namespace {

QString columnText(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

QString columnText(const SqliteStatement &q, int column)
{
    return q.text(column); // the same text, without a QVariant
}

// Query is a QSqlQuery or a SqliteStatement (which reads values as QSQLITE does).
template<typename Query>
RowState readState(const TableSpec &spec, const Query &q)
{
    // Columns: id, fields..., deleted, vv, stamps
    RowState r;
    r.table = spec.name;
    r.id = columnText(q, 0);
    const int n = int(spec.fields.size());
    r.values.reserve(n);
    for (int i = 0; i < n; ++i)
        r.values.append(q.value(1 + i));
    r.deleted = q.value(1 + n).toLongLong();
    r.vv = parseVersionVector(columnText(q, 2 + n));
    r.stamps = parseStamps(columnText(q, 3 + n), spec);
    return r;
}

QString selectState(const TableSpec &spec)
{
    return u"SELECT id, " % spec.fields.join(u", ") % u", deleted, vv, stamps FROM " % spec.name;
}

ConflictRecord readConflict(const QSqlQuery &q)
{
    ConflictRecord c;
    c.id = q.value(0).toLongLong();
    c.table = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.localValue = q.value(4);
    c.localHlc = q.value(5).toString();
    c.localSite = q.value(6).toString();
    c.remoteValue = q.value(7);
    c.remoteHlc = q.value(8).toString();
    c.remoteSite = q.value(9).toString();
    c.winner = q.value(10).toString();
    c.packageId = q.value(11).toString();
    c.at = q.value(12).toLongLong();
    c.resolved = q.value(13).toBool();
    return c;
}

const QString kConflictColumns = QStringLiteral(
    "id, table_name, row_id, field, local_value, local_hlc, local_site, remote_value, remote_hlc, "
    "remote_site, winner, package_id, at, resolved");

} // namespace

bool SyncStore::forEachChangedRow(qint64 sinceSeq, const std::function<bool(const TableSpec &, const RowState &)> &visit)
{
    for (const TableSpec &spec : schema::syncedTables()) {
        QSqlQuery &q = m_db.prepare(selectState(spec) % u" WHERE seq > ? ORDER BY id");
        q.addBindValue(sinceSeq);
        if (!q.exec())
            return false;
        while (q.next()) {
            if (!visit(spec, readState(spec, q))) {
                q.finish();
                return true;
            }
        }
        q.finish();
    }
    return true;
}

QList<RowState> SyncStore::rowsOf(const TableSpec &spec)
{
    QSqlQuery &q = m_db.prepare(selectState(spec) % u" ORDER BY id");
    QList<RowState> out;
    if (q.exec()) {
        while (q.next())
            out.append(readState(spec, q));
    }
    q.finish();
    return out;
}

qint64 SyncStore::countChangedRows(qint64 sinceSeq)
{
    qint64 total = 0;
    for (const TableSpec &spec : schema::syncedTables()) {
        QSqlQuery &q = m_db.prepare(u"SELECT count(*) FROM " % spec.name % u" WHERE seq > ?");
        q.addBindValue(sinceSeq);
        if (q.exec() && q.next())
            total += q.value(0).toLongLong();
        q.finish();
    }
    return total;
}

bool SyncStore::hasReceivedPackages()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM imported_package WHERE direction = 'received' LIMIT 1"));
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

bool SyncStore::isEmpty(const TableSpec &spec)
{
    QSqlQuery &q = m_db.prepare(u"SELECT 1 FROM " % spec.name % u" LIMIT 1");
    const bool any = q.exec() && q.next();
    q.finish();
    return !any;
}

qint64 SyncStore::maxSeq()
{
    qint64 best = 0;
    for (const TableSpec &spec : schema::syncedTables()) {
        QSqlQuery &q = m_db.prepare(u"SELECT max(seq) FROM " % spec.name);
        if (q.exec() && q.next())
            best = std::max(best, q.value(0).toLongLong());
        q.finish();
    }
    return best;
}

std::optional<RowState> SyncStore::readRow(const TableSpec &spec, const QString &id)
{
    // Once per received row: through the C API, its text made once per table.
    QString &sql = m_readSql[spec.name];
    if (sql.isEmpty())
        sql = selectState(spec) % u" WHERE id = ?";
    const auto statement = m_db.statement(sql);
    if (!statement)
        return std::nullopt; // as a query that fails: no row
    SqliteStatement &q = **statement;
    q.bind(1, id);
    std::optional<RowState> r;
    if (q.next())
        r = readState(spec, q);
    q.finish();
    return r;
}

Status SyncStore::deferForeignKeys()
{
    return m_db.execSql(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status SyncStore::writeRow(const TableSpec &spec, const RowState &row, bool exists)
{
    // The statement text is made once per table and kind (this runs once per received row).
    QString &sql = m_writeSql[{spec.name, exists}];
    if (sql.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < spec.fields.size(); ++i)
            marks << QStringLiteral("?");
        sql = exists
            ? QString(u"UPDATE " % spec.name % u" SET " % spec.fields.join(u" = ?, ") % u" = ?, deleted = ?, vv = ?, stamps = ?, seq = ? WHERE id = ?")
            : QString(u"INSERT INTO " % spec.name % u"(" % spec.fields.join(u", ") % u", deleted, vv, stamps, seq, id) VALUES("
                  % marks.join(u", ") % u", ?, ?, ?, ?, ?)");
    }
    // A row of another shape fails as QSqlQuery failed it (rather than binding shifted values).
    if (row.values.size() != spec.fields.size())
        return sqlError(QStringLiteral("Parameter count mismatch"));
    const auto statement = m_db.statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    // Bound bytes are not copied: these values live until exec() has run.
    const QString vv = versionVectorJson(row.vv);
    const QString stamps = stampsJson(row.stamps, spec);
    int i = 0;
    for (const QVariant &v : row.values)
        q.bind(++i, v);
    q.bind(++i, row.deleted);
    q.bind(++i, vv);
    q.bind(++i, stamps);
    q.bind(++i, qint64(m_db.nextStamp()));
    q.bind(++i, row.id);
    return q.exec();
}

QStringList SyncStore::mergedInto(const QString &participantId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM participant WHERE merged_into = ? AND id <> ?"));
    q.addBindValue(participantId);
    q.addBindValue(participantId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    q.finish();
    return out;
}

QList<QPair<const TableSpec *, QString>> SyncStore::rowsOfParticipant(const QString &participantId)
{
    QList<QPair<const TableSpec *, QString>> out;
    for (const TableSpec *spec : {&schema::enrollment(), &schema::attendance(), &schema::score()}) {
        QSqlQuery &q = m_db.prepare(u"SELECT id FROM " % spec->name % u" WHERE participant_id = ?");
        q.addBindValue(participantId);
        if (q.exec()) {
            while (q.next())
                out.append({spec, q.value(0).toString()});
        }
        q.finish();
    }
    return out;
}

Status SyncStore::logConflict(const ConflictRecord &c)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO conflict(table_name, row_id, field, local_value, local_hlc, local_site, remote_value, "
        "remote_hlc, remote_site, winner, package_id, at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(c.table), QVariant(c.rowId), QVariant(c.field), c.localValue,
                              QVariant(c.localHlc), QVariant(c.localSite), c.remoteValue, QVariant(c.remoteHlc),
                              QVariant(c.remoteSite), QVariant(c.winner), QVariant(c.packageId), QVariant(c.at)})
        q.addBindValue(v);
    return m_db.exec(q);
}

QList<ConflictRecord> SyncStore::conflicts(bool includeResolved)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % kConflictColumns % u" FROM conflict"
                                % (includeResolved ? u"" : u" WHERE resolved = 0") % u" ORDER BY id");
    QList<ConflictRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readConflict(q));
    }
    q.finish();
    return out;
}

std::optional<ConflictRecord> SyncStore::conflict(qint64 id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % kConflictColumns % u" FROM conflict WHERE id = ?");
    q.addBindValue(id);
    std::optional<ConflictRecord> c;
    if (q.exec() && q.next())
        c = readConflict(q);
    q.finish();
    return c;
}

Status SyncStore::markResolved(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE conflict SET resolved = 1 WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q);
}

Status SyncStore::forgetConflictsOf(const QString &rowId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM conflict WHERE row_id = ?"));
    q.addBindValue(rowId);
    return m_db.exec(q);
}

int SyncStore::openConflictCount()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM conflict WHERE resolved = 0"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

namespace {
PeerRecord readPeer(const QSqlQuery &q)
{
    PeerRecord p;
    p.siteId = q.value(0).toString();
    p.lastSentSeq = q.value(1).toLongLong();
    p.lastSentAt = q.value(2).toLongLong();
    p.lastSeenAt = q.value(3).toLongLong();
    p.ackedSeq = q.value(5).toLongLong();
    const QJsonArray ranges = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    for (const QJsonValue &r : ranges)
        p.covered.append({r.toArray().at(0).toInteger(), r.toArray().at(1).toInteger()});
    return p;
}
} // namespace

std::optional<PeerRecord> SyncStore::peer(const QString &siteId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT site_id, last_sent_seq, last_sent_at, last_seen_at, covered, acked_seq FROM sync_peer WHERE site_id = ?"));
    q.addBindValue(siteId);
    std::optional<PeerRecord> p;
    if (q.exec() && q.next())
        p = readPeer(q);
    q.finish();
    return p;
}

PeerRecord SyncStore::peerOrNew(const QString &siteId)
{
    if (auto p = peer(siteId))
        return *p;
    PeerRecord fresh;
    fresh.siteId = siteId;
    return fresh;
}

QList<PeerRecord> SyncStore::peers()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT site_id, last_sent_seq, last_sent_at, last_seen_at, covered, acked_seq FROM sync_peer ORDER BY site_id"));
    QList<PeerRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readPeer(q));
    }
    q.finish();
    return out;
}

Status SyncStore::savePeer(const PeerRecord &p)
{
    QJsonArray ranges;
    for (const auto &[from, to] : p.covered)
        ranges.append(QJsonArray{from, to});
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_peer(site_id, last_sent_seq, last_sent_at, last_seen_at, covered, acked_seq) VALUES(?,?,?,?,?,?) "
        "ON CONFLICT(site_id) DO UPDATE SET last_sent_seq = excluded.last_sent_seq, last_sent_at = excluded.last_sent_at, "
        "last_seen_at = excluded.last_seen_at, covered = excluded.covered, acked_seq = excluded.acked_seq"));
    q.addBindValue(p.siteId);
    q.addBindValue(p.lastSentSeq);
    q.addBindValue(p.lastSentAt);
    q.addBindValue(p.lastSeenAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(ranges).toJson(QJsonDocument::Compact)));
    q.addBindValue(p.ackedSeq);
    return m_db.exec(q);
}

qint64 PeerRecord::contiguousCovered() const
{
    auto ranges = covered;
    std::sort(ranges.begin(), ranges.end());
    qint64 reached = 0;
    for (const auto &[from, to] : ranges) {
        if (from > reached)
            break;
        reached = std::max(reached, to);
    }
    return reached;
}

bool SyncStore::packageKnown(const QString &packageId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM imported_package WHERE package_id = ?"));
    q.addBindValue(packageId);
    const bool known = q.exec() && q.next();
    q.finish();
    return known;
}

Status SyncStore::recordPackage(const PackageRecord &p)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO imported_package(package_id, origin, direction, file, created_hlc, at, summary) "
        "VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(p.packageId);
    q.addBindValue(p.origin);
    q.addBindValue(p.direction);
    q.addBindValue(p.file);
    q.addBindValue(p.createdHlc);
    q.addBindValue(p.at);
    q.addBindValue(QString::fromUtf8(QJsonDocument(p.summary).toJson(QJsonDocument::Compact)));
    return m_db.exec(q);
}

QList<PackageRecord> SyncStore::packages()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT package_id, origin, direction, file, created_hlc, at, summary FROM imported_package ORDER BY at DESC, package_id"));
    QList<PackageRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toLongLong(),
                        QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    }
    q.finish();
    return out;
}

Status SyncStore::truncateJournal()
{
    return m_db.execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool SyncStore::isPurged(const QString &id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM purged WHERE id = ?"));
    q.addBindValue(id);
    const bool purged = q.exec() && q.next();
    q.finish();
    return purged;
}

QSet<QString> SyncStore::purgedIds()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM purged"));
    QSet<QString> ids;
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    q.finish();
    return ids;
}

Status SyncStore::markPurged(const QString &table, const QString &id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO purged(id, table_name, at) VALUES(?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(table);
    q.addBindValue(qint64(m_db.clock().nowMs()));
    return m_db.exec(q);
}

} // namespace capacita
