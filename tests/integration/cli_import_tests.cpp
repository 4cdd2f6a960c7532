// capacita-cli import roster, template roster, duplicates and participant merge/unmerge,
// through the real binary on the roster fixtures of tests/data/rosters.
#include "clirunner.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString roster(const char *name)
{
    return capacita::test::testDataPath(s("rosters/") + s(name));
}

CliResult importRoster(const Cli &cli, const QString &path, const QStringList &extra = {})
{
    return cli.run(QStringList { s("import"), s("roster"), path } + extra);
}

int count(const QJsonObject &summary, const char *key)
{
    REQUIRE(summary.contains(s(key)));
    return summary.value(s(key)).toInt(-1);
}

QStringList valuesOf(const QJsonArray &records, const char *key)
{
    QStringList values;
    for (const QJsonValue &v : records)
        values << v.toObject().value(s(key)).toString();
    return values;
}
} // namespace

TEST_CASE(
    "import roster of a Spanish CSV creates trainings and people and a second import changes nothing", "[cli][import]")
{
    Cli cli;
    const CliResult first = importRoster(cli, roster("cusco_bom_semicolon.csv"));
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const QJsonObject summary = first.object();
    CHECK(count(summary, "rows_read") == 4);
    CHECK(count(summary, "rows_imported") == 4);
    CHECK(summary.value(s("rejected_rows")).toArray().isEmpty());
    CHECK(count(summary, "trainings_created") == 2);
    CHECK(count(summary, "trainings_updated") == 0);
    CHECK(count(summary, "participants_created") == 4);
    CHECK(count(summary, "participants_matched") == 0);
    CHECK(summary.contains(s("probable_duplicates")));

    const QStringList codes = valuesOf(cli.run({ s("training"), s("list") }).array(), "code");
    CHECK(codes.size() == 2);
    CHECK(codes.contains(s("CUS-2024-01")));
    CHECK(codes.contains(s("PUN-2024-02")));
    const QStringList names = valuesOf(cli.run({ s("participant"), s("list") }).array(), "given_names");
    CHECK(names.size() == 4);
    CHECK(names.contains(s("María José")));
    CHECK(names.contains(s("Ana")));
    const QJsonArray people = cli.run({ s("participant"), s("list") }).array();
    CHECK(valuesOf(people, "dni").contains(s("04567890"))); // the leading zero survives

    const QByteArray before = cli.dump();
    const CliResult again = importRoster(cli, roster("cusco_bom_semicolon.csv"));
    INFO(again.err.toStdString());
    REQUIRE(again.code == 0);
    CHECK(count(again.object(), "trainings_created") == 0);
    CHECK(count(again.object(), "participants_created") == 0);
    CHECK(count(again.object(), "rows_imported") == 4);
    CHECK(cli.dump() == before);
}

TEST_CASE("import roster of an xlsx workbook imports its rows and again changes nothing", "[cli][import]")
{
    Cli cli;
    const CliResult first = importRoster(cli, roster("puno_xlsxwriter.xlsx"));
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const QJsonObject summary = first.object();
    CHECK(count(summary, "rows_read") == 2);
    CHECK(count(summary, "rows_imported") == 2);
    CHECK(count(summary, "trainings_created") == 1);
    CHECK(count(summary, "participants_created") == 2);
    CHECK(valuesOf(cli.run({ s("training"), s("list") }).array(), "code") == QStringList { s("PUN-2024-06") });
    const QStringList names = valuesOf(cli.run({ s("participant"), s("list") }).array(), "given_names");
    CHECK(names.size() == 2);
    CHECK(names.contains(s("Teófilo")));

    const QByteArray before = cli.dump();
    const CliResult again = importRoster(cli, roster("puno_xlsxwriter.xlsx"));
    REQUIRE(again.code == 0);
    CHECK(count(again.object(), "trainings_created") == 0);
    CHECK(count(again.object(), "participants_created") == 0);
    CHECK(cli.dump() == before);
}

