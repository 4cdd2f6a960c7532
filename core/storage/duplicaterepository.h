#pragma once

#include "domain/result.h"
#include "storage/schema.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace capacita {

class Database;

// Local (not synced) records of duplicate review, and the reads over deleted participants
// that finding and merging people need. Synced rows are still written only by RowWriter.
class DuplicateRepository
{
public:
    explicit DuplicateRepository(Database &db)
        : m_db(db)
    {
    }

    struct MergedRecord
    {
        QString id;
        QString dni; // empty when the record had none
        QString mergedInto;
    };
    struct MergeLog
    {
        qint64 id = 0;
        QString keep;
        QString other;
        QString rows; // JSON written by the merger
        qint64 at = 0;
    };

    // Pairs are stored in id order, so (a, b) and (b, a) are one pair.
    Status dismiss(const QString &a, const QString &b);
    QSet<QString> dismissedPairs(); // "smaller|larger"
    static QString pairKey(const QString &a, const QString &b);
    // Changes whenever the people or the dismissals a duplicate search reads change: every
    // write of a participant gives its row a new seq larger than any before (its HLC stamp),
    // a purge lowers the count, and dismissals are only added (removed only with a purged
    // person). So two equal versions mean the same people and dismissals.
    QString peopleVersion();

    Result<qint64> logMerge(const QString &keep, const QString &other, const QString &rowsJson);
    std::optional<MergeLog> lastMergeOf(const QString &other); // the newest not yet undone
    // The newest merge, not yet undone and later than `afterId`, that involves this person
    // on either side: it must be undone before an earlier one.
    std::optional<MergeLog> laterMergeInvolving(const QString &participantId, qint64 afterId);
    Status markUndone(qint64 id);
    // Purge: drops the merges and dismissals that mention the person (merge records hold
    // copies of their values), so those merges can no longer be undone.
    Status forgetPerson(const QString &participantId);

    // Deleted participants folded into another record, with the DNI they had.
    QList<MergedRecord> mergedRecords();
    // Ids of the live rows of `table` (which has a participant_id column) about one person.
    Result<QStringList> liveRowsOf(const TableSpec &table, const QString &participantId);

private:
    Database &m_db;
};

} // namespace capacita
