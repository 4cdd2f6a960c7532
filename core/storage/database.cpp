#include "storage/database.h"

#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/backupfiles.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <mutex>

#include <sqlite3.h>

namespace capacita {

namespace {

constexpr int kApplicationId = 0x43415041; // "CAPA"

Error damaged(const QString &path, const QString &detail)
{
    return Error::io(QCoreApplication::translate("Database", "The database file %1 is damaged (%2). Restore the newest backup: in Capacita, choose it when asked; from the command line, capacita-cli backup restore --latest. A copy of the damaged file is kept.")
                         .arg(path, detail.simplified()));
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("capacita-%1").arg(++counter);
}

Status quickCheck(QSqlQuery &probe, const QString &path)
{
    if (!probe.exec(QStringLiteral("PRAGMA quick_check(1)")) || !probe.next())
        return damaged(path, probe.lastError().databaseText());
    if (probe.value(0).toString() != QLatin1String("ok"))
        return damaged(path, probe.value(0).toString());
    probe.finish();
    return {};
}

void dailyBackup(const QString &path, const Clock &clock)
{
    if (const Status daily = Backups::dailyIfDue(path, clock); !daily)
        qWarning("Capacita: no daily backup: %s", qPrintable(daily.error().message));
}

} // namespace

Error sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return sqlError(e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

Error sqlError(const QString &text)
{
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error::io(QCoreApplication::translate("Database", "The database file is damaged (%1). Close Capacita and restore the newest backup (Settings, Backups; or capacita-cli backup restore --latest).").arg(text));
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O")))
        return Error::io(QCoreApplication::translate("Database", "The disk is full or failing (%1); nothing was changed.").arg(text));
    return Error::io(QCoreApplication::translate("Database", "The database reported an error: %1").arg(text));
}

Database::~Database()
{
    m_audit.reset();
    m_native.clear(); // finalized first: SQLite does not close a connection with live statements
    m_statements.clear();
    m_failed.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/capacita.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrations::latestVersion();
}

int Database::applicationId()
{
    return kApplicationId;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::refused(QCoreApplication::translate("Database", "%1 is not a file.").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error::io(QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath()));
        // The file holds personal data and this laptop's keys: readable by its user only.
        // SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::io(QCoreApplication::translate("Database", "Cannot create %1: %2").arg(path, file.errorString()));
    }

    // Before SQLite starts (the first connection starts it): without the memory statistics,
    // which nothing here reads, its allocations take no global lock (5% of a roster import).
    static std::once_flag sqliteConfigured;
    std::call_once(sqliteConfigured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    if (options.clock) {
        db->m_clock = options.clock;
    } else {
        db->m_ownClock = std::make_unique<SystemClock>();
        db->m_clock = db->m_ownClock.get();
    }
    db->m_newId = options.newId ? std::move(options.newId) : IdGenerator(&newUuid);
    db->m_audit = std::make_unique<AuditLog>(*db);
    db->m_connectionName = uniqueConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error::io(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, db->m_db.lastError().text()));

    // Look before touching: reading the header pragmas writes nothing, so a foreign or newer
    // file is refused exactly as it was found.
    QSqlQuery probe(db->m_db);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
        if (Backups::looksDamaged(path))
            return damaged(path, probe.lastError().databaseText());
        return Error::refused(QCoreApplication::translate("Database", "%1 is not a Capacita database (it is not an SQLite file); it was left untouched.").arg(path));
    }
    const int appId = probe.value(0).toInt();
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next())
        return damaged(path, probe.lastError().databaseText());
    const int objects = probe.value(0).toInt();
    probe.exec(QStringLiteral("PRAGMA user_version"));
    const int version = probe.next() ? probe.value(0).toInt() : 0;
    probe.finish();
    if (appId != kApplicationId && (appId != 0 || objects > 0))
        return Error::refused(QCoreApplication::translate("Database", "%1 is not a Capacita database; it was left untouched.").arg(path));
    if (version > latestSchemaVersion())
        return Error::refused(QCoreApplication::translate("Database", "%1 was written by a newer version of Capacita (schema %2, this program knows %3). Install the newer version to open it; the file was left untouched.")
                                  .arg(path).arg(version).arg(latestSchemaVersion()));
    // Damage is found here, before anything is written, rather than halfway through an edit.
    // quick_check reads every page once (measured in docs/backups.md): on a large file that
    // is left to deferredChecks(), after the window shows. A file cut short or with a
    // damaged first page already failed the reads above.
    const bool fullCheck = options.checks == OpenChecks::Full
        || (options.checks == OpenChecks::Auto && info.size() <= kFullCheckAtOpenBytes);
    db->m_checksDeferred = objects > 0 && !fullCheck;
    if (objects > 0 && fullCheck) {
        if (const Status whole = quickCheck(probe, path); !whole)
            return whole.error();
    }
    if (objects > 0 && version < latestSchemaVersion()) {
        if (auto saved = Backups::create(*db, BackupReason::Migration); !saved)
            return Error::io(QCoreApplication::translate("Database", "%1 needs an upgrade, and no backup could be made first, so it was left as it was: %2")
                                 .arg(path, saved.error().message));
    }

    CAPACITA_TRY(db->configure());
    CAPACITA_TRY(migrations::migrate(*db, kApplicationId));
    CAPACITA_TRY(db->loadIdentity());
    // Once a day; a failure (a full disk) must not keep anyone from their data.
    if (objects > 0 && !db->m_checksDeferred)
        dailyBackup(path, db->clock());
    return db;
}