TEST_CASE("import roster reads the sheet named by the sheet option", "[cli][import]")
{
    Cli cli;
    const QByteArray before = cli.dump();
    const QString workbook = roster("cusco_shared_inline_sparse.xlsx");
    const CliResult missing = importRoster(cli, workbook, { s("--sheet"), s("Hoja9") });
    CHECK(missing.code == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(s("Participantes")));
    // The second sheet is a summary, not a roster: its required columns are missing.
    const CliResult summarySheet = importRoster(cli, workbook, { s("--sheet"), s("Resumen") });
    CHECK(summarySheet.code == 1);
    CHECK(summarySheet.out.isEmpty());
    CHECK(cli.dump() == before);

    const CliResult named = importRoster(cli, workbook, { s("--sheet=Participantes") });
    INFO(named.err.toStdString());
    REQUIRE(named.code == 0);
    CHECK(count(named.object(), "trainings_created") == 1);
    CHECK(valuesOf(cli.run({ s("training"), s("list") }).array(), "code") == QStringList { s("CUS-2024-05") });
}

TEST_CASE("import roster refuses a file with rejected rows unless skip-invalid is given", "[cli][import]")
{
    Cli cli;
    REQUIRE(importRoster(cli, roster("cusco_bom_semicolon.csv")).code == 0);
    const QByteArray before = cli.dump();

    const CliResult refused = importRoster(cli, roster("madre_de_dios_rejects.csv"));
    CHECK(refused.code == 1);
    const QJsonObject summary = refused.object();
    CHECK(summary.value(s("refused")).toBool());
    CHECK(count(summary, "rows_read") == 9);
    CHECK(count(summary, "rows_imported") == 0);
    CHECK(count(summary, "trainings_created") == 0);
    CHECK(count(summary, "participants_created") == 0);
    const QJsonArray rejected = summary.value(s("rejected_rows")).toArray();
    REQUIRE(rejected.size() == 7);
    const QJsonObject dni = rejected.at(0).toObject();
    CHECK(dni.value(s("line")).toInt() == 4); // line 2 holds a quoted line break
    CHECK(dni.value(s("column")).toString() == s("dni"));
    CHECK_FALSE(dni.value(s("reason")).toString().isEmpty());
    for (const QJsonValue &row : rejected) {
        CHECK(row.toObject().value(s("line")).toInt() > 1);
        CHECK(row.toObject().contains(s("column")));
        CHECK_FALSE(row.toObject().value(s("reason")).toString().isEmpty());
    }
    CHECK(rejected.at(6).toObject().value(s("column")).toString() == s("start_date"));
    CHECK(cli.dump() == before);

    const CliResult skipped = importRoster(cli, roster("madre_de_dios_rejects.csv"), { s("--skip-invalid") });
    INFO(skipped.err.toStdString());
    REQUIRE(skipped.code == 0);
    CHECK(count(skipped.object(), "rows_imported") == 2);
    CHECK(count(skipped.object(), "trainings_created") == 1);
    CHECK(skipped.object().value(s("rejected_rows")).toArray().size() == 7);
    const QStringList codes = valuesOf(cli.run({ s("training"), s("list") }).array(), "code");
    CHECK(codes.contains(s("MDD-2024-03")));
    CHECK_FALSE(codes.contains(s("UCA-2024-02")));
    const QStringList names = valuesOf(cli.run({ s("participant"), s("list") }).array(), "given_names");
    CHECK(names.contains(s("Zoe")));
    CHECK(names.contains(s("Luis")));
    CHECK_FALSE(names.contains(s("Carla")));
}

TEST_CASE("import roster with dry-run reports the changes and stores nothing", "[cli][import]")
{
    Cli cli;
    const QByteArray before = cli.dump();
    const CliResult dry = importRoster(cli, roster("cusco_bom_semicolon.csv"), { s("--dry-run") });
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.object().value(s("dry_run")).toBool());
    CHECK(count(dry.object(), "trainings_created") == 2);
    CHECK(count(dry.object(), "participants_created") == 4);
    CHECK(cli.dump() == before);

    const CliResult dryRejects
        = importRoster(cli, roster("madre_de_dios_rejects.csv"), { s("--dry-run"), s("--skip-invalid") });
    REQUIRE(dryRejects.code == 0);
    CHECK(count(dryRejects.object(), "rows_imported") == 2);
    CHECK(cli.dump() == before);
}

