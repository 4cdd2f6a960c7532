#include "support/testsupport.h"

#include "importing/importing.h"
#include "storage/backup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QtEndian>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTemporaryDir>

using namespace capacita;
using namespace capacita::test;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

// A database of its own (not TempStore) so the test can close it before a restore.
struct Laptop
{
    QTemporaryDir dir;
    FakeClock clock;
    QString path = dir.filePath(QStringLiteral("capacita.sqlite"));

    std::unique_ptr<Store> open()
    {
        auto opened = Store::open(path, Database::Options{&clock, {}});
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
        return std::move(opened).value();
    }
    QList<BackupInfo> backups() const { return Backups::list(path); }
};

QString addPerson(Store &store, const QString &given)
{
    auto id = store.participants().add(sampleParticipant(given));
    REQUIRE(id);
    return *id;
}

QStringList givenNames(Store &store)
{
    QStringList names;
    for (const auto &p : store.participants().list())
        names << p.givenNames;
    names.sort();
    return names;
}

// PRAGMA user_version as stored in the file's header (offset 60, big-endian), read without
// opening the file as a database (which would migrate it).
int userVersion(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(64);
    REQUIRE(header.size() == 64);
    return qFromBigEndian<qint32>(header.constData() + 60);
}

bool isPrivate(const QString &path)
{
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    return (QFile::permissions(path) & others) == 0;
}

QStringList partFiles(const QString &databasePath)
{
    return QDir(Backups::folderFor(databasePath)).entryList({QStringLiteral("*.part*")}, QDir::Files);
}

// Overwrites `length` bytes at `offset` with a pattern no SQLite page starts with.
void damage(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > offset + length);
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(QByteArray(length, '\xA5')) == length);
}

} // namespace

TEST_CASE("A manual backup is a checked private copy named with its time and reason", "[backup]")
{
    Laptop laptop;
    laptop.clock.set(1'764'430'682'000); // 2025-11-29 15:38:02 UTC
    auto store = laptop.open();
    addPerson(*store, QStringLiteral("Rosa"));
    auto made = Backups::create(store->db(), BackupReason::Manual);
    REQUIRE(made);
    CHECK(QFileInfo(made->path).fileName() == QStringLiteral("capacita-20251129-153802-manual.sqlite"));
    CHECK(QFileInfo(made->path).absolutePath() == QDir(laptop.dir.path()).filePath(QStringLiteral("backups")));
    CHECK(made->created == QDateTime(QDate(2025, 11, 29), QTime(15, 38, 2), QTimeZone::utc()));
    CHECK(made->size == QFileInfo(made->path).size());
    CHECK(isPrivate(made->path));
    CHECK(Backups::verify(made->path));
    CHECK(partFiles(laptop.path).isEmpty());
    // A second one in the same second gets a name of its own.
    auto again = Backups::create(store->db(), BackupReason::Manual);
    REQUIRE(again);
    CHECK(again->path != made->path);
    REQUIRE(laptop.backups().size() == 2);
    CHECK(laptop.backups().first().path == again->path); // newest first

    auto copy = Store::open(made->path);
    REQUIRE(copy);
    CHECK(givenNames(**copy) == QStringList{QStringLiteral("Rosa")});
}

TEST_CASE("Rotation keeps the newest backups of each reason and none older than 60 days", "[backup]")
{
    Laptop laptop;
    auto store = laptop.open();
    QStringList manual;
    for (int i = 0; i < 12; ++i) {
        laptop.clock.advance(kMinute);
        auto made = Backups::create(store->db(), BackupReason::Manual);
        REQUIRE(made);
        manual << made->path;
    }
    laptop.clock.advance(kMinute);
    REQUIRE(Backups::create(store->db(), BackupReason::Sync));
    QStringList kept;
    for (const BackupInfo &b : laptop.backups()) {
        if (b.reason == BackupReason::Manual)
            kept << b.path;
    }
    CHECK(kept.size() == 10);
    CHECK(!kept.contains(manual.at(0)));
    CHECK(!kept.contains(manual.at(1)));
    CHECK(kept.first() == manual.last());

    laptop.clock.advance(61 * kDay);
    auto fresh = Backups::create(store->db(), BackupReason::Import);
    REQUIRE(fresh);
    REQUIRE(laptop.backups().size() == 1);
    CHECK(laptop.backups().first().path == fresh->path);
}

TEST_CASE("Opening an existing database makes a daily backup when the newest is a day old", "[backup]")
{
    Laptop laptop;
    laptop.open(); // a new database: nothing to keep yet
    CHECK(laptop.backups().isEmpty());
    laptop.open();
    REQUIRE(laptop.backups().size() == 1);
    CHECK(laptop.backups().first().reason == BackupReason::Daily);
    laptop.clock.advance(23 * 60 * kMinute);
    laptop.open();
    CHECK(laptop.backups().size() == 1);
    laptop.clock.advance(2 * 60 * kMinute);
    laptop.open();
    CHECK(laptop.backups().size() == 2);
}

