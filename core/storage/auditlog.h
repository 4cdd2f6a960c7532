#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

namespace capacita {

class Database;
struct TableSpec;

// Where a change came from.
enum class AuditOrigin { Local, Sync, Import, Merge };

// One line of the audit log: who changed which row, when, on which laptop, from where.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch, this laptop's clock
    QString operatorName;
    QString siteId;
    QString device;
    QString origin; // local | sync | import | merge
    QString detail; // sync: the sending laptop; import: the file
    QString table;
    QString rowId;
    QString action; // created | updated | deleted | restored | purged
    QJsonObject changes; // {field: [old, new]}; empty for deleted, restored and purged
    bool erased = false; // the values were erased by a purge
    QString about; // the row in words (training code, session date, person), for people
};

// The append-only record of every change to the synced tables (table `audit_log`, schema 3).
// RowWriter and the sync import write one line per changed row, in the same transaction as
// the change; SQLite triggers refuse any UPDATE or DELETE of a line, except that a purge may
// blank the values of the lines about the rows it erases (see docs/privacy.md).
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // The person working on this laptop: the local setting, else the operating system's user.
    QString operatorName();
    Status setOperatorName(const QString &name);
    QString deviceName(); // the sync device name, else the host name
    void forgetIdentity() { m_identityLoaded = false; } // after a rename

    Status recordInsert(const TableSpec &table, const QString &id, const QVariantMap &values);
    // The same from the values in the table's field order (a sync import's rows).
    Status recordInsert(const TableSpec &table, const QString &id, const QVariantList &values);
    Status recordUpdate(const TableSpec &table, const QString &id, const QStringList &changed,
                        const QVariantMap &before, const QVariantMap &after);
    // A line without values (deleted, restored, purged) or with ready-made changes JSON.
    Status record(const QString &table, const QString &id, const QString &action, const QString &changes = {});

    // Lines about a record and the rows that hang from it (a person's enrollments, marks and
    // scores; a training's sessions, enrollments, marks and scores), oldest first.
    // An empty table lists every line.
    QList<AuditEntry> entries(const QString &table = {}, const QString &id = {});

    // For a purge: blanks the values of every line about these rows (the purge then records
    // a "purged" line for each). Nothing else may change a line.
    Status eraseValuesOf(const QStringList &rowIds);

    // Changes made while a scope lives are marked with its origin (nested scopes stack).
    struct Context
    {
        AuditOrigin origin = AuditOrigin::Local;
        QString detail;
    };
    Context context() const { return m_context; }
    void setContext(Context context) { m_context = std::move(context); }

    static QString originName(AuditOrigin origin);

private:
    void loadIdentity();

    Database &m_db;
    Context m_context;
    bool m_identityLoaded = false;
    QString m_operator;
    QString m_device;
};

// Marks the changes made while it lives as coming from `origin` (a roster import, a merge,
// a sync import), then restores the previous origin.
class AuditScope
{
public:
    AuditScope(Database &db, AuditOrigin origin, const QString &detail = {});
    ~AuditScope();
    AuditScope(const AuditScope &) = delete;
    AuditScope &operator=(const AuditScope &) = delete;

private:
    AuditLog &m_log;
    AuditLog::Context m_previous;
};

} // namespace capacita
