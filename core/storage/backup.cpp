#include "storage/backup.h"

#include "storage/backupfiles.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace capacita {

namespace {

constexpr qint64 kDaySecs = 24 * 3600;
constexpr qint64 kMaxAgeSecs = 60 * kDaySecs;

// How many backups of each reason rotation keeps.
int kept(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return 7;
    case BackupReason::Manual:
        return 10;
    case BackupReason::Migration:
    case BackupReason::Restore:
        return 3;
    case BackupReason::Import:
    case BackupReason::Sync:
        return 5;
    case BackupReason::Damaged:
        return 2;
    }
    return 3;
}

const QList<BackupReason> &allReasons()
{
    static const QList<BackupReason> all{BackupReason::Manual, BackupReason::Daily, BackupReason::Migration,
                                         BackupReason::Import, BackupReason::Sync, BackupReason::Restore,
                                         BackupReason::Damaged};
    return all;
}

std::optional<BackupReason> reasonFromName(const QString &name)
{
    for (BackupReason r : allReasons()) {
        if (Backups::reasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

// Backups of one database, rotated; newest first. Runs with the folder's lock held.
void prune(const QString &databasePath, const QDateTime &now)
{
    const QList<BackupInfo> all = Backups::list(databasePath);
    QHash<int, int> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const BackupInfo &b = all.at(i);
        bool keep = ++seen[int(b.reason)] <= kept(b.reason);
        if (i > 0 && b.created.secsTo(now) > kMaxAgeSecs)
            keep = false;
        if (!keep) {
            QFile::remove(b.path);
            QFile::remove(b.path + QStringLiteral("-wal"));
        }
    }
}

} // namespace

QString Backups::reasonName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual:
        return QStringLiteral("manual");
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::Migration:
        return QStringLiteral("migration");
    case BackupReason::Import:
        return QStringLiteral("import");
    case BackupReason::Sync:
        return QStringLiteral("sync");
    case BackupReason::Restore:
        return QStringLiteral("restore");
    case BackupReason::Damaged:
        return QStringLiteral("damaged");
    }
    return QStringLiteral("manual");
}

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> Backups::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    static const QRegularExpression tail(QStringLiteral("^-(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z]+)\\.sqlite$"));
    QList<std::pair<int, BackupInfo>> found; // (same-second counter, info)
    const QDir folder(folderFor(databasePath));
    const QFileInfoList entries = folder.entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const auto m = tail.match(QStringView(name).mid(base.size()));
        if (!m.hasMatch())
            continue;
        const auto reason = reasonFromName(m.captured(3));
        QDateTime created = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!reason || !created.isValid())
            continue;
        created.setTimeSpec(Qt::UTC);
        found.append({m.captured(2).toInt(), BackupInfo{entry.absoluteFilePath(), created, *reason, entry.size()}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.second.created != b.second.created ? a.second.created > b.second.created : a.first > b.first;
    });
    QList<BackupInfo> out;
    for (const auto &f : std::as_const(found))
        out.append(f.second);
    return out;
}

Result<BackupInfo> Backups::create(Database &db, BackupReason reason)
{
    return create(db.path(), db.clock(), reason);
}

Result<BackupInfo> Backups::create(const QString &databasePath, const Clock &clock, BackupReason reason)
{
    const QString folder = folderFor(databasePath);
    auto lock = backupfiles::lockFolder(folder);
    if (!lock)
        return lock.error();

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC);
    const QString target = backupfiles::freeName(databasePath, now, reasonName(reason));
    const QString part = target + QStringLiteral(".part");
    CAPACITA_TRY(backupfiles::createEmptyPrivate(part));

    // On a connection of its own: VACUUM refuses to run on one with a statement still
    // stepping (a model reading rows), and a reader never waits for writers in WAL mode.
    if (const Status copied = backupfiles::vacuumInto(databasePath, part); !copied) {
        QFile::remove(part);
        return Error::io(tr("Could not write the backup %1: %2").arg(QDir::toNativeSeparators(target), copied.error().message));
    }
    Status checked = backupfiles::syncToDisk(part);
    if (checked)
        checked = verify(part, Check::Pages);
    if (!checked) {
        QFile::remove(part);
        return Error::io(tr("The backup %1 did not read back correctly (%2); it was removed. Check the disk.")
                             .arg(QDir::toNativeSeparators(target), checked.error().message));
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error::io(tr("Could not name the backup %1.").arg(QDir::toNativeSeparators(target)));
    }
    backupfiles::syncFolder(folder);
    prune(databasePath, now);
    return BackupInfo{QFileInfo(target).absoluteFilePath(), now.addMSecs(-now.time().msec()), reason,
                      QFileInfo(target).size()};
}

Status Backups::beforeImport(Database &db, BackupReason reason)
{
    auto made = create(db, reason);
    if (!made)
        return Error::io(tr("No backup could be made before importing, so nothing was imported: %1").arg(made.error().message));
    return {};
}

Status Backups::dailyIfDue(Database &db)
{
    return dailyIfDue(db.path(), db.clock());
}

Status Backups::dailyIfDue(const QString &databasePath, const Clock &clock)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC);
    for (const BackupInfo &b : list(databasePath)) {
        if (b.reason == BackupReason::Damaged)
            continue;
        // A newest backup "in the future" (the clock was set back) also counts as recent.
        if (b.created.secsTo(now) < kDaySecs)
            return {};
        break;
    }
    auto made = create(databasePath, clock, BackupReason::Daily);
    if (!made)
        return made.error();
    return {};
}

Status Backups::verify(const QString &file, Check check)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return Error::notFound(QStringLiteral("file"), tr("There is no file %1.").arg(shown));
    if (!backupfiles::hasSqliteHeader(file))
        return Error::refused(tr("%1 is not a Capacita database (it is not an SQLite file).").arg(shown));
    backupfiles::ReadOnlyFile ro(file, true);
    const auto appId = ro.value(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return Error::refused(tr("%1 is damaged and cannot be used: %2").arg(shown, ro.lastError()));
    if (appId->toInt() != Database::applicationId())
        return Error::refused(tr("%1 is not a Capacita database.").arg(shown));
    const int version = ro.value(QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
    if (version > Database::latestSchemaVersion())
        return Error::refused(tr("%1 was written by a newer version of Capacita (schema %2); install that version to use it.")
                                  .arg(shown).arg(version));
    const auto result = ro.value(check == Check::Full ? QStringLiteral("PRAGMA integrity_check(1)")
                                                      : QStringLiteral("PRAGMA quick_check(1)"));
    if (!result || result->toString() != QLatin1String("ok"))
        return Error::refused(tr("%1 is damaged and cannot be used: %2")
                                  .arg(shown, result ? result->toString() : ro.lastError()));
    return {};
}

Result<BackupInfo> Backups::newestGood(const QString &databasePath)
{
    for (const BackupInfo &b : list(databasePath)) {
        if (b.reason != BackupReason::Damaged && verify(b.path))
            return b;
    }
    return Error::notFound(QStringLiteral("backup"),
                           tr("There is no usable backup of %1 in %2.")
                               .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(folderFor(databasePath))));
}

bool Backups::looksDamaged(const QString &databasePath)
{
    if (!backupfiles::hasSqliteHeader(databasePath))
        return false;
    backupfiles::ReadOnlyFile ro(databasePath, false);
    const auto appId = ro.value(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return true;
    if (appId->toInt() != Database::applicationId() && appId->toInt() != 0)
        return false; // another program's file, whole
    const auto check = ro.value(QStringLiteral("PRAGMA quick_check(1)"));
    return !check || check->toString() != QLatin1String("ok");
}

} // namespace capacita
