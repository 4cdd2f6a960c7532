#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Backups: copies of the database that a person can go back to.
//
// A backup is a complete, compact copy made with SQLite's VACUUM INTO, which reads one
// consistent snapshot (the WAL included) without stopping other connections. It is written
// under a temporary name (<final>.part, mode 0600) in <folder of the database>/backups,
// checked with PRAGMA quick_check and the application id, flushed to the disk, and only
// then renamed to <name>-YYYYMMDD-HHMMSS-<reason>.sqlite (UTC time). So a file with a
// backup's name is always a whole, checked database; a power cut leaves at most a .part file,
// which the next backup removes (a lock file tells it nobody is writing it).
//
// When: by hand (manual); when an existing database is opened and the newest backup is a day
// old or more (daily); before a schema migration of an existing file (migration); before
// every roster import (import) and sync import (sync) that may store something; before a
// restore replaces the file (restore, or damaged when the file being replaced was damaged:
// then it is kept byte for byte, with its WAL).
//
// Rotation, after every new backup: per reason the newest few are kept (see kept() in
// backup.cpp), and none older than 60 days except the newest backup of all. Backups made
// before a purge still hold the purged person until they rotate out.
//
// Restore: the chosen file is checked (an SQLite file, Capacita's application id, a schema
// this program knows, integrity_check ok) before anything else. Nobody else may have the
// database open: the restore switches it out of WAL mode, which SQLite allows only to the last
// connection, and holds an exclusive lock until the new file is in place. The current file is
// kept as a backup, its -wal and -shm are removed, and the backup's bytes replace it through
// QSaveFile (a temporary file renamed over it), so a power cut leaves the old file or the new.

namespace capacita {

class Clock;
class Database;

enum class BackupReason { Manual, Daily, Migration, Import, Sync, Restore, Damaged };

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC, from the file name
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;
};

struct RestoreOutcome
{
    BackupInfo restored; // the backup that is now the database
    QString kept;        // where the replaced file was kept; empty when there was none
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(capacita::Backups)
public:
    static QString reasonName(BackupReason reason); // "manual", "daily", ... (file names, JSON)
    static QString folderFor(const QString &databasePath); // <folder of the database>/backups

    // The backups of this database, newest first.
    static QList<BackupInfo> list(const QString &databasePath);

    // A new backup of the open database: what is committed, read on a connection of its own.
    static Result<BackupInfo> create(Database &db, BackupReason reason);
    // The same by the database's path, from any thread (the clock is only read).
    static Result<BackupInfo> create(const QString &databasePath, const Clock &clock, BackupReason reason);
    // The automatic backup before an import; its failure explains that nothing was imported.
    static Status beforeImport(Database &db, BackupReason reason);
    // A daily backup when the newest one is at least a day old (or none exists).
    static Status dailyIfDue(Database &db);
    static Status dailyIfDue(const QString &databasePath, const Clock &clock);

    // Refused unless `file` is an intact Capacita database this program can open.
    // Full: PRAGMA integrity_check, every page and every index compared with its table (for a
    // file to restore). Pages: quick_check, every page read and every b-tree whole, indexes
    // not compared with their tables: enough for a copy VACUUM INTO has just written, whose
    // indexes it built from those tables; a ninth of the time on a 900 MB file (backups.md).
    enum class Check { Full, Pages };
    static Status verify(const QString &file, Check check = Check::Full);
    // The newest backup that passes verify(); NotFound when there is none.
    static Result<BackupInfo> newestGood(const QString &databasePath);

    // Replaces the database at `databasePath` (which must not be open anywhere) with `backup`.
    static Result<RestoreOutcome> restore(const QString &databasePath, const QString &backup, const Clock &clock);

    // True when the file starts like an SQLite file but cannot be read as one, or fails
    // quick_check: damage, not a foreign or newer file. Reads only.
    static bool looksDamaged(const QString &databasePath);
};

} // namespace capacita