TEST_CASE("An existing database is backed up before a migration", "[backup]")
{
    Laptop laptop;
    {
        auto store = laptop.open();
        addPerson(*store, QStringLiteral("Rosa"));
        // Pretend the file is one schema older. Whether the step then runs cleanly on these
        // tables does not matter here: the backup must come first either way.
        REQUIRE(store->db().execSql(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)));
    }
    (void)Store::open(laptop.path, Database::Options{&laptop.clock, {}});
    QList<BackupInfo> migration;
    for (const BackupInfo &b : laptop.backups()) {
        if (b.reason == BackupReason::Migration)
            migration << b;
    }
    REQUIRE(migration.size() == 1);
    CHECK(Backups::verify(migration.first().path));
    CHECK(userVersion(migration.first().path) == Database::latestSchemaVersion() - 1);
}

TEST_CASE("Restoring a backup replaces the database and keeps the replaced file", "[backup]")
{
    Laptop laptop;
    auto store = laptop.open();
    addPerson(*store, QStringLiteral("Rosa"));
    auto made = Backups::create(store->db(), BackupReason::Manual);
    REQUIRE(made);
    const QString backup = made->path;
    laptop.clock.advance(kMinute);
    addPerson(*store, QStringLiteral("Juana"));

    SECTION("not while the database is open")
    {
        auto refused = Backups::restore(laptop.path, backup, laptop.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Refused);
        CHECK(refused.error().message.contains(QStringLiteral("open")));
        CHECK(givenNames(*store) == QStringList{QStringLiteral("Juana"), QStringLiteral("Rosa")});
    }
    SECTION("once it is closed")
    {
        store.reset();
        auto restored = Backups::restore(laptop.path, backup, laptop.clock);
        INFO((restored ? QString() : restored.error().message).toStdString());
        REQUIRE(restored);
        CHECK(restored->restored.path == backup);
        CHECK(QFileInfo(restored->kept).fileName().endsWith(QStringLiteral("-restore.sqlite")));
        CHECK(isPrivate(laptop.path));
        CHECK(isPrivate(restored->kept));
        CHECK(!QFile::exists(laptop.path + QStringLiteral("-wal")));
        {
            auto reopened = laptop.open();
            CHECK(givenNames(*reopened) == QStringList{QStringLiteral("Rosa")});
        }
        auto kept = Store::open(restored->kept);
        REQUIRE(kept);
        CHECK(givenNames(**kept) == QStringList{QStringLiteral("Juana"), QStringLiteral("Rosa")});
    }
}

