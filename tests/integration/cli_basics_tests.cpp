// capacita-cli as a program: version, help, choosing the database, usage errors, lookups.
#include "clirunner.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace capacita::test;
using capacita::Database;

TEST_CASE("version and help answer without a database", "[cli]")
{
    Cli cli;
    const CliResult version = cli.runRaw({ QStringLiteral("--version") });
    CHECK(version.code == 0);
    CHECK(version.outText() == QStringLiteral("capacita-cli " CAPACITA_VERSION));

    const CliResult help = cli.runRaw({ QStringLiteral("--help") });
    CHECK(help.code == 0);
    const QString text = QString::fromUtf8(help.out);
    for (const char *word : { "init", "participant add", "training add", "session add", "enroll", "attend", "score",
             "dump", "CAPACITA_DB", "Exit codes", "  4  " })
        CHECK(text.contains(QLatin1String(word)));
    // Neither may create the default database.
    CHECK_FALSE(QDir(cli.dir() + QStringLiteral("/xdg-data")).exists());
}

TEST_CASE("init creates the database and is idempotent", "[cli]")
{
    Cli cli;
    REQUIRE_FALSE(QFileInfo::exists(cli.dbPath()));
    const CliResult first = cli.run({ QStringLiteral("init") });
    REQUIRE(first.code == 0);
    REQUIRE(QFileInfo::exists(cli.dbPath()));
    const QJsonObject info = first.object();
    CHECK(info.value(QStringLiteral("database")).toString() == QFileInfo(cli.dbPath()).absoluteFilePath());
    CHECK(info.value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    const QString siteId = info.value(QStringLiteral("site_id")).toString();
    CHECK(siteId.size() == 36);

    const QByteArray dumpBefore = cli.dump();
    const CliResult second = cli.run({ QStringLiteral("init") });
    REQUIRE(second.code == 0);
    CHECK(second.object().value(QStringLiteral("site_id")).toString() == siteId);
    CHECK(cli.dump() == dumpBefore);
}

TEST_CASE("the database comes from the db option else CAPACITA_DB else the default path", "[cli]")
{
    Cli cli;
    SECTION("CAPACITA_DB")
    {
        const QString envPath = cli.dir() + QStringLiteral("/from-env.sqlite");
        cli.environment().insert(QStringLiteral("CAPACITA_DB"), envPath);
        const CliResult r = cli.runRaw({ QStringLiteral("init") });
        REQUIRE(r.code == 0);
        CHECK(r.object().value(QStringLiteral("database")).toString() == envPath);
        CHECK(QFileInfo::exists(envPath));

        // --db wins over the environment.
        const CliResult explicitDb = cli.run({ QStringLiteral("init") });
        REQUIRE(explicitDb.code == 0);
        CHECK(explicitDb.object().value(QStringLiteral("database")).toString() == cli.dbPath());
    }
    SECTION("default path under the user's data folder")
    {
        const CliResult r = cli.runRaw({ QStringLiteral("init") });
        REQUIRE(r.code == 0);
        const QString path = r.object().value(QStringLiteral("database")).toString();
        CHECK(path == cli.dir() + QStringLiteral("/xdg-data/Capacita/capacita/capacita.sqlite"));
        CHECK(QFileInfo::exists(path));
    }
    SECTION("--db after the command, and --db=PATH")
    {
        const CliResult after = cli.runRaw({ QStringLiteral("init"), QStringLiteral("--db"), cli.dbPath() });
        REQUIRE(after.code == 0);
        CHECK(after.object().value(QStringLiteral("database")).toString() == cli.dbPath());
        const CliResult inlineForm = cli.runRaw({ QStringLiteral("--db=") + cli.dbPath(), QStringLiteral("init") });
        REQUIRE(inlineForm.code == 0);
        CHECK(inlineForm.object().value(QStringLiteral("database")).toString() == cli.dbPath());
    }
}

TEST_CASE("usage errors exit 2 with a hint and touch nothing", "[cli]")
{
    Cli cli;
    struct Case
    {
        QStringList args;
        QString names;
    };
    const QList<Case> cases {
        { {}, QStringLiteral("command") },
        { { QStringLiteral("--db"), cli.dbPath(), QStringLiteral("frobnicate") }, QStringLiteral("frobnicate") },
        { { QStringLiteral("--verbose"), QStringLiteral("init") }, QStringLiteral("--verbose") },
        { { QStringLiteral("--db") }, QStringLiteral("--db") },
        { { QStringLiteral("--db"), cli.dbPath(), QStringLiteral("participant") }, QStringLiteral("action") },
        { { QStringLiteral("--db"), cli.dbPath(), QStringLiteral("participant"), QStringLiteral("rename") },
            QStringLiteral("rename") },
        { { QStringLiteral("--db"), cli.dbPath(), QStringLiteral("init"), QStringLiteral("extra") },
            QStringLiteral("init") },
    };
    for (const Case &c : cases) {
        const CliResult r = cli.runRaw(c.args);
        INFO("capacita-cli " << c.args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(c.names));
        CHECK(r.err.contains(QStringLiteral("usage:")));
        CHECK(r.out.isEmpty());
    }
    // Usage errors are found before the database is opened, so none was created.
    CHECK_FALSE(QFileInfo::exists(cli.dbPath()));
}

TEST_CASE("help after a command prints its synopsis", "[cli]")
{
    Cli cli;
    const CliResult r = cli.run({ QStringLiteral("score"), QStringLiteral("--help") });
    CHECK(r.code == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("pre|post SCORE")));
    CHECK_FALSE(QFileInfo::exists(cli.dbPath()));
}

