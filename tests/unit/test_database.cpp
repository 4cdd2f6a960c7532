#include "support/testsupport.h"

#include "storage/transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace capacita;
using namespace capacita::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A new database is migrated to the latest schema with WAL, FULL sync and foreign keys")
{
    TempStore s;
    Database &db = s->db();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(db, "synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma(db, "foreign_keys") == QStringLiteral("1"));
    CHECK(db.siteId().size() == 36);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    CHECK((QFile::permissions(s.path()) & others) == 0);
    CHECK((QFile::permissions(s.path() + QStringLiteral("-wal")) & others) == 0);
}

TEST_CASE("Lookups and the UBIGEO districts are seeded")
{
    TempStore s;
    auto &ref = s->reference();
    QStringList types;
    for (const auto &t : ref.participantTypes())
        types << t.code;
    for (const char *code : {"judge", "prosecutor", "public_attorney", "public_defender", "justice_staff", "police",
                             "shelter_provider", "community_leader", "health_worker", "educator", "local_official", "other"})
        CHECK(types.contains(QLatin1String(code)));
    CHECK(ref.topics().size() == 4);
    CHECK(ref.districts().size() == 1892);
    const auto cusco = ref.district(QStringLiteral("080101"));
    REQUIRE(cusco);
    CHECK(cusco->department == QStringLiteral("CUSCO"));
    CHECK(ref.departments().contains(QStringLiteral("MADRE DE DIOS")));
    CHECK_FALSE(ref.district(QStringLiteral("999999")));
}

TEST_CASE("Reopening keeps the site id and the clock never goes backwards")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    FakeClock clock(2'000'000'000'000);
    QString site;
    {
        auto store = Store::open(path, {&clock, {}});
        REQUIRE(store);
        site = (*store)->db().siteId();
        REQUIRE((*store)->participants().add(sampleParticipant()));
    }
    const std::uint64_t before = Hlc::fromText([&] {
        auto store = Store::open(path, {&clock, {}});
        return (*store)->db().setting(QStringLiteral("hlc"));
    }());
    clock.set(978'307'200'000); // the battery died: 2001-01-01
    auto store = Store::open(path, {&clock, {}});
    REQUIRE(store);
    CHECK((*store)->db().siteId() == site);
    CHECK((*store)->db().nextStamp() > before);
}

TEST_CASE("The clock is stored with the transaction that stamps rows, and not by one rolled back")
{
    QTemporaryDir dir;
    FakeClock clock(2'000'000'000'000);
    auto store = Store::open(dir.filePath(QStringLiteral("a.sqlite")), {&clock, {}});
    REQUIRE(store);
    Database &db = (*store)->db();
    auto storedClock = [&] { return Hlc::fromText(db.setting(QStringLiteral("hlc"))); };
    auto newestRow = [&] {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT max(seq) FROM participant")));
        REQUIRE(q.next());
        return std::uint64_t(q.value(0).toLongLong());
    };
    {
        Transaction tx(db);
        REQUIRE(tx.begun());
        for (int i = 0; i < 3; ++i)
            REQUIRE((*store)->participants().add(sampleParticipant()));
        REQUIRE(tx.commit());
    }
    const std::uint64_t committed = storedClock();
    CHECK(committed == newestRow()); // the last stamp given, written once at commit
    {
        Transaction tx(db);
        REQUIRE(tx.begun());
        REQUIRE((*store)->participants().add(sampleParticipant()));
    } // rolled back: its row and its stamp are gone together
    CHECK(storedClock() == committed);
    CHECK(newestRow() == committed);
    CHECK(db.nextStamp() > committed);
}

TEST_CASE("A file that is not a Capacita database is refused and left untouched")
{
    QTemporaryDir dir;
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray hash = fileHash(path);
        auto r = Store::open(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(fileHash(path) == hash);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t(x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray hash = fileHash(path);
        auto r = Store::open(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(fileHash(path) == hash);
    }
}

TEST_CASE("A database from a newer schema is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto store = Store::open(path);
        REQUIRE(store);
        REQUIRE((*store)->db().execSql(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        REQUIRE((*store)->db().execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray hash = fileHash(path);
    auto r = Store::open(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK(r.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == hash);
}

TEST_CASE("An empty file is initialised as a new database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto r = Store::open(path);
    REQUIRE(r);
    CHECK((*r)->db().schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A transaction guard rolls back unless committed, and nests as savepoints")
{
    TempStore s;
    auto &db = s->db();
    {
        Transaction outer(db);
        REQUIRE(outer.begun());
        REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("Ana"))));
        {
            Transaction inner(db);
            REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("Luz"))));
            // inner not committed: rolled back to its savepoint
        }
        REQUIRE(outer.commit());
    }
    const auto people = s->participants().list();
    REQUIRE(people.size() == 1);
    CHECK(people.front().givenNames == QStringLiteral("Ana"));
    {
        Transaction tx(db);
        REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("Eva"))));
    }
    CHECK(s->participants().list().size() == 1);
}

TEST_CASE("A cached statement is found again by its text, whichever string holds it")
{
    TempStore s;
    auto &db = s->db();
    auto first = db.statement(QStringLiteral("SELECT count(*) FROM participant WHERE given_names = ?"));
    REQUIRE(first);
    QString built = QStringLiteral("SELECT count(*) FROM participant");
    built += QStringLiteral(" WHERE given_names = ?");
    auto again = db.statement(built);
    REQUIRE(again);
    CHECK(*again == *first);
    // Strings made and dropped one after another may take each other's place in memory:
    // each must still get its own statement (the cache finds known text by its address),
    // the first time and once cached.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < 50; ++i) {
            auto st = db.statement(QStringLiteral("SELECT ") + QString::number(i));
            REQUIRE(st);
            REQUIRE((*st)->next());
            CHECK((*st)->integer(0) == i);
            (*st)->finish();
        }
    }
}

TEST_CASE("Preparing a statement leaves the caller's literal where it is, so the cache finds it by its address")
{
    TempStore s;
    auto &db = s->db();
    // A literal's characters are in the program, not on the heap (no allocation of its own).
    const QString literal = QStringLiteral("SELECT count(*) FROM training WHERE code = ?");
    REQUIRE_FALSE(literal.data_ptr().isMutable());
    const QChar *where = literal.constData();
    auto first = db.statement(literal);
    REQUIRE(first);
    // Asking for a 0 at the end (utf16()) would have copied them to the heap: the cache's key
    // would then lie elsewhere and every later call hash the whole SQL to find it.
    CHECK(literal.constData() == where);
    CHECK_FALSE(literal.data_ptr().isMutable());
    auto again = db.statement(literal);
    REQUIRE(again);
    CHECK(*again == *first);
}

TEST_CASE("Without savepoints a nested guard keeps what it wrote, for the outer one to undo")
{
    TempStore s;
    auto &db = s->db();
    {
        Transaction outer(db);
        REQUIRE(outer.begun());
        WithoutSavepoints unguarded(db);
        const qint64 before = db.totalChanges();
        {
            Transaction inner(db);
            REQUIRE(inner.begun());
            REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("Luz"))));
            // not committed, and there is no savepoint to go back to
        }
        CHECK(db.totalChanges() > before); // what the holder looks at
        CHECK(s->participants().list().size() == 1);
    } // outer not committed: everything goes
    CHECK(s->participants().list().isEmpty());
    CHECK_FALSE(db.savepointsElided()); // restored when the guard went

    // Savepoints are back: the same nested guard now undoes its own writes.
    Transaction outer(db);
    {
        Transaction inner(db);
        REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("Luz"))));
    }
    CHECK(s->participants().list().isEmpty());
}
