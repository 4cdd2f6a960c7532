#include "storage/backupfiles.h"

#include "storage/backup.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace capacita::backupfiles {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(capacita::Backups)
};

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Result<std::unique_ptr<QLockFile>> lockFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::io(Text::tr("Cannot create the backups folder %1.").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, kPrivate | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QStringLiteral(".lock")));
    lock->setStaleLockTime(0); // only a dead owner makes it stale: a big backup may take long
    if (!lock->tryLock(60'000))
        return Error::io(Text::tr("The backups folder %1 is busy (another backup or restore is running); try again.")
                             .arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    for (const QString &stale : dir.entryList({QStringLiteral("*.part"), QStringLiteral("*.part-*")}, QDir::Files))
        QFile::remove(dir.filePath(stale));
    return lock;
}

QString freeName(const QString &databasePath, const QDateTime &utc, const QString &reason)
{
    const QDir folder(Backups::folderFor(databasePath));
    const QString stem = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-')
                         + utc.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A second backup within the same second, whatever its reason, gets a counter (-2, -3...)
    // so that the newest is always told apart.
    const QStringList taken = folder.entryList({stem + QStringLiteral("-*")}, QDir::Files);
    auto used = [&](int n) {
        const QString prefix = n == 1 ? QString(stem + QLatin1Char('-'))
                                      : QString(stem + QLatin1Char('-') + QString::number(n) + QLatin1Char('-'));
        return std::any_of(taken.cbegin(), taken.cend(), [&](const QString &name) {
            return name.startsWith(prefix) && name.size() > prefix.size() && !name.at(prefix.size()).isDigit();
        });
    };
    int n = 1;
    while (used(n))
        ++n;
    const QString counter = n == 1 ? QString() : QString::number(n) + QLatin1Char('-');
    return folder.filePath(stem + QLatin1Char('-') + counter + reason + QStringLiteral(".sqlite"));
}

Status createEmptyPrivate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.setPermissions(kPrivate))
        return Error::io(Text::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error::io(Text::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
#ifdef Q_OS_WIN
    const bool synced = ::_commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Error::io(Text::tr("Cannot write %1 to the disk (is it full?).").arg(QDir::toNativeSeparators(path)));
    return {};
}

void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

Status copyPrivate(const QString &from, const QString &to)
{
    const QString part = to + QStringLiteral(".part");
    auto fail = [&](const QString &why) -> Status {
        QFile::remove(part);
        return Error::io(Text::tr("Cannot copy %1 to %2: %3").arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why));
    };
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !out.setPermissions(kPrivate))
        return fail(out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return fail(in.errorString());
        if (out.write(chunk) != chunk.size())
            return fail(out.errorString());
    }
    if (!out.flush())
        return fail(out.errorString());
    out.close();
    if (const Status synced = syncToDisk(part); !synced)
        return fail(synced.error().message);
    if (!QFile::rename(part, to))
        return fail(Text::tr("the name is taken"));
    return {};
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status vacuumInto(const QString &path, const QString &target)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("capacita-backup-%1").arg(++counter);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.setDatabaseName(path);
        if (!db.open()) {
            result = Error::io(db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target);
            if (!q.exec())
                result = sqlError(q);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

ReadOnlyFile::ReadOnlyFile(const QString &path, bool immutable)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("capacita-check-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (immutable)
        uri += QStringLiteral("?immutable=1");
    db.setDatabaseName(uri);
    if (!db.open())
        m_error = db.lastError().text();
}

ReadOnlyFile::~ReadOnlyFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::optional<QVariant> ReadOnlyFile::value(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        const QSqlError e = q.lastError();
        m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        return std::nullopt;
    }
    QVariant v = q.value(0);
    q.finish();
    return v;
}

} // namespace capacita::backupfiles
