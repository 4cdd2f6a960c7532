// Backups::restore: putting a backup in place of the database (see backup.h for the promise).
#include "storage/backup.h"

#include "domain/clock.h"
#include "storage/backupfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>

namespace capacita {

namespace {

// The one connection allowed to the database while it is replaced. Switching out of WAL mode
// succeeds only for the last connection (and checkpoints the WAL into the file); BEGIN
// EXCLUSIVE then keeps everyone else out until the new file is in place.
class SoleUser
{
public:
    explicit SoleUser(const QString &path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("capacita-restore-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.next()) {
            m_error = q.lastError().databaseText();
            m_inUse = m_error.contains(QLatin1String("locked")) || m_error.contains(QLatin1String("busy"));
            return;
        }
        if (q.value(0).toString() != QLatin1String("delete")) {
            m_inUse = true;
            return;
        }
        m_healthy = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next() && q.value(0).toString() == QLatin1String("ok");
        q.finish();
        m_locked = q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        if (!m_locked)
            m_inUse = q.lastError().databaseText().contains(QLatin1String("locked"));
    }
    ~SoleUser() { release(); }

    bool inUse() const { return m_inUse; }
    // Readable, checkpointed into one file, and whole: a plain copy of the file is a backup.
    bool healthy() const { return m_locked && m_healthy; }

    void release()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_locked)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    QString m_name;
    QString m_error;
    bool m_inUse = false;
    bool m_healthy = false;
    bool m_locked = false;
};

} // namespace

Result<RestoreOutcome> Backups::restore(const QString &databasePath, const QString &backup, const Clock &clock)
{
    CAPACITA_TRY(verify(backup));
    const QFileInfo target(databasePath);
    if (QFileInfo(backup).canonicalFilePath() == target.canonicalFilePath())
        return Error::badInput(QStringLiteral("file"), tr("%1 is the database itself, not a backup of it.").arg(QDir::toNativeSeparators(backup)));
    const QString folder = folderFor(databasePath);
    auto lock = backupfiles::lockFolder(folder);
    if (!lock)
        return lock.error();
    BackupInfo restored{QFileInfo(backup).absoluteFilePath(), QFileInfo(backup).lastModified().toUTC(), BackupReason::Manual,
                        QFileInfo(backup).size()};
    for (const BackupInfo &b : list(databasePath)) {
        if (b.path == restored.path)
            restored = b;
    }

    RestoreOutcome outcome{restored, {}};
    const QString wal = databasePath + QStringLiteral("-wal");
    const QString shm = databasePath + QStringLiteral("-shm");
    std::optional<SoleUser> sole;
    if (target.exists() && target.size() > 0) {
        sole.emplace(databasePath);
        if (sole->inUse())
            return Error::refused(tr("%1 is open in another Capacita program. Close it there, then restore again; nothing was changed.")
                                      .arg(QDir::toNativeSeparators(databasePath)));
        // Keep what is being replaced: a checked copy when it is healthy, else its bytes as
        // they are (with the WAL), so that nothing is ever lost by a restore.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC);
        const bool healthy = sole->healthy();
        outcome.kept = backupfiles::freeName(databasePath, now, reasonName(healthy ? BackupReason::Restore : BackupReason::Damaged));
        CAPACITA_TRY(backupfiles::copyPrivate(databasePath, outcome.kept));
        if (!healthy && QFileInfo::exists(wal))
            CAPACITA_TRY(backupfiles::copyPrivate(wal, outcome.kept + QStringLiteral("-wal")));
    }

    QFile in(backup);
    QSaveFile out(databasePath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::io(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(databasePath), out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return Error::io(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(backup), in.errorString()));
        }
        out.write(chunk);
    }
    // A WAL left beside the new file would be replayed into it: remove it first. What it held
    // is in the copy kept above.
    QFile::remove(wal);
    QFile::remove(shm);
#ifdef Q_OS_WIN
    sole.reset(); // Windows cannot rename over a file that is open
#endif
    if (!out.commit())
        return Error::io(tr("Cannot write %1 (is the disk full?): %2. The database was left as it was.")
                             .arg(QDir::toNativeSeparators(databasePath), out.errorString()));
    sole.reset();
    backupfiles::syncFolder(target.absolutePath());
    return outcome;
}

} // namespace capacita