TEST_CASE("template roster writes csv and xlsx templates that import as empty rosters", "[cli][import]")
{
    Cli cli;
    REQUIRE(importRoster(cli, roster("cusco_bom_semicolon.csv")).code == 0);
    const QByteArray before = cli.dump();
    for (const char *name : { "plantilla.csv", "plantilla.xlsx" }) {
        INFO(name);
        const QString path = cli.dir() + QLatin1Char('/') + s(name);
        const CliResult written = cli.run({ s("template"), s("roster"), s("--out"), path });
        INFO(written.err.toStdString());
        REQUIRE(written.code == 0);
        CHECK(written.object().value(s("written")).toString() == path);
        const QStringList headers = written.object().value(s("headers")).toVariant().toStringList();
        CHECK(headers.first() == s("codigo_capacitacion"));
        CHECK(headers.contains(s("anio_nacimiento")));
        REQUIRE(QFile::exists(path));

        const CliResult imported = importRoster(cli, path);
        INFO(imported.err.toStdString());
        REQUIRE(imported.code == 0);
        CHECK(count(imported.object(), "rows_read") == 0);
        CHECK(count(imported.object(), "rows_imported") == 0);
        CHECK(count(imported.object(), "trainings_created") == 0);
        CHECK(count(imported.object(), "participants_created") == 0);
        CHECK(cli.dump() == before);
    }
}

TEST_CASE("duplicates list finds two people with the same names and dismiss hides the pair", "[cli][duplicates]")
{
    Cli cli;
    const QString a = cli.addParticipant(s("Rosa"), s("Quispe Mamani"));
    const QString b = cli.addParticipant(s("ROSA"), s("Quispe  Mamani"));
    const QString other = cli.addParticipant(s("Juan"), s("Apaza Ticona"));

    const CliResult listed = cli.run({ s("duplicates"), s("list") });
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == 0);
    const QJsonObject found = listed.object();
    REQUIRE(found.value(s("count")).toInt() == 1);
    const QJsonObject pair = found.value(s("pairs")).toArray().at(0).toObject();
    const QStringList ids { pair.value(s("a")).toObject().value(s("id")).toString(),
        pair.value(s("b")).toObject().value(s("id")).toString() };
    CHECK(ids.contains(a));
    CHECK(ids.contains(b));
    CHECK(pair.contains(s("evidence")));

    const CliResult forOther = cli.run({ s("duplicates"), s("list"), s("--participant"), other });
    REQUIRE(forOther.code == 0);
    CHECK(forOther.object().value(s("count")).toInt() == 0);
    const CliResult forA = cli.run({ s("duplicates"), s("list"), s("--participant"), a });
    REQUIRE(forA.code == 0);
    CHECK(forA.object().value(s("count")).toInt() == 1);

    const CliResult dismissed = cli.run({ s("duplicates"), s("dismiss"), b, a });
    INFO(dismissed.err.toStdString());
    REQUIRE(dismissed.code == 0);
    CHECK(dismissed.object().value(s("dismissed")).toArray() == QJsonArray { b, a });
    CHECK(cli.run({ s("duplicates"), s("list") }).object().value(s("count")).toInt() == 0);
    CHECK(cli.run({ s("duplicates"), s("list"), s("--participant"), a }).object().value(s("count")).toInt() == 0);
}

TEST_CASE("import roster reports a new person whose names match someone without a birth year", "[cli][duplicates]")
{
    Cli cli;
    const QString known = cli.addParticipant(s("Juan"), s("Huaman Ccori"), { s("--sex"), s("M") });
    const CliResult imported = importRoster(cli, roster("cusco_bom_semicolon.csv"));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QJsonObject summary = imported.object();
    CHECK(count(summary, "participants_created") == 4); // never merged silently
    CHECK(count(summary, "probable_duplicates") == 1);
    const QJsonObject pair = summary.value(s("duplicate_pairs")).toArray().at(0).toObject();
    CHECK(pair.value(s("candidate_id")).toString() == known);
    const QString created = pair.value(s("participant_id")).toString();

    const QJsonObject listed = cli.run({ s("duplicates"), s("list"), s("--participant"), known }).object();
    REQUIRE(listed.value(s("count")).toInt() == 1);
    const QJsonObject found = listed.value(s("pairs")).toArray().at(0).toObject();
    const QStringList ids { found.value(s("a")).toObject().value(s("id")).toString(),
        found.value(s("b")).toObject().value(s("id")).toString() };
    CHECK(ids.contains(known));
    CHECK(ids.contains(created));
}

