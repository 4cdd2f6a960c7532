// The bulk statements of sync and the audit log run through the SQLite C API
// (storage/sqlitestatement.h); the rows they write and read must be exactly those Qt SQL
// wrote and read before: the same SQL types stored, the same QVariant types read back.

#include "support/testsupport.h"

#include "storage/sqlitestatement.h"

#include <QSqlQuery>

using namespace capacita;
using namespace capacita::test;

namespace {

// Every kind of value that reaches these statements, and a few that do not.
QVariantList sampleValues()
{
    return {QVariant(), QVariant(QMetaType::fromType<QString>()), QVariant(QString()), QVariant(QStringLiteral("")),
            QVariant(QStringLiteral("Ñandú \"x\" 🙂")), QVariant(qint64(-5)), QVariant(int(7)), QVariant(true),
            QVariant(2.5), QVariant(QByteArray("a\0b", 3)), QVariant(QByteArray()), QVariant(uint(9))};
}

QString insertSql(int columns)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO t VALUES(") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

TEST_CASE("A statement through the C API stores and reads values as Qt SQL does", "[database]")
{
    TempStore s;
    Database &db = s->db();
    const QVariantList values = sampleValues();
    const int n = int(values.size());
    QStringList columns;
    for (int i = 0; i < n; ++i)
        columns << QStringLiteral("c%1").arg(i);
    REQUIRE(db.execSql(QStringLiteral("CREATE TEMP TABLE t(k, ") + columns.join(u", ") + QLatin1Char(')')));

    QSqlQuery &qt = db.prepare(insertSql(n + 1));
    qt.addBindValue(QStringLiteral("qt"));
    for (const QVariant &v : values)
        qt.addBindValue(v);
    REQUIRE(db.exec(qt));

    auto native = db.statement(insertSql(n + 1));
    REQUIRE(native);
    const QString key = QStringLiteral("native");
    (*native)->bind(1, key);
    for (int i = 0; i < n; ++i)
        (*native)->bind(i + 2, values.at(i));
    REQUIRE((*native)->exec());

    // Stored alike: the same SQL type and value in every column.
    for (int i = 0; i < n; ++i) {
        INFO("column " << i);
        QSqlQuery q(db.sql());
        const QString kinds = QStringLiteral("SELECT count(DISTINCT typeof(%1) || ':' || quote(%1)) FROM t");
        REQUIRE(q.exec(kinds.arg(columns.at(i))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }

    // Read alike: the same QVariant types and values, and the same text.
    QSqlQuery &read = db.prepare(QStringLiteral("SELECT * FROM t WHERE k = 'native'"));
    REQUIRE(read.exec());
    REQUIRE(read.next());
    auto mine = db.statement(QStringLiteral("SELECT * FROM t WHERE k = 'qt'"));
    REQUIRE(mine);
    REQUIRE((*mine)->next());
    for (int i = 1; i <= n; ++i) { // column 0 is the key, "qt" or "native"
        INFO("column " << i);
        const QVariant a = read.value(i), b = (*mine)->value(i);
        CHECK(a.typeId() == b.typeId());
        CHECK(a.isNull() == b.isNull());
        CHECK(a.toString() == b.toString());
        CHECK(a.toString().isNull() == (*mine)->text(i).isNull());
        CHECK(a.toString() == (*mine)->text(i));
        if (b.typeId() == QMetaType::QString) // the same text, as SQLite's UTF-8
            CHECK(QString::fromUtf8((*mine)->utf8(i)) == (*mine)->text(i));
    }
    CHECK_FALSE((*mine)->next());
    (*mine)->finish();
    read.finish();
}

TEST_CASE("A failed statement through the C API reports the engine's words as an Error", "[database]")
{
    TempStore s;
    Database &db = s->db();
    REQUIRE(db.execSql(QStringLiteral("CREATE TEMP TABLE u(k TEXT PRIMARY KEY)")));
    auto insert = db.statement(QStringLiteral("INSERT INTO u VALUES(?)"));
    REQUIRE(insert);
    (*insert)->bind(1, QStringLiteral("a"));
    REQUIRE((*insert)->exec());
    (*insert)->bind(1, QStringLiteral("a"));
    const Status again = (*insert)->exec();
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Io);
    CHECK(again.error().message.contains(QStringLiteral("UNIQUE constraint failed")));
    // The statement is ready for the next row after a failure.
    (*insert)->bind(1, QStringLiteral("b"));
    CHECK((*insert)->exec());

    const auto broken = db.statement(QStringLiteral("INSERT INTO nowhere VALUES(?)"));
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("no such table")));
}

TEST_CASE("Text left bound between uses is bound again whenever the string is not the very same", "[database]")
{
    TempStore s;
    Database &db = s->db();
    REQUIRE(db.execSql(QStringLiteral("CREATE TEMP TABLE t(n INTEGER, a, b)")));
    auto insert = db.statement(QStringLiteral("INSERT INTO t VALUES(?, ?, ?)"));
    REQUIRE(insert);
    SqliteStatement &q = **insert;
    QStringList expected;
    qint64 n = 0;
    auto row = [&](const QVariant &a, const QString &b) {
        q.bind(1, n++);
        q.bind(2, a);
        q.bind(3, b);
        REQUIRE(q.exec());
        expected << a.toString() + QLatin1Char('|') + b;
    };

    QString kept = QStringLiteral("Cusco ") + QString::number(1); // on the heap
    row(kept, kept);
    row(kept, kept); // the very same string: left bound
    kept[0] = QLatin1Char('X'); // written to in place: copied first, so it is other text now
    row(kept, kept);
    // Strings made and dropped in turn, each the size of the last, may take its memory.
    for (int i = 0; i < 20; ++i)
        row(QString(QStringLiteral("v%1")).arg(i % 10), QString(QStringLiteral("w%1")).arg(i % 10));
    // Other types in between, then text again at the same places.
    row(QVariant(qint64(42)), QStringLiteral("lit"));
    row(QVariant(QByteArray("bytes")), QStringLiteral("lit"));
    row(QVariant(), QStringLiteral("lit"));
    row(QVariant(kept), QStringLiteral("lit"));

    QStringList stored;
    QSqlQuery read(db.sql());
    REQUIRE(read.exec(QStringLiteral("SELECT a, b FROM t ORDER BY n")));
    while (read.next())
        stored << read.value(0).toString() + QLatin1Char('|') + read.value(1).toString();
    CHECK(stored == expected);
}
