#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "storage/changenotifier.h"
#include "storage/sqlitestatement.h"
#include "sync/hlc.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace capacita {

class AuditLog;

// One open Capacita database: a SQLite file in WAL mode with synchronous=FULL and foreign
// keys on, migrated to the current schema, with this laptop's site id and clock.
// One Database per thread (Qt SQL connections must not cross threads).
//
// How much of the file open() checks before it returns. Reading every page (PRAGMA
// quick_check) finds damage before anything is written, but on a programme-sized file
// (1 GB) it takes seconds, and the daily backup (VACUUM INTO) tens of seconds.
enum class OpenChecks {
    // Files up to kFullCheckAtOpenBytes: the full check and the daily backup at open.
    // Larger files: the header and schema only; the full check and the daily backup are left
    // to the owner, who runs Database::deferredChecks() off the start-up path (Capacita on a
    // worker thread once its window shows; see checksDeferred()).
    Auto,
    Full,     // always at open, whatever the size (capacita-cli: a script sees damage at once)
    Deferred, // never at open (tests of the deferred path; workers of a checked database)
};

struct DatabaseOptions
{
    const Clock *clock = nullptr; // defaults to the system clock
    IdGenerator newId;            // defaults to random UUID v4
    OpenChecks checks = OpenChecks::Auto;
};

class Database
{
public:
    using Options = DatabaseOptions;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing or empty) and migrates. Refuses, without touching it, a file
    // that is not a Capacita database or whose schema is newer than this program knows.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options = {});

    static QString defaultPath(); // in QStandardPaths::AppDataLocation
    static int latestSchemaVersion();
    static int applicationId(); // PRAGMA application_id of every Capacita file ("CAPA")
    // Up to this size a file is read whole at open (about 0.1 s of CPU, docs/performance.md).
    static constexpr qint64 kFullCheckAtOpenBytes = 64LL * 1024 * 1024;

    // True when open() skipped the full check and the daily backup (OpenChecks).
    bool checksDeferred() const { return m_checksDeferred; }
    // What open() skipped: PRAGMA quick_check on a read-only connection of its own, then,
    // when the file is whole, the daily backup if it is due (a failed backup is only logged,
    // as at open). Returns the same "damaged" error as open(). Any thread may run it while
    // the file is open elsewhere; it writes nothing to the database.
    static Status deferredChecks(const QString &path, const Clock &clock);

    QString path() const { return m_path; }
    // Whether a second connection (a worker's) can open this database: it is a file, not
    // an in-memory one.
    bool canOpenAgain() const;
    QSqlDatabase &sql() { return m_db; }
    int schemaVersion();

    QString siteId() const { return m_siteId; }
    // A new HLC stamp. Stored with the edit it stamps: at once outside a transaction, else
    // once when the outermost transaction commits (saveClock), not once per written row.
    std::uint64_t nextStamp();
    Status saveClock(); // used by Transaction just before the outermost COMMIT
    void observeStamp(std::uint64_t stamp) { m_hlc->observeOnly(stamp); } // next stamp > this (received data)
    const Clock &clock() const { return *m_clock; }
    QString newId() const { return m_newId(); }

    ChangeNotifier &notifier() { return m_notifier; }
    AuditLog &audit() { return *m_audit; } // who changed what (storage/auditlog.h)

    // A prepared statement from a per-connection cache. Bind, exec, then read; do not keep it.
    QSqlQuery &prepare(const QString &sql);
    // Runs one prepared statement and converts failure into an Error.
    Status exec(QSqlQuery &query);
    Status execSql(const QString &sql); // plain statement without parameters
    // The same statement through the SQLite C API on this connection, prepared once and
    // kept: for the statements run once per row of a bulk write (storage/sqlitestatement.h).
    Result<SqliteStatement *> statement(const QString &sql);
    // Rows inserted, updated or deleted through this connection since it opened, rolled-back
    // ones included (sqlite3_total_changes64): whether a failed write left anything behind.
    qint64 totalChanges();

    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);

    // Transaction nesting, used only by Transaction and WithoutSavepoints.
    int &transactionDepth() { return m_depth; }
    bool &savepointsElided() { return m_noSavepoints; }

private:
    Database() = default;
    Status configure();
    Status loadIdentity();
    Status storeClock();
    sqlite3 *connection(); // QSQLITE's own handle; nullptr when there is none

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failed; // the last statement that did not prepare
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_native; // statement()
    // The same statements by where their key's characters lie, so a caller passing the same
    // string again (a literal, or a copy of one kept) finds it without hashing the SQL. The
    // key QString in m_native holds those characters, so no other text can take their place.
    std::unordered_map<const QChar *, SqliteStatement *> m_nativeByText;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    IdGenerator m_newId;
    std::unique_ptr<Hlc> m_hlc;
    QString m_siteId;
    ChangeNotifier m_notifier;
    std::unique_ptr<AuditLog> m_audit;
    int m_depth = 0;
    bool m_noSavepoints = false;
    bool m_clockUnsaved = false; // stamps given in the open transaction, clock not stored yet
    bool m_checksDeferred = false;
};

// Error text for a failed query, with the engine's own words for the log.
Error sqlError(const QSqlQuery &query);
Error sqlError(const QString &engineText); // the same from the engine's message alone

} // namespace capacita
