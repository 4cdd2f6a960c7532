// capacita-cli report and target: the donor figures, the people behind them, and targets.
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Two trainings of FY2025 and three people, worked out by hand:
//   CUS-1 Cusco TIP, sessions 03-11 03-12    Rosa  P P  pre 10 post 15 of 20 -> completed
//                                            Mario P A  (1/2 < 0.8)          -> not
//   PUN-1 Puno GBV,  session 03-11           Mario L                         -> completed
//                                            Kelly A                         -> not
// Rosa F 1990 judge DNI; Mario M (no birth year) police; Kelly F 2010 no type.
struct ReportCli
{
    Cli cli;
    QString rosa, mario, kelly;

    ReportCli()
    {
        const QString cus = cli.addTraining(s("CUS-1"), { s("--ubigeo"), s("080101"), s("--topics"), s("TIP") });
        const QString pun = cli.addTraining(s("PUN-1"), { s("--ubigeo"), s("210101"), s("--topics"), s("GBV") });
        const QString c1 = cli.addSession(cus, s("2025-03-11"));
        const QString c2 = cli.addSession(cus, s("2025-03-12"));
        const QString p1 = cli.addSession(pun, s("2025-03-11"));
        rosa = cli.addParticipant(s("Rosa"), s("Quispe Mamani"),
            { s("--birth-year"), s("1990"), s("--type"), s("judge"), s("--dni"), s("41234567") });
        mario = cli.addParticipant(s("Mario"), s("Huamán Ccori"), { s("--sex"), s("M"), s("--type"), s("police") });
        kelly = cli.addParticipant(s("Kelly"), s("Apaza Luque"), { s("--birth-year"), s("2010") });
        const QList<QStringList> steps {
            { s("enroll"), cus, rosa },
            { s("enroll"), cus, mario },
            { s("enroll"), pun, mario },
            { s("enroll"), pun, kelly },
            { s("attend"), c1, rosa, s("present") },
            { s("attend"), c2, rosa, s("present") },
            { s("attend"), c1, mario, s("present") },
            { s("attend"), c2, mario, s("absent") },
            { s("attend"), p1, mario, s("late") },
            { s("attend"), p1, kelly, s("absent") },
            { s("score"), cus, rosa, s("pre"), s("10") },
            { s("score"), cus, rosa, s("post"), s("15") },
        };
        for (const QStringList &step : steps) {
            const CliResult r = cli.run(step);
            INFO(step.join(u' ').toStdString() << ": " << r.err.toStdString());
            REQUIRE(r.code == 0);
        }
    }

    CliResult report(const QStringList &args) const { return cli.run(QStringList { s("report") } + args); }
};

} // namespace

