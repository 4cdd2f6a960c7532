#include "storage/duplicaterepository.h"

#include "storage/database.h"

#include <QStringBuilder>

namespace capacita {

QString DuplicateRepository::pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

Status DuplicateRepository::dismiss(const QString &a, const QString &b)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissal(a, b, at) VALUES(?, ?, ?)"));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    q.addBindValue(qint64(m_db.clock().nowMs()));
    return m_db.exec(q);
}

QSet<QString> DuplicateRepository::dismissedPairs()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT a, b FROM duplicate_dismissal"));
    QSet<QString> out;
    if (q.exec()) {
        while (q.next())
            out.insert(pairKey(q.value(0).toString(), q.value(1).toString()));
    }
    q.finish();
    return out;
}

QString DuplicateRepository::peopleVersion()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM participant), "
        "(SELECT max(seq) FROM participant), (SELECT count(*) FROM duplicate_dismissal), "
        "(SELECT max(rowid) FROM duplicate_dismissal)"));
    QStringList parts;
    if (q.exec() && q.next()) {
        for (int i = 0; i < 5; ++i)
            parts << q.value(i).toString();
    }
    q.finish();
    return parts.size() == 5 ? parts.join(u'.') : QString(); // empty: unknown, never cached
}

Result<qint64> DuplicateRepository::logMerge(const QString &keep, const QString &other, const QString &rowsJson)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO merge_log(keep, other, rows, at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(keep);
    q.addBindValue(other);
    q.addBindValue(rowsJson);
    q.addBindValue(qint64(m_db.clock().nowMs()));
    CAPACITA_TRY(m_db.exec(q));
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

std::optional<DuplicateRepository::MergeLog> DuplicateRepository::lastMergeOf(const QString &other)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, keep, other, rows, at FROM merge_log "
                                               "WHERE other = ? AND undone = 0 ORDER BY id DESC LIMIT 1"));
    q.addBindValue(other);
    std::optional<MergeLog> found;
    if (q.exec() && q.next())
        found = MergeLog { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong() };
    q.finish();
    return found;
}

std::optional<DuplicateRepository::MergeLog> DuplicateRepository::laterMergeInvolving(const QString &participantId,
                                                                                    qint64 afterId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, keep, other, rows, at FROM merge_log "
                                               "WHERE (keep = ? OR other = ?) AND id > ? AND undone = 0 ORDER BY id DESC LIMIT 1"));
    q.addBindValue(participantId);
    q.addBindValue(participantId);
    q.addBindValue(afterId);
    std::optional<MergeLog> found;
    if (q.exec() && q.next())
        found = MergeLog { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong() };
    q.finish();
    return found;
}

Status DuplicateRepository::markUndone(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE merge_log SET undone = 1 WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q);
}

QList<DuplicateRepository::MergedRecord> DuplicateRepository::mergedRecords()
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, CASE WHEN doc_type = 'dni' THEN doc_number END, merged_into FROM participant "
                       "WHERE deleted % 2 = 1 AND merged_into IS NOT NULL"));
    QList<MergedRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    q.finish();
    return out;
}

Result<QStringList> DuplicateRepository::liveRowsOf(const TableSpec &table, const QString &participantId)
{
    Q_ASSERT(table.fields.contains(QStringLiteral("participant_id")));
    QSqlQuery &q
        = m_db.prepare(u"SELECT id FROM " % table.name % u" WHERE participant_id = ? AND deleted % 2 = 0 ORDER BY id");
    q.addBindValue(participantId);
    CAPACITA_TRY(m_db.exec(q));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

Status DuplicateRepository::forgetPerson(const QString &participantId)
{
    QSqlQuery &merges = m_db.prepare(QStringLiteral("DELETE FROM merge_log WHERE keep = ? OR other = ? OR instr(rows, ?) > 0"));
    merges.addBindValue(participantId);
    merges.addBindValue(participantId);
    merges.addBindValue(participantId);
    CAPACITA_TRY(m_db.exec(merges));
    QSqlQuery &pairs = m_db.prepare(QStringLiteral("DELETE FROM duplicate_dismissal WHERE a = ? OR b = ?"));
    pairs.addBindValue(participantId);
    pairs.addBindValue(participantId);
    return m_db.exec(pairs);
}

} // namespace capacita