TEST_CASE("participant merge moves enrollments and unmerge restores the exact dump", "[cli][duplicates]")
{
    Cli cli;
    REQUIRE(importRoster(cli, roster("cusco_bom_semicolon.csv")).code == 0);
    const QJsonArray people = cli.run({ s("participant"), s("list") }).array();
    const QString ana
        = people.at(valuesOf(people, "given_names").indexOf(s("Ana"))).toObject().value(s("id")).toString();
    REQUIRE_FALSE(ana.isEmpty());
    const QString copy = cli.addParticipant(
        s("Ana"), s("Mamani Apaza"), { s("--phone"), s("984000111"), s("--institution"), s("Fiscalía Juliaca") });
    const QString training = cli.addTraining(s("ARE-2025-01"));
    REQUIRE(cli.run({ s("enroll"), training, copy }).code == 0);

    const QByteArray before = cli.dump();
    const CliResult merged = cli.run({ s("participant"), s("merge"), ana, copy, s("--take"), s("institution") });
    INFO(merged.err.toStdString());
    REQUIRE(merged.code == 0);
    const QJsonObject report = merged.object();
    CHECK(report.value(s("keep")).toString() == ana);
    CHECK(report.value(s("other")).toString() == copy);
    CHECK(report.value(s("moved")).toObject().value(s("enrollments")).toInt() == 1);
    const QStringList taken = report.value(s("fields_from_other")).toVariant().toStringList();
    CHECK(taken.contains(s("institution"))); // asked for, over KEEP's own value
    CHECK(taken.contains(s("phone"))); // KEEP had none
    CHECK(cli.dump() != before);
    const QJsonObject shown = cli.run({ s("participant"), s("show"), ana }).object();
    CHECK(shown.value(s("phone")).toString() == s("984000111"));
    CHECK(shown.value(s("institution")).toString() == s("Fiscalía Juliaca"));
    CHECK(shown.value(s("trainings")).toArray().contains(training));
    CHECK(cli.run({ s("participant"), s("show"), copy }).code == 1);

    const CliResult unmerged = cli.run({ s("participant"), s("unmerge"), copy });
    INFO(unmerged.err.toStdString());
    REQUIRE(unmerged.code == 0);
    CHECK_FALSE(unmerged.object().isEmpty());
    CHECK(cli.dump() == before);

    // Its merge undone, OTHER is no longer a merged record.
    const CliResult twice = cli.run({ s("participant"), s("unmerge"), copy });
    CHECK(twice.code == 1);
    CHECK(twice.out.isEmpty());
}

TEST_CASE("import duplicates and merge commands refuse unknown ids and missing arguments", "[cli][duplicates]")
{
    Cli cli;
    const QString a = cli.addParticipant(s("Rosa"), s("Quispe Mamani"));
    const QString b = cli.addParticipant(s("Rosa"), s("Quispe Mamani"));
    const QString unknown = s("00000000-0000-4000-8000-000000000000");
    requireRefusals(cli,
        {
            { { s("participant"), s("merge"), a, unknown }, 1, unknown },
            { { s("participant"), s("merge"), unknown, b }, 1, unknown },
            { { s("participant"), s("merge"), a, a }, 1, s("other") },
            { { s("participant"), s("merge"), a, b, s("--take"), s("nickname") }, 1, s("--take") },
            { { s("participant"), s("unmerge"), a }, 1, a },
            { { s("participant"), s("unmerge"), unknown }, 1, unknown },
            { { s("duplicates"), s("dismiss"), a, unknown }, 1, unknown },
            { { s("duplicates"), s("list"), s("--participant"), unknown }, 1, unknown },
            { { s("participant"), s("merge"), a }, 2, s("usage") },
            { { s("participant"), s("unmerge") }, 2, s("usage") },
            { { s("duplicates"), s("dismiss"), a }, 2, s("usage") },
            { { s("duplicates") }, 2, s("usage") },
            { { s("duplicates"), s("show") }, 2, s("show") },
            { { s("import") }, 2, s("usage") },
            { { s("import"), s("roster") }, 2, s("usage") },
            { { s("import"), s("roster"), roster("cusco_bom_semicolon.csv"), s("--sheet") }, 2, s("--sheet") },
            { { s("import"), s("roster"), roster("cusco_bom_semicolon.csv"), s("--fast") }, 2, s("--fast") },
            { { s("import"), s("table"), roster("cusco_bom_semicolon.csv") }, 2, s("table") },
            { { s("template"), s("roster") }, 2, s("--out") },
            { { s("template") }, 2, s("usage") },
            { { s("import"), s("roster"), cli.dir() + s("/no_such_file.csv") }, 4, s("no_such_file") },
            { { s("template"), s("roster"), s("--out"), cli.dir() + s("/no_such_dir/plantilla.csv") }, 4,
                s("plantilla.csv") },
        });
}
