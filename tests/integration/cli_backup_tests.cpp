#include "clirunner.h"
#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace capacita::test;

namespace {

QString backupsDir(const Cli &cli)
{
    return QDir(cli.dir()).filePath(s("backups"));
}

QJsonArray listBackups(const Cli &cli)
{
    const CliResult r = cli.run({ s("backup"), s("list") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.array();
}

QStringList reasons(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &b : list)
        out << b.toObject().value(s("reason")).toString();
    return out;
}

// Overwrites three pages in the middle of the file, as a failing disk might.
void damageMiddle(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(f.size() / 2));
    REQUIRE(f.write(QByteArray(3 * 4096, '\xA5')) == 3 * 4096);
}

} // namespace

TEST_CASE("backup create and list print the backups as JSON", "[cli][backup]")
{
    Cli cli;
    cli.addParticipant();
    const CliResult made = cli.run({ s("backup"), s("create") });
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const QJsonObject b = made.object();
    const QString path = b.value(s("path")).toString();
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(backupsDir(cli)).absoluteFilePath());
    CHECK(QFileInfo(path).fileName().startsWith(s("capacita-")));
    CHECK(QFileInfo(path).fileName().endsWith(s("-manual.sqlite")));
    CHECK(b.value(s("reason")).toString() == s("manual"));
    CHECK(b.value(s("size")).toInteger() == QFileInfo(path).size());
    CHECK(QDateTime::fromString(b.value(s("created")).toString(), Qt::ISODate).isValid());
    CHECK(isPrivateFile(path));

    const QJsonArray list = listBackups(cli);
    REQUIRE(!list.isEmpty());
    CHECK(list.first().toObject() == b); // newest first
    for (const QJsonValue &v : list) {
        for (const char *key : { "path", "created", "reason", "size" })
            CHECK(v.toObject().contains(s(key)));
    }
}

TEST_CASE("backup restore --latest brings back the newest backup and keeps the current file", "[cli][backup]")
{
    Cli cli;
    cli.addParticipant(s("Rosa"));
    REQUIRE(cli.run({ s("backup"), s("create") }).code == 0);
    const QByteArray atBackup = cli.dump();
    cli.addParticipant(s("Juana"), s("Huamán Ccori"));
    const QByteArray later = cli.dump();
    REQUIRE(later != atBackup);

    const CliResult r = cli.run({ s("backup"), s("restore"), s("--latest") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(s("restored")).toObject().value(s("reason")).toString() == s("manual"));
    CHECK(cli.dump() == atBackup);
    // The replaced state is a backup too: restoring it undoes the restore.
    const QString kept = o.value(s("kept")).toString();
    CHECK(kept.endsWith(s("-restore.sqlite")));
    REQUIRE(cli.run({ s("backup"), s("restore"), kept }).code == 0);
    CHECK(cli.dump() == later);
}

TEST_CASE("backup restore refuses what is not a Capacita backup and changes nothing", "[cli][backup]")
{
    Cli cli;
    cli.addParticipant();
    const QByteArray before = cli.dump();
    Stick stick;
    const QString text = stick.write(s("notes.sqlite"), "nombres;apellidos\nRosa;Quispe\n");
    CliResult r = cli.run({ s("backup"), s("restore"), text });
    CHECK(r.code == 3);
    CHECK(r.err.contains(s("not a Capacita database")));
    r = cli.run({ s("backup"), s("restore"), stick.path(s("missing.sqlite")) });
    CHECK(r.code == 1);
    r = cli.run({ s("backup"), s("restore") });
    CHECK(r.code == 2);
    r = cli.run({ s("backup"), s("restore"), text, s("--latest") });
    CHECK(r.code == 2);
    r = cli.run({ s("backup"), s("shred") });
    CHECK(r.code == 2);
    CHECK(cli.dump() == before);
}

TEST_CASE("backup restore --latest with no backups is refused", "[cli][backup]")
{
    Cli cli;
    REQUIRE(cli.run({ s("init") }).code == 0);
    const CliResult r = cli.run({ s("backup"), s("restore"), s("--latest") });
    CHECK(r.code == 3);
    CHECK(r.err.contains(s("no usable backup")));
}

TEST_CASE("a damaged database is reported with exit 4 and restored from the newest good backup", "[cli][backup]")
{
    Cli cli;
    for (int i = 0; i < 30; ++i)
        cli.addParticipant(s("Persona %1").arg(i), s("Quispe Mamani"), { s("--dni"), s("4%1").arg(i, 7, 10, QLatin1Char('0')) });
    REQUIRE(cli.run({ s("backup"), s("create") }).code == 0);
    const QByteArray good = cli.dump();
    damageMiddle(cli.dbPath());

    const CliResult r = cli.run({ s("participant"), s("list") });
    CHECK(r.code == 4);
    CHECK(r.err.contains(s("damaged")));
    CHECK(r.err.contains(s("backup restore --latest")));
    CHECK(r.out.isEmpty());

    // list works without opening the damaged file; restore keeps it, byte for byte.
    REQUIRE(!listBackups(cli).isEmpty());
    const CliResult restored = cli.run({ s("backup"), s("restore"), s("--latest") });
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.object().value(s("kept")).toString().endsWith(s("-damaged.sqlite")));
    CHECK(cli.dump() == good);
    CHECK(reasons(listBackups(cli)).contains(s("damaged")));
}

TEST_CASE("roster and sync imports make a backup first and dry runs do not", "[cli][backup]")
{
    Cli cli;
    REQUIRE(cli.run({ s("init") }).code == 0);
    const QString roster = s(CAPACITA_TEST_DATA "/rosters/cusco_bom_semicolon.csv");
    REQUIRE(cli.run({ s("import"), s("roster"), roster, s("--dry-run") }).code == 0);
    CHECK(!reasons(listBackups(cli)).contains(s("import")));
    REQUIRE(cli.run({ s("import"), s("roster"), roster }).code == 0);
    CHECK(reasons(listBackups(cli)).count(s("import")) == 1);

    Cli other;
    Stick stick;
    createDataset(cli, stick.path(s("join.capacita-join")));
    joinByFile(other, stick.path(s("join.capacita-join")));
    exportPackage(cli, stick.path(s("a.capacita")));
    importPackage(other, stick.path(s("a.capacita")), { s("--dry-run") });
    CHECK(!reasons(listBackups(other)).contains(s("sync")));
    importPackage(other, stick.path(s("a.capacita")));
    CHECK(reasons(listBackups(other)).count(s("sync")) == 1);
}