TEST_CASE("reference lookups for types topics and districts", "[cli]")
{
    Cli cli;
    const CliResult types = cli.run({ QStringLiteral("types") });
    REQUIRE(types.code == 0);
    QStringList typeCodes;
    for (const QJsonValue &v : types.array())
        typeCodes << v.toObject().value(QStringLiteral("code")).toString();
    for (const char *code : { "judge", "prosecutor", "public_attorney", "public_defender", "justice_staff", "police",
             "shelter_provider", "community_leader", "health_worker", "educator", "local_official", "other" })
        CHECK(typeCodes.contains(QLatin1String(code)));

    const CliResult topics = cli.run({ QStringLiteral("topics") });
    REQUIRE(topics.code == 0);
    QStringList topicCodes;
    for (const QJsonValue &v : topics.array()) {
        topicCodes << v.toObject().value(QStringLiteral("code")).toString();
        CHECK_FALSE(v.toObject().value(QStringLiteral("label_es")).toString().isEmpty());
    }
    topicCodes.sort();
    CHECK(topicCodes
        == QStringList {
            QStringLiteral("CEFM"), QStringLiteral("GBV"), QStringLiteral("TIP"), QStringLiteral("other") });

    const CliResult all = cli.run({ QStringLiteral("districts") });
    REQUIRE(all.code == 0);
    CHECK(all.array().size() > 1800);

    // Department names match without regard to case or accents.
    const CliResult madre
        = cli.run({ QStringLiteral("districts"), QStringLiteral("--department"), QStringLiteral("Madre de Dios") });
    REQUIRE(madre.code == 0);
    const QJsonArray madreRows = madre.array();
    REQUIRE(madreRows.size() == 11);
    for (const QJsonValue &v : madreRows)
        CHECK(v.toObject().value(QStringLiteral("department")).toString() == QStringLiteral("MADRE DE DIOS"));
    const CliResult apurimac
        = cli.run({ QStringLiteral("districts"), QStringLiteral("--department"), QStringLiteral("Apurímac") });
    REQUIRE(apurimac.code == 0);
    CHECK(apurimac.array().size() > 10);

    requireRefusals(cli,
        { { { QStringLiteral("districts"), QStringLiteral("--department"), QStringLiteral("Atlantis") }, 1,
            QStringLiteral("department") } });
}

TEST_CASE("a database path that cannot be made is an IO failure with exit 4", "[cli]")
{
    Cli cli;
    // The parent "folder" is a regular file, so the database cannot be created there.
    const QString blocker = cli.dir() + QStringLiteral("/not-a-folder");
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const CliResult r
        = cli.runRaw({ QStringLiteral("--db"), blocker + QStringLiteral("/capacita.sqlite"), QStringLiteral("init") });
    CHECK(r.code == 4);
    CHECK(r.err.contains(blocker));
    CHECK(r.out.isEmpty());

    // A folder given as the database is not a Capacita database: refused.
    const CliResult folder = cli.runRaw({ QStringLiteral("--db"), cli.dir(), QStringLiteral("init") });
    CHECK(folder.code == 3);
}