TEST_CASE("A restore refuses files that are not intact Capacita databases", "[backup]")
{
    Laptop laptop;
    laptop.open();
    const QByteArray before = [&] {
        QFile f(laptop.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    QTemporaryDir other;
    SECTION("a text file")
    {
        const QString text = other.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("nombres;apellidos\n");
        f.close();
        auto r = Backups::restore(laptop.path, text, laptop.clock);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(r.error().message.contains(QStringLiteral("not a Capacita database")));
    }
    SECTION("another program's database")
    {
        const QString foreign = other.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoice(total REAL)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto r = Backups::restore(laptop.path, foreign, laptop.clock);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
    }
    SECTION("a damaged backup")
    {
        QString backup;
        {
            auto store = laptop.open();
            for (int i = 0; i < 200; ++i)
                addPerson(*store, QStringLiteral("Persona %1").arg(i));
            auto made = Backups::create(store->db(), BackupReason::Manual);
            REQUIRE(made);
            backup = made->path;
        }
        damage(backup, QFileInfo(backup).size() / 2, 8192);
        auto r = Backups::restore(laptop.path, backup, laptop.clock);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(r.error().message.contains(QStringLiteral("damaged")));
        return; // the database grew above; what matters is that it was not replaced
    }
    SECTION("a missing file")
    {
        auto r = Backups::restore(laptop.path, other.filePath(QStringLiteral("none.sqlite")), laptop.clock);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
    }
    QFile f(laptop.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

// 300 people, a manual backup of them, and the WAL folded into the file (so damaging the
// file damages the data).
static void fillWithBackup(Laptop &laptop)
{
    auto store = laptop.open();
    for (int i = 0; i < 300; ++i)
        addPerson(*store, QStringLiteral("Persona %1").arg(i));
    REQUIRE(Backups::create(store->db(), BackupReason::Manual));
    REQUIRE(store->db().execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

TEST_CASE("A damaged database is refused on open and the newest good backup brings it back", "[backup]")
{
    Laptop laptop;
    fillWithBackup(laptop);
    const qint64 size = QFileInfo(laptop.path).size();
    SECTION("pages overwritten in the middle")
    {
        damage(laptop.path, size / 2, 3 * 4096);
    }
    SECTION("the file cut short")
    {
        QFile f(laptop.path);
        REQUIRE(f.resize(size / 2));
    }
    auto opened = Store::open(laptop.path, Database::Options{&laptop.clock, {}});
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Io);
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(Backups::looksDamaged(laptop.path));

    auto good = Backups::newestGood(laptop.path);
    REQUIRE(good);
    auto restored = Backups::restore(laptop.path, good->path, laptop.clock);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored);
    CHECK(QFileInfo(restored->kept).fileName().endsWith(QStringLiteral("-damaged.sqlite")));
    CHECK(QFileInfo(restored->kept).size() > 0);
    auto store = laptop.open();
    CHECK(store->participants().list().size() == 300);
    CHECK_FALSE(Backups::looksDamaged(laptop.path));
}

TEST_CASE("A healthy or foreign file does not look damaged", "[backup]")
{
    Laptop laptop;
    laptop.open();
    CHECK_FALSE(Backups::looksDamaged(laptop.path));
    QTemporaryDir other;
    const QString text = other.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    CHECK_FALSE(Backups::looksDamaged(text));
}

TEST_CASE("A roster import makes a backup first and a dry run does not", "[backup][import]")
{
    Laptop laptop;
    auto store = laptop.open();
    ImportOptions dry;
    dry.dryRun = true;
    REQUIRE(RosterImporter(*store).importFile(testDataPath(QStringLiteral("rosters/cusco_bom_semicolon.csv")), dry));
    CHECK(laptop.backups().isEmpty());
    auto done = RosterImporter(*store).importFile(testDataPath(QStringLiteral("rosters/cusco_bom_semicolon.csv")));
    REQUIRE(done);
    REQUIRE(done->committed);
    REQUIRE(laptop.backups().size() == 1);
    const BackupInfo b = laptop.backups().first();
    CHECK(b.reason == BackupReason::Import);
    auto before = Store::open(b.path);
    REQUIRE(before);
    CHECK((*before)->participants().list().isEmpty()); // the state before the import
}

TEST_CASE("A small file is read whole at open and a large one is left to the deferred check", "[backup]")
{
    Laptop laptop;
    laptop.open();
    {
        auto small = Store::open(laptop.path, Database::Options{&laptop.clock, {}});
        REQUIRE(small);
        CHECK_FALSE((*small)->db().checksDeferred()); // a few KB: under kFullCheckAtOpenBytes
    }
    Database::Options deferred{&laptop.clock, {}};
    deferred.checks = OpenChecks::Deferred; // what Auto does for a file over the limit
    auto large = Store::open(laptop.path, deferred);
    REQUIRE(large);
    CHECK((*large)->db().checksDeferred());
}

TEST_CASE("The deferred check makes the daily backup and finds a damaged file", "[backup]")
{
    Laptop laptop;
    fillWithBackup(laptop);
    laptop.clock.advance(2 * kDay); // the daily backup is due
    const qsizetype before = laptop.backups().size();
    SECTION("a whole file: the daily backup is made by the check, not at open")
    {
        Database::Options deferred{&laptop.clock, {}};
        deferred.checks = OpenChecks::Deferred;
        auto store = Store::open(laptop.path, deferred);
        REQUIRE(store);
        CHECK(laptop.backups().size() == before);
        // While the file is open and in use, as Capacita runs it on a worker thread.
        REQUIRE(Database::deferredChecks(laptop.path, laptop.clock));
        REQUIRE(laptop.backups().size() == before + 1);
        CHECK(laptop.backups().first().reason == BackupReason::Daily);
        CHECK((*store)->participants().list().size() == 300);
    }
    SECTION("pages overwritten in the middle: damage, and no backup of it")
    {
        damage(laptop.path, QFileInfo(laptop.path).size() / 2, 3 * 4096);
        const Status checked = Database::deferredChecks(laptop.path, laptop.clock);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::Io);
        CHECK(checked.error().message.contains(QStringLiteral("damaged")));
        CHECK(checked.error().message.contains(QStringLiteral("backup restore --latest")));
        CHECK(laptop.backups().size() == before);
        // A full check at open (capacita-cli; any file under the size limit) refuses it.
        Database::Options full{&laptop.clock, {}};
        full.checks = OpenChecks::Full;
        auto opened = Store::open(laptop.path, full);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    }
}
