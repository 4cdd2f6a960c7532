#pragma once

#include "domain/result.h"
#include "sync/rowstate.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace capacita {

class Database;

struct ConflictRecord
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QVariant localValue;
    QString localHlc;
    QString localSite;
    QVariant remoteValue;
    QString remoteHlc;
    QString remoteSite;
    QString winner; // "local" | "remote"
    QString packageId;
    qint64 at = 0;
    bool resolved = false;
};

struct PeerRecord
{
    QString siteId;
    qint64 lastSentSeq = 0; // our seq up to which we last exported to this peer
    qint64 ackedSeq = 0;    // our seq up to which this peer said it has everything
    qint64 lastSentAt = 0;
    qint64 lastSeenAt = 0;
    QList<QPair<qint64, qint64>> covered; // origin seq ranges received from this peer

    // The peer's seq up to which we hold every change it sent (no gap from the start).
    qint64 contiguousCovered() const;
};

struct PackageRecord
{
    QString packageId;
    QString origin;
    QString direction; // "sent" | "received"
    QString file;
    QString createdHlc;
    qint64 at = 0;
    QJsonObject summary;
};

// The SQL side of sync: whole row states in and out of the synced tables, and the local
// bookkeeping tables (peers, packages, conflicts, purged ids). Used only by core/sync.
class SyncStore
{
public:
    explicit SyncStore(Database &db) : m_db(db) {}

    // Every row of every synced table (live or not) whose local seq is above `sinceSeq`,
    // parents' tables first. The callback returns false to stop. Returns false on a read error.
    bool forEachChangedRow(qint64 sinceSeq, const std::function<bool(const TableSpec &, const RowState &)> &visit);
    qint64 maxSeq();
    bool isEmpty(const TableSpec &spec); // no row at all, live or not
    qint64 countChangedRows(qint64 sinceSeq); // rows of all synced tables with seq above it
    bool hasReceivedPackages();
    QList<RowState> rowsOf(const TableSpec &spec); // every row of one (small) table
    std::optional<RowState> readRow(const TableSpec &spec, const QString &id);
    // Within the current transaction, foreign keys are checked at commit, so rows of a
    // package may arrive in any order; a reference that stays missing fails the commit.
    Status deferForeignKeys();
    // Stores a merged state (insert or replace), marking it as changed locally now.
    Status writeRow(const TableSpec &spec, const RowState &row, bool exists);
    // Ids of participant records merged into this one (the same person, folded away).
    QStringList mergedInto(const QString &participantId);
    // Ids of rows in dependent tables that refer to a participant.
    QList<QPair<const TableSpec *, QString>> rowsOfParticipant(const QString &participantId);

    Status logConflict(const ConflictRecord &c);
    QList<ConflictRecord> conflicts(bool includeResolved);
    std::optional<ConflictRecord> conflict(qint64 id);
    Status markResolved(qint64 id);
    Status forgetConflictsOf(const QString &rowId); // erasure also clears the review log
    int openConflictCount();

    std::optional<PeerRecord> peer(const QString &siteId);
    PeerRecord peerOrNew(const QString &siteId); // a blank record when never seen
    QList<PeerRecord> peers();
    Status savePeer(const PeerRecord &peer);

    bool packageKnown(const QString &packageId);
    Status recordPackage(const PackageRecord &p);
    QList<PackageRecord> packages();

    // Checkpoints the write-ahead log into the database and empties it, so values erased by a
    // purge are in no file (secure_delete has zeroed them in the database). Outside transactions.
    Status truncateJournal();

    bool isPurged(const QString &id);
    QSet<QString> purgedIds(); // every erased id, for checking many rows
    Status markPurged(const QString &table, const QString &id);

private:
    Database &m_db;
    QHash<QPair<QString, bool>, QString> m_writeSql; // writeRow's statements
    QHash<QString, QString> m_readSql; // readRow's, by table
};

} // namespace capacita
