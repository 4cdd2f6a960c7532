#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

// File handling behind Backups (storage/backup.h): the folder's lock, names, durable writes,
// and read-only SQLite connections for checking files that are not the open database.
namespace capacita::backupfiles {

// Creates the backups folder (owner only) and locks it; with the lock held, any .part file in
// it is the remains of an interrupted backup and is removed.
Result<std::unique_ptr<QLockFile>> lockFolder(const QString &folder);

// <folder>/<database name>-YYYYMMDD-HHMMSS[-N]-<reason>.sqlite that does not exist yet.
QString freeName(const QString &databasePath, const QDateTime &utc, const QString &reason);

Status createEmptyPrivate(const QString &path); // mode 0600, empty
Status syncToDisk(const QString &path);         // fsync: the bytes survive a power cut
void syncFolder(const QString &folder);         // fsync of a folder: a rename survives too
// Copies `from` to a new file `to` (0600) through `to`.part, synced, then renamed.
Status copyPrivate(const QString &from, const QString &to);

bool hasSqliteHeader(const QString &path); // starts with "SQLite format 3\0"

// VACUUM INTO `target` (an empty file) from a new connection to the database at `path`.
Status vacuumInto(const QString &path, const QString &target);

// A read-only connection of its own. `immutable`: the file is not being written by anyone
// (a backup), so SQLite neither locks it nor creates -wal/-shm files beside it.
class ReadOnlyFile
{
public:
    ReadOnlyFile(const QString &path, bool immutable);
    ~ReadOnlyFile();
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    // The first column of the first row, or nothing when the statement failed.
    std::optional<QVariant> value(const QString &sql);
    QString lastError() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace capacita::backupfiles
