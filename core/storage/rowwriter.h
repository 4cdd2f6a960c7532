#pragma once

#include "domain/result.h"
#include "storage/schema.h"

#include <QList>
#include <QVariantMap>

#include <limits>
#include <optional>

namespace capacita {

class Database;

// A row named by table and id; a list of them is what a cascading delete removed, so that
// undo can bring back exactly those rows.
struct RowRef
{
    QString table;
    QString id;
    friend bool operator==(const RowRef &, const RowRef &) = default;
};
using RowRefs = QList<RowRef>;

// The deleted counter of a purged row: odd, and larger than any count of deletes, so it wins
// every merge and the row can never come back (Ley 29733 erasure).
inline constexpr qint64 kPurgedCounter = std::numeric_limits<qint64>::max();

// The single write path for synced tables. It keeps what sync needs on every change: a new
// HLC stamp and this site's id for each field that changed, the row's version vector, and
// the deleted counter; one line in the audit log (storage/auditlog.h) per changed row; and it
// posts the change to the database's notifier.
// Empty strings are stored as NULL so "no value" has one representation.
class RowWriter
{
public:
    explicit RowWriter(Database &db) : m_db(db) {}

    Status insert(const TableSpec &table, const QString &id, const QVariantMap &values);
    // Writes only the fields whose value differs; a call that changes nothing writes nothing.
    Status update(const TableSpec &table, const QString &id, const QVariantMap &values);
    // Whether a row with the id may exist already. New: it cannot (an id derived from a person
    // created in the same transaction), so the write skips the read that would look for it.
    enum class Known { MayExist, New };
    // Insert, or update and bring back to life the row with this id (natural-key facts).
    Status upsert(const TableSpec &table, const QString &id, const QVariantMap &values, Known known = Known::MayExist);
    Status setDeleted(const TableSpec &table, const QString &id, bool deleted);

    // Values of a row by field name; nullopt when there is no such row (or it is deleted
    // and includeDeleted is false).
    std::optional<QVariantMap> read(const TableSpec &table, const QString &id, bool includeDeleted = false);
    bool isLive(const TableSpec &table, const QString &id);

private:
    // A stored row as the writes need it: its values and its sync columns, read at once.
    struct Stored
    {
        QVariantMap values;
        qint64 deleted = 0;
        QString vv;
        QString stamps;
    };
    // nullopt when there is no such row (deleted rows included) or it cannot be read.
    std::optional<Stored> readStored(const TableSpec &table, const QString &id);
    Status applyUpdate(const TableSpec &table, const QString &id, const QVariantMap &values, Stored &row);
    Status applyDeleted(const TableSpec &table, const QString &id, bool deleted, Stored &row);
    // Adds one to this site's entry of a version vector; *counter receives the new value.
    QString bumpVersion(const QString &vv, qint64 *counter) const;

    Database &m_db;
};

} // namespace capacita