TEST_CASE("report indicators prints the agreed JSON", "[cli][report]")
{
    ReportCli f;
    const CliResult r = f.report({ s("indicators"), s("--fy"), s("2025"), s("--format"), s("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject j = r.object();
    CHECK(j[s("period")][s("from")].toString() == s("2024-10-01"));
    CHECK(j[s("period")][s("to")].toString() == s("2025-09-30"));
    const QJsonObject ind = j[s("individuals_trained")].toObject();
    CHECK(ind[s("total")].toInt() == 2); // Rosa (CUS-1), Mario (PUN-1)
    CHECK(ind[s("by_sex")].toObject()
        == QJsonObject { { s("F"), 1 }, { s("M"), 1 }, { s("X"), 0 }, { s("unknown"), 0 } });
    // Rosa 2025 - 1990 = 35; Mario has no birth year.
    CHECK(ind[s("by_age_band")].toObject()
        == QJsonObject { { s("<18"), 0 }, { s("18-29"), 0 }, { s("30-44"), 1 }, { s("45-59"), 0 }, { s("60+"), 0 },
            { s("unknown"), 1 } });
    CHECK(ind[s("by_participant_type")][s("judge")].toInt() == 1);
    CHECK(ind[s("by_participant_type")][s("police")].toInt() == 1);
    CHECK(ind[s("by_participant_type")][s("unknown")].toInt(-1) == 0);
    CHECK(ind[s("by_department")][s("CUSCO")].toInt() == 1);
    CHECK(ind[s("by_department")][s("PUNO")].toInt() == 1);
    CHECK(ind[s("by_department")][s("LORETO")].toInt(-1) == 0);
    CHECK(ind[s("by_topic")].toObject()
        == QJsonObject { { s("TIP"), 1 }, { s("GBV"), 1 }, { s("CEFM"), 0 }, { s("other"), 0 } });
    CHECK(j[s("participations")].toObject() == QJsonObject { { s("total"), 4 }, { s("completed"), 2 } });
    CHECK(j[s("trainings")][s("total")].toInt() == 2);
    CHECK(j[s("trainings")][s("sessions")].toInt() == 3);
    // Attended: CUS-1 2 + 1 of 2 x 2, PUN-1 1 + 0 of 2 x 1 -> 4 / 6, at full precision.
    CHECK(j[s("attendance_rate")].toDouble() == 4.0 / 6.0);
    // Rosa only: 50% -> 75%.
    const QJsonObject a = j[s("assessment")].toObject();
    CHECK(a[s("paired")].toInt() == 1);
    CHECK(a[s("mean_pre_pct")].toDouble() == Approx(50));
    CHECK(a[s("mean_post_pct")].toDouble() == Approx(75));
    CHECK(a[s("mean_gain_points")].toDouble() == Approx(25));
    CHECK(a[s("improved_share")].toDouble() == Approx(1));
    CHECK(a[s("mean_normalized_gain")].toDouble() == Approx(0.5)); // 25 / (100 - 50)
    CHECK(j[s("data_quality")][s("participants_without_dni")].toInt() == 2); // Mario, Kelly
    CHECK(j[s("data_quality")][s("open_conflicts")].toInt() == 0);
    CHECK(j[s("data_quality")].toObject().contains(s("probable_duplicates")));
    CHECK(j[s("targets")].toArray().isEmpty());

    // Filters: Puno only has Mario; the type filter keeps judges only.
    const QJsonObject puno
        = f.report({ s("indicators"), s("--fy"), s("2025"), s("--department"), s("puno"), s("--format"), s("json") })
              .object();
    CHECK(puno[s("individuals_trained")][s("total")].toInt() == 1);
    CHECK(puno[s("trainings")][s("total")].toInt() == 1);
    const QJsonObject judges = f.report({ s("indicators"), s("--from"), s("2025-03-14"), s("--to"), s("2025-03-14"),
                                            s("--type"), s("judge"), s("--format"), s("json") })
                                   .object();
    CHECK(judges[s("individuals_trained")][s("total")].toInt() == 1);
    CHECK(judges[s("period")][s("from")].toString() == s("2025-03-14"));
    // FY2024 ended before these trainings.
    const QJsonObject fy24 = f.report({ s("indicators"), s("--fy"), s("2024"), s("--format"), s("json") }).object();
    CHECK(fy24[s("individuals_trained")][s("total")].toInt() == 0);
    CHECK(fy24[s("individuals_trained")][s("by_sex")][s("F")].toInt(-1) == 0);
    // Nobody has a consent date.
    const QJsonObject consented
        = f.report({ s("indicators"), s("--consented-only"), s("--format"), s("json") }).object();
    CHECK(consented[s("individuals_trained")][s("total")].toInt() == 0);
}

TEST_CASE("report participants lists the people of the total", "[cli][report]")
{
    ReportCli f;
    const CliResult people = f.report({ s("participants"), s("--fy"), s("2025"), s("--format"), s("json") });
    INFO(people.err.toStdString());
    REQUIRE(people.code == 0);
    const QJsonArray list = people.array();
    const QJsonObject totals = f.report({ s("indicators"), s("--fy"), s("2025"), s("--format"), s("json") }).object();
    CHECK(list.size() == totals[s("individuals_trained")][s("total")].toInt());
    REQUIRE(list.size() == 2);
    // Family-name order: Huamán Ccori, Quispe Mamani.
    CHECK(list.at(0)[s("id")].toString() == f.mario);
    CHECK(list.at(0)[s("trainings")].toArray() == QJsonArray { s("PUN-1") });
    CHECK(list.at(0)[s("departments")].toArray() == QJsonArray { s("PUNO") });
    CHECK(list.at(1)[s("doc_number")].toString() == s("41234567"));
    CHECK(list.at(1)[s("age_bands")].toArray() == QJsonArray { s("30-44") });

    const CliResult drill = f.report(
        { s("participants"), s("--fy"), s("2025"), s("--by"), s("sex"), s("--key"), s("F"), s("--format"), s("json") });
    REQUIRE(drill.code == 0);
    REQUIRE(drill.array().size() == 1);
    CHECK(drill.array().at(0)[s("id")].toString() == f.rosa);

    // CSV to stdout: UTF-8 with BOM, a header row, then one row per person.
    const CliResult csv = f.report({ s("participants"), s("--fy"), s("2025"), s("--format"), s("csv") });
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.out).trimmed().split(s("\r\n"));
    CHECK(lines.size() == 3);
    CHECK(lines.at(2).contains(s("Quispe Mamani")));
}

TEST_CASE("report writes files and refuses bad requests", "[cli][report]")
{
    ReportCli f;
    const QString csvPath = f.cli.dir() + s("/indicadores.csv");
    const CliResult csv
        = f.report({ s("indicators"), s("--fy"), s("2025"), s("--format"), s("csv"), s("--out"), csvPath });
    INFO(csv.err.toStdString());
    REQUIRE(csv.code == 0);
    CHECK(csv.out.isEmpty());
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("individuals_trained"));
    const QString jsonPath = f.cli.dir() + s("/indicadores.json");
    REQUIRE(f.report({ s("indicators"), s("--format"), s("json"), s("--out"), jsonPath }).code == 0);
    QFile json(jsonPath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(json.readAll()).object()[s("trainings")][s("total")].toInt() == 2);

    const QList<Refusal> cases {
        { { s("report"), s("indicators"), s("--fy"), s("2025") }, 2, s("--format") },
        { { s("report"), s("indicators"), s("--format"), s("xlsx") }, 2, s("--out") },
        { { s("report"), s("indicators"), s("--format"), s("pdf") }, 2, s("--out") },
        { { s("report"), s("indicators"), s("--format"), s("doc") }, 2, s("--format") },
        { { s("report"), s("participants"), s("--format"), s("pdf"), s("--out"), s("x.pdf") }, 2, s("--format") },
        { { s("report"), s("indicators"), s("--fy"), s("2025"), s("--from"), s("2025-01-01"), s("--format"),
              s("json") },
            2, s("--fy") },
        { { s("report"), s("summary") }, 2, s("summary") },
        { { s("report"), s("indicators"), s("--fy"), s("25"), s("--format"), s("json") }, 1, s("fy") },
        { { s("report"), s("indicators"), s("--from"), s("2025-13-01"), s("--format"), s("json") }, 1, s("from") },
        { { s("report"), s("indicators"), s("--from"), s("2025-05-01"), s("--to"), s("2025-04-01"), s("--format"),
              s("json") },
            1, s("to") },
        { { s("report"), s("indicators"), s("--department"), s("Atlantis"), s("--format"), s("json") }, 1,
            s("department") },
        { { s("report"), s("indicators"), s("--topic"), s("XYZ"), s("--format"), s("json") }, 1, s("topic") },
        { { s("report"), s("indicators"), s("--type"), s("astronaut"), s("--format"), s("json") }, 1, s("type") },
        { { s("report"), s("participants"), s("--by"), s("colour"), s("--key"), s("red"), s("--format"), s("json") }, 1,
            s("dimension") },
    };
    requireRefusals(f.cli, cases);
}

TEST_CASE("target set list and delete with actuals in the report", "[cli][report]")
{
    ReportCli f;
    const CliResult set = f.cli.run({ s("target"), s("set"), s("individuals_trained"), s("2025"), s("5") });
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    REQUIRE(isPrintedId(set.out));
    REQUIRE(
        f.cli.run({ s("target"), s("set"), s("individuals_trained"), s("FY2025"), s("3"), s("--type"), s("police") })
            .code
        == 0);
    REQUIRE(f.cli.run({ s("target"), s("set"), s("trainings"), s("FY2025-Q1"), s("4") }).code == 0);
    // Setting the same target again replaces its value.
    const CliResult again = f.cli.run({ s("target"), s("set"), s("individuals_trained"), s("fy2025"), s("6") });
    REQUIRE(again.code == 0);
    CHECK(again.out == set.out);

    const QJsonArray list = f.cli.run({ s("target"), s("list") }).array();
    REQUIRE(list.size() == 3);
    const QJsonObject targets = f.report({ s("indicators"), s("--fy"), s("2025"), s("--format"), s("json") }).object();
    const QJsonArray actuals = targets[s("targets")].toArray();
    REQUIRE(actuals.size() == 3);
    for (const QJsonValue &v : actuals) {
        const QJsonObject t = v.toObject();
        if (t[s("period")].toString() == s("FY2025-Q1")) {
            CHECK(t[s("actual")].isNull()); // not the report's period
        } else if (t[s("disaggregation")].toString() == s("type=police")) {
            CHECK(t[s("target")].toDouble() == 3);
            CHECK(t[s("actual")].toDouble() == 1); // Mario
        } else {
            CHECK(t[s("target")].toDouble() == 6);
            CHECK(t[s("actual")].toDouble() == 2); // Rosa, Mario
        }
    }
    // FY2025 Q2 (Jan-Mar 2025) holds both trainings: 2 trainings against a Q2 target.
    REQUIRE(f.cli.run({ s("target"), s("set"), s("trainings"), s("FY2025-Q2"), s("4") }).code == 0);
    const QJsonArray q2
        = f.report({ s("indicators"), s("--fy"), s("2025"), s("--quarter"), s("2"), s("--format"), s("json") })
              .object()[s("targets")]
              .toArray();
    bool seen = false;
    for (const QJsonValue &v : q2) {
        if (v[s("period")].toString() == s("FY2025-Q2")) {
            CHECK(v[s("actual")].toDouble() == 2);
            seen = true;
        }
    }
    CHECK(seen);

    const QString id = f.cli.run({ s("target"), s("set"), s("hours"), s("FY2026"), s("100") }).outText();
    REQUIRE(f.cli.run({ s("target"), s("delete"), id }).code == 0);
    CHECK(f.cli.run({ s("target"), s("list") }).array().size() == 4);

    const QList<Refusal> cases {
        { { s("target"), s("set"), s("smiles"), s("FY2025"), s("3") }, 1, s("indicator") },
        { { s("target"), s("set"), s("trainings"), s("next-year"), s("3") }, 1, s("period") },
        { { s("target"), s("set"), s("trainings"), s("FY2025"), s("many") }, 1, s("value") },
        { { s("target"), s("set"), s("trainings"), s("FY2025"), s("-2") }, 1, s("value") },
        { { s("target"), s("set"), s("trainings"), s("FY2025"), s("2"), s("--type"), s("astronaut") }, 1, s("type") },
        { { s("target"), s("set"), s("trainings"), s("FY2025") }, 2, s("target") },
        { { s("target"), s("delete"), id }, 1, s("id") },
        { { s("target"), s("fly") }, 2, s("fly") },
    };
    requireRefusals(f.cli, cases);
}
