// capacita-cli killed with SIGKILL at random moments (a power cut, as far as the file can
// tell) during a large roster import, a sync import and a sync export. After every kill the
// file passes integrity_check, holds the state before or the state after, no partial package
// exists, and the next run works. Seeded, so a failure can be replayed; bounded in time.
#include "clirunner.h"
#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <random>

using namespace capacita::test;

namespace {

constexpr unsigned kSeed = 20261129;
constexpr int kRosterRows = 2000;

// Letters only, as names are: 0 -> "A", 27 -> "Bb".
QString letters(int n)
{
    QString out(QChar(u'A' + n % 26));
    for (n /= 26; n > 0; n /= 26)
        out += QChar(u'a' + n % 26);
    return out;
}

// A roster of `rows` people in trainings of 50, with attendance and scores.
QString writeRoster(const QString &path, int rows)
{
    QByteArray csv = "codigo_capacitacion;titulo;temas;region;ubigeo;fecha_inicio;fecha_fin;sesiones;dni;nombres;"
                     "apellidos;sexo;anio_nacimiento;tipo_participante;institucion;asistencias;pre_test;post_test;"
                     "puntaje_maximo\r\n";
    for (int i = 0; i < rows; ++i) {
        const int training = i / 50;
        csv += QStringLiteral("CRASH-%1;Trata de personas %1;Trata;Cusco;;04/03/2024;08/03/2024;3;%2;Persona %3;"
                              "Quispe Mamani %3;%4;%5;Policía;Comisaría %1;%6;%7;%8;20\r\n")
                   .arg(training)
                   .arg(40'000'000 + i)
                   .arg(letters(i))
                   .arg(i % 2 ? s("Hombre") : s("Mujer"))
                   .arg(1960 + i % 40)
                   .arg(1 + i % 3)
                   .arg(8 + i % 7)
                   .arg(12 + i % 8)
                   .toUtf8();
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(csv) == csv.size());
    return path;
}

// The dump without ids: a roster import makes random ids, so two complete runs agree on
// everything but those.
QByteArray withoutIds(const QByteArray &dump)
{
    const QJsonObject tables = QJsonDocument::fromJson(dump).object();
    REQUIRE(!tables.isEmpty());
    QJsonObject out;
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        QStringList rows;
        for (const QJsonValue &v : t.value().toArray()) {
            QJsonObject row = v.toObject();
            for (const QString &key : row.keys()) {
                if (key == QLatin1String("id") || key.endsWith(QLatin1String("_id")) || key == QLatin1String("merged_into"))
                    row.remove(key);
            }
            rows << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        rows.sort();
        out.insert(t.key(), QJsonArray::fromStringList(rows));
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QString integrityCheck(const QString &path)
{
    const QString name = s("crash-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("PRAGMA integrity_check")));
        REQUIRE(q.next());
        result = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Puts the laptop's database back to `base` (a closed database, so a single file).
void resetTo(const Cli &cli, const QString &base)
{
    for (const char *suffix : { "-wal", "-shm" })
        QFile::remove(cli.dbPath() + QLatin1String(suffix));
    QDir(QDir(cli.dir()).filePath(s("backups"))).removeRecursively();
    copyFile(base, cli.dbPath());
}

// A closed copy of the laptop's database, to start every round from.
QString snapshot(const Cli &cli, const QString &name)
{
    REQUIRE(cli.run({ s("dump") }).code == 0); // the process ends: the WAL is folded in
    const QString path = QDir(cli.dir()).filePath(name);
    copyFile(cli.dbPath(), path);
    return path;
}

struct Kill
{
    bool finished = false; // the command ended before the kill came
    int code = -1;
};

// Starts capacita-cli and SIGKILLs it after `delayMs`, unless it ended before.
Kill runAndKill(const Cli &cli, const QStringList &args, int delayMs)
{
    QProcess process;
    process.setProcessEnvironment(const_cast<Cli &>(cli).environment());
    process.start(s(CAPACITA_CLI_PATH), QStringList { s("--db"), cli.dbPath() } + args);
    REQUIRE(process.waitForStarted());
    Kill k;
    if (process.waitForFinished(delayMs)) {
        k.finished = true;
        k.code = process.exitCode();
        return k;
    }
    process.kill();
    REQUIRE(process.waitForFinished(10'000));
    return k;
}

int timedRun(const Cli &cli, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    const CliResult r = cli.run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return int(t.elapsed());
}

bool noPartialBackups(const Cli &cli)
{
    return QDir(QDir(cli.dir()).filePath(s("backups"))).entryList({ s("*.part*") }, QDir::Files).isEmpty();
}

// Rounds until `budgetMs` is spent (at least `minRounds`), each killed at a random moment
// within the command's usual duration. `check` runs after every kill.
template<typename Check>
void killRepeatedly(const Cli &cli, const QString &base, const QStringList &args, int fullMs, qint64 budgetMs,
    int minRounds, std::mt19937 &random, Check check)
{
    std::uniform_int_distribution<int> delay(0, fullMs + fullMs / 5);
    QElapsedTimer spent;
    spent.start();
    int rounds = 0, killed = 0;
    while (rounds < minRounds || spent.elapsed() < budgetMs) {
        resetTo(cli, base);
        const int ms = delay(random);
        INFO("round " << rounds << ", killed after " << ms << " ms");
        const Kill k = runAndKill(cli, args, ms);
        if (!k.finished)
            ++killed;
        else
            CHECK(k.code == 0);
        CHECK(integrityCheck(cli.dbPath()) == s("ok"));
        check();
        ++rounds;
    }
    INFO("rounds: " << rounds << ", killed mid-run: " << killed);
    CHECK(rounds >= minRounds);
}

} // namespace

TEST_CASE("a roster import killed at random moments leaves the state before or after", "[cli][crash]")
{
    std::mt19937 random(kSeed);
    Cli cli;
    REQUIRE(cli.run({ s("init") }).code == 0);
    const QString roster = writeRoster(QDir(cli.dir()).filePath(s("roster.csv")), kRosterRows);
    const QString base = snapshot(cli, s("base.sqlite"));
    const QByteArray before = cli.dump();
    const QStringList import { s("import"), s("roster"), roster };
    const int fullMs = timedRun(cli, import);
    const QByteArray after = withoutIds(cli.dump());
    REQUIRE(after != withoutIds(before));

    killRepeatedly(cli, base, import, fullMs, 15'000, 3, random, [&] {
        const QByteArray now = cli.dump();
        CHECK((now == before || withoutIds(now) == after));
        // The next run works: it completes the import, or finds nothing left to do.
        const CliResult next = cli.run(import);
        INFO(next.err.toStdString());
        CHECK(next.code == 0);
        CHECK(withoutIds(cli.dump()) == after);
        CHECK(integrityCheck(cli.dbPath()) == s("ok"));
        CHECK(noPartialBackups(cli));
    });
}

TEST_CASE("a sync import killed at random moments leaves the state before or after", "[cli][crash]")
{
    std::mt19937 random(kSeed + 1);
    Cli source, cli;
    Stick stick;
    const QString join = stick.path(s("join.capacita-join"));
    createDataset(source, join);
    joinByFile(cli, join);
    REQUIRE(source.run({ s("import"), s("roster"), writeRoster(stick.path(s("roster.csv")), kRosterRows) }).code == 0);
    const QString package = stick.path(s("all.capacita"));
    exportPackage(source, package, { s("--full") });

    const QString base = snapshot(cli, s("base.sqlite"));
    const QByteArray before = cli.dump();
    const QStringList import { s("sync"), s("import"), package };
    const int fullMs = timedRun(cli, import);
    const QByteArray after = cli.dump();
    REQUIRE(after != before);

    killRepeatedly(cli, base, import, fullMs, 10'000, 3, random, [&] {
        const QByteArray now = cli.dump();
        CHECK((now == before || now == after));
        const CliResult next = cli.run(import);
        INFO(next.err.toStdString());
        CHECK(next.code == 0);
        CHECK(cli.dump() == after);
        CHECK(noPartialBackups(cli));
    });
}

TEST_CASE("a sync export killed at random moments leaves no partial package", "[cli][crash]")
{
    std::mt19937 random(kSeed + 2);
    Cli cli, receiver;
    Stick stick;
    const QString join = stick.path(s("join.capacita-join"));
    createDataset(cli, join);
    joinByFile(receiver, join);
    REQUIRE(cli.run({ s("import"), s("roster"), writeRoster(QDir(cli.dir()).filePath(s("roster.csv")), kRosterRows) }).code == 0);
    const QString base = snapshot(cli, s("base.sqlite"));
    const QString receiverBase = snapshot(receiver, s("receiver.sqlite"));
    const QByteArray before = cli.dump();

    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString package = QDir(out.path()).filePath(s("cusco.capacita"));
    const QStringList exportArgs { s("sync"), s("export"), s("--out"), package, s("--full") };
    const int fullMs = timedRun(cli, exportArgs);
    REQUIRE(cli.dump() == before); // an export changes no record

    // The folder holds the complete package or nothing: no temporary or partial file.
    auto requireWholeOrAbsent = [&] {
        const QStringList files = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
        CHECK((files.isEmpty() || files == QStringList { s("cusco.capacita") }));
        if (files.isEmpty())
            return;
        resetTo(receiver, receiverBase);
        const CliResult r = receiver.run({ s("sync"), s("import"), package, s("--dry-run") });
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
    };

    killRepeatedly(cli, base, exportArgs, fullMs, 8'000, 3, random, [&] {
        CHECK(cli.dump() == before);
        requireWholeOrAbsent();
        QFile::remove(package);
        const CliResult next = cli.run(exportArgs);
        INFO(next.err.toStdString());
        CHECK(next.code == 0);
        requireWholeOrAbsent();
        CHECK(QFile::exists(package));
        QFile::remove(package);
    });
}
