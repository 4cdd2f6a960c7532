// capacita-cli and the database file: refusing foreign and newer files untouched, and dumps
// that let scripts compare databases.
#include "clirunner.h"

#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/scorerepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs SQL on a file from the test process, outside Capacita, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = s("cli-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Commands that would write, or read, a database: none may change a refused file.
QList<QStringList> commandsOnAnyFile()
{
    return {
        { s("init") },
        { s("dump") },
        { s("participant"), s("list") },
        { s("participant"), s("add"), s("--given-names"), s("Ana"), s("--family-names"), s("Soto"), s("--sex"),
            s("F") },
        { s("training"), s("add"), s("--code"), s("X"), s("--title"), s("T"), s("--start"), s("2025-01-01"), s("--end"),
            s("2025-01-02") },
        { s("types") },
    };
}

void requireRefusedUntouched(const Cli &cli, const char *reason)
{
    const QByteArray bytes = cli.fileBytes();
    for (const QStringList &args : commandsOnAnyFile()) {
        const CliResult r = cli.run(args);
        INFO("capacita-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.code == 3);
        CHECK(r.err.contains(QLatin1String(reason)));
        CHECK(r.err.contains(cli.dbPath()));
        CHECK(r.out.isEmpty());
        CHECK(cli.fileBytes() == bytes);
    }
}

// The dump with every id replaced by a label and each table's rows in a fixed order, so that
// two databases holding the same facts under different random ids compare equal.
QByteArray normalisedDump(const Cli &cli, const QHash<QString, QString> &labels)
{
    QString text = QString::fromUtf8(cli.dump());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        text.replace(it.key(), it.value());
    QJsonObject tables = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QString &table : tables.keys()) {
        QList<QByteArray> rows;
        for (const QJsonValue &row : tables.value(table).toArray())
            rows.append(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact));
        std::sort(rows.begin(), rows.end());
        QJsonArray sorted;
        for (const QByteArray &row : rows)
            sorted.append(QJsonDocument::fromJson(row).object());
        tables.insert(table, sorted);
    }
    return QJsonDocument(tables).toJson(QJsonDocument::Indented);
}

// One trainer's afternoon, the same on any laptop; returns the labels of the ids it made.
QHash<QString, QString> feed(const Cli &cli)
{
    using namespace capacita;
    const QString rosa
        = cli.addParticipant(s("Rosa"), s("Quispe Mamani"), { s("--dni"), s("45678912"), s("--type"), s("police") });
    const QString juan = cli.addParticipant(s("Juan"), s("Apaza Ticona"), { s("--birth-year"), s("1979") });
    const QString training
        = cli.addTraining(s("CUS-2025-01"), { s("--ubigeo"), s("080101"), s("--topics"), s("TIP,GBV") });
    const QString day1 = cli.addSession(training, s("2025-03-10"));
    const QString day2 = cli.addSession(training, s("2025-03-11"));
    for (const QString &p : { rosa, juan })
        REQUIRE(cli.run({ s("enroll"), training, p }).code == 0);
    REQUIRE(cli.run({ s("attend"), day1, rosa, s("present") }).code == 0);
    REQUIRE(cli.run({ s("attend"), day2, rosa, s("late") }).code == 0);
    REQUIRE(cli.run({ s("attend"), day1, juan, s("absent") }).code == 0);
    REQUIRE(cli.run({ s("score"), training, rosa, s("pre"), s("10") }).code == 0);
    REQUIRE(cli.run({ s("score"), training, rosa, s("post"), s("17") }).code == 0);
    REQUIRE(cli.run({ s("score"), training, juan, s("pre"), s("8"), s("--max"), s("10") }).code == 0);
    REQUIRE(cli.run({ s("participant"), s("update"), juan, s("--institution"), s("Fiscalía") }).code == 0);

    QHash<QString, QString> labels { { rosa, s("P-rosa") }, { juan, s("P-juan") }, { training, s("T-1") },
        { day1, s("S-1") }, { day2, s("S-2") } };
    for (const auto &[person, name] : { std::pair { rosa, s("rosa") }, std::pair { juan, s("juan") } }) {
        labels.insert(EnrollmentRepository::idFor(training, person), s("E-") + name);
        labels.insert(AttendanceRepository::idFor(day1, person), s("A1-") + name);
        labels.insert(AttendanceRepository::idFor(day2, person), s("A2-") + name);
        labels.insert(ScoreRepository::idFor(training, person, s("pre")), s("PRE-") + name);
        labels.insert(ScoreRepository::idFor(training, person, s("post")), s("POST-") + name);
    }
    return labels;
}
} // namespace

TEST_CASE("a file that is not a Capacita database is refused and left untouched", "[cli][refusal]")
{
    Cli cli;
    SECTION("a spreadsheet export")
    {
        QFile file(cli.dbPath());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("nombres;apellidos;dni\nRosa;Quispe Mamani;45678912\n");
        file.close();
        requireRefusedUntouched(cli, "not a Capacita database");
    }
    SECTION("another program's SQLite database")
    {
        runSql(cli.dbPath(),
            { s("CREATE TABLE invoice(id INTEGER PRIMARY KEY, total REAL)"),
                s("INSERT INTO invoice(total) VALUES (12.5)") });
        requireRefusedUntouched(cli, "not a Capacita database");
    }
}

TEST_CASE("a database from a newer Capacita is refused and left untouched", "[cli][refusal]")
{
    Cli cli;
    REQUIRE(cli.run({ s("init") }).code == 0);
    cli.addParticipant();
    const int newer = capacita::Database::latestSchemaVersion() + 1;
    runSql(cli.dbPath(), { s("PRAGMA user_version = %1").arg(newer) });
    requireRefusedUntouched(cli, "newer");
}

TEST_CASE("dump is canonical with sorted keys and indentation and is stable", "[cli][dump]")
{
    Cli cli;
    feed(cli);
    const QByteArray first = cli.dump();
    const QJsonDocument doc = QJsonDocument::fromJson(first);
    REQUIRE(doc.isObject());
    CHECK(doc.toJson(QJsonDocument::Indented) == first);
    for (const char *table :
        { "participant", "training", "training_session", "enrollment", "attendance", "assessment_score" })
        CHECK(doc.object().contains(QLatin1String(table)));
    CHECK(doc.object().value(s("attendance")).toArray().size() == 3);
    CHECK(doc.object().value(s("assessment_score")).toArray().size() == 3);
    CHECK(cli.dump() == first);
    // Reading commands write nothing.
    REQUIRE(cli.run({ s("participant"), s("list") }).code == 0);
    REQUIRE(cli.run({ s("training"), s("list") }).code == 0);
    CHECK(cli.dump() == first);
}

TEST_CASE("two fresh databases fed the same commands hold the same data", "[cli][dump]")
{
    Cli a;
    Cli b;
    const QHash<QString, QString> labelsA = feed(a);
    const QHash<QString, QString> labelsB = feed(b);
    const QByteArray dumpA = normalisedDump(a, labelsA);
    const QByteArray dumpB = normalisedDump(b, labelsB);
    INFO(dumpA.toStdString());
    CHECK(dumpA == dumpB);
    // No id escaped the labelling, so the comparison covered every reference.
    CHECK_FALSE(QString::fromUtf8(dumpA).contains(QRegularExpression(s("[0-9a-f]{8}-[0-9a-f]{4}-"))));
    // And the two really differ before labelling: the ids are random.
    CHECK(a.dump() != b.dump());
}