Status Database::deferredChecks(const QString &path, const Clock &clock)
{
    {
        // Closed before the backup opens connections of its own.
        backupfiles::ReadOnlyFile ro(path, false);
        const auto check = ro.value(QStringLiteral("PRAGMA quick_check(1)"));
        if (!check) {
            // Another program holding a lock is not damage: the file is checked next time.
            const QString why = ro.lastError();
            if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy"))) {
                qWarning("Capacita: the database could not be checked now: %s", qPrintable(why));
                return {};
            }
            return damaged(path, why);
        }
        if (check->toString() != QLatin1String("ok"))
            return damaged(path, check->toString());
    }
    dailyBackup(path, clock);
    return {};
}

Status Database::configure()
{
    // secure_delete: deleted and overwritten values are zeroed in the file, so a purged
    // person's data does not linger in free space (docs/privacy.md).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA trusted_schema=OFF",
                               "PRAGMA secure_delete=ON",
                               // 16 MB of page cache instead of 2: bulk imports and reports
                               // touch many index pages; far from the 300 MB budget.
                               "PRAGMA cache_size=-16384",
                               // Savepoints (one per repository call) journal in memory:
                               // on disk they were most of the writes.
                               "PRAGMA temp_store=MEMORY"}) {
        CAPACITA_TRY(execSql(QString::fromLatin1(pragma)));
    }
    return {};
}

Status Database::loadIdentity()
{
    m_siteId = setting(QStringLiteral("site_id"));
    if (m_siteId.isEmpty()) {
        m_siteId = newUuid();
        CAPACITA_TRY(setSetting(QStringLiteral("site_id"), m_siteId));
    }
    m_hlc = std::make_unique<Hlc>(*m_clock, Hlc::fromText(setting(QStringLiteral("hlc"), QStringLiteral("0"))));
    return {};
}

bool Database::canOpenAgain() const
{
    return QFileInfo(m_path).isFile();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

std::uint64_t Database::nextStamp()
{
    const std::uint64_t stamp = m_hlc->now();
    if (m_depth > 0)
        m_clockUnsaved = true; // written once at commit, with the data it stamps
    else
        (void)storeClock();
    return stamp;
}

Status Database::saveClock()
{
    if (!m_clockUnsaved)
        return {};
    CAPACITA_TRY(storeClock());
    m_clockUnsaved = false;
    return {};
}

Status Database::storeClock()
{
    // The newest stamp given or observed, so the clock survives a crash exactly as far as
    // the data (a rolled-back transaction's stamps are gone with its rows).
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO local_settings(key, value) VALUES('hlc', ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(Hlc::toText(m_hlc->last()));
    const Status status = exec(q);
    q.finish();
    return status;
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        // A statement that fails to prepare (a locked or damaged file) is not cached: its
        // exec() then fails and the caller reports the error; the next call tries again.
        if (!query->prepare(sql)) {
            qWarning("Capacita: cannot prepare %s: %s", qPrintable(sql), qPrintable(query->lastError().text()));
            m_failed = std::move(query);
            return *m_failed;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return *it->second;
}

sqlite3 *Database::connection()
{
    // QSQLITE's handle is the connection itself (Qt links the system libsqlite3, as we do).
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<SqliteStatement *> Database::statement(const QString &sql)
{
    if (const auto known = m_nativeByText.find(sql.constData()); known != m_nativeByText.end())
        return known->second;
    auto it = m_native.find(sql);
    if (it == m_native.end()) {
        sqlite3 *db = connection();
        if (!db)
            return sqlError(QStringLiteral("no SQLite connection"));
        sqlite3_stmt *stmt = nullptr;
        // Like a failed QSqlQuery prepare, a failure is not cached: the next call tries again.
        // constData(), not utf16(): the length is given, and utf16() copies a literal's
        // characters to the heap to end them with a 0, so the key would not be the literal.
        if (sqlite3_prepare16_v3(db, sql.constData(), int(sql.size() * sizeof(QChar)), SQLITE_PREPARE_PERSISTENT,
                                 &stmt, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(stmt);
            qWarning("Capacita: cannot prepare %s: %s", qPrintable(sql), qPrintable(why));
            return sqlError(why);
        }
        it = m_native.emplace(sql, std::make_unique<SqliteStatement>(db, stmt)).first;
        // An empty key has no characters of its own to be found by.
        if (!it->first.isEmpty())
            m_nativeByText.emplace(it->first.constData(), it->second.get());
    }
    return it->second.get();
}

qint64 Database::totalChanges()
{
    sqlite3 *db = connection();
    return db ? sqlite3_total_changes64(db) : 0;
}

Status Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status Database::execSql(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q);
    return {};
}

QString Database::setting(const QString &key, const QString &fallback)
{
    QSqlQuery &q = prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    q.addBindValue(key);
    const QString value = q.exec() && q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return value;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery &q = prepare(QStringLiteral("INSERT INTO local_settings(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind as SQL NULL
    auto status = exec(q);
    q.finish();
    return status;
}

} // namespace capacita
