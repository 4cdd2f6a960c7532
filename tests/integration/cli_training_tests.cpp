// capacita-cli training and session: the records of an event and its days.
#include "clirunner.h"

#include <catch2/catch.hpp>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("training add then show with department sessions and participants then list", "[cli][training]")
{
    Cli cli;
    const QString id = cli.addTraining(s("CUS-2025-01"),
        { s("--ubigeo"), s("080101"), s("--topics"), s("TIP,gbv"), s("--completion"), s("0.75"), s("--venue"),
            s("Casa de la Mujer"), s("--planned-participants"), s("30"), s("--status"), s("ongoing") });
    const CliResult shown = cli.run({ s("training"), s("show"), id });
    REQUIRE(shown.code == 0);
    QJsonObject t = shown.object();
    CHECK(t.value(s("id")).toString() == id);
    CHECK(t.value(s("code")).toString() == s("CUS-2025-01"));
    CHECK(t.value(s("title")).toString() == s("Trata de personas: identificación"));
    CHECK(t.value(s("topics")).toArray() == QJsonArray { s("TIP"), s("GBV") });
    CHECK(t.value(s("ubigeo")).toString() == s("080101"));
    CHECK(t.value(s("department")).toString() == s("CUSCO"));
    CHECK(t.value(s("start_date")).toString() == s("2025-03-10"));
    CHECK(t.value(s("end_date")).toString() == s("2025-03-14"));
    CHECK(t.value(s("completion")).toDouble() == Approx(0.75));
    CHECK(t.value(s("completion_min_post")).isNull());
    CHECK(t.value(s("planned_participants")).toInt() == 30);
    CHECK(t.value(s("venue")).toString() == s("Casa de la Mujer"));
    CHECK(t.value(s("status")).toString() == s("ongoing"));
    CHECK(t.value(s("modality")).toString() == s("in_person"));
    CHECK(t.value(s("sessions")).toArray().isEmpty());
    CHECK(t.value(s("participants")).toArray().isEmpty());

    const QString session = cli.addSession(id, s("2025-03-12"));
    const QString person = cli.addParticipant();
    REQUIRE(cli.run({ s("enroll"), id, person }).code == 0);
    t = cli.run({ s("training"), s("show"), id }).object();
    const QJsonArray sessions = t.value(s("sessions")).toArray();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.at(0).toObject().value(s("id")).toString() == session);
    CHECK(sessions.at(0).toObject().value(s("date")).toString() == s("2025-03-12"));
    CHECK(t.value(s("participants")).toArray() == QJsonArray { person });

    const QString second = cli.addTraining(s("PUN-2025-02"));
    const QJsonArray all = cli.run({ s("training"), s("list") }).array();
    REQUIRE(all.size() == 2);
    QStringList ids;
    for (const QJsonValue &v : all)
        ids << v.toObject().value(s("id")).toString();
    CHECK(ids.contains(id));
    CHECK(ids.contains(second));
    CHECK(all.at(ids.indexOf(second)).toObject().value(s("department")).isNull());
}

TEST_CASE("training update changes only the given options and delete removes it", "[cli][training]")
{
    Cli cli;
    const QString id
        = cli.addTraining(s("CUS-2025-01"), { s("--ubigeo"), s("080101"), s("--completion-min-post"), s("11") });
    const CliResult updated = cli.run({ s("training"), s("update"), id, s("--title"), s("Nuevo título"), s("--end"),
        s("2025-03-20"), s("--completion-min-post"), s(""), s("--ubigeo"), s("") });
    INFO(updated.err.toStdString());
    REQUIRE(updated.code == 0);
    CHECK(updated.out.isEmpty());
    const QJsonObject t = cli.run({ s("training"), s("show"), id }).object();
    CHECK(t.value(s("title")).toString() == s("Nuevo título"));
    CHECK(t.value(s("code")).toString() == s("CUS-2025-01"));
    CHECK(t.value(s("start_date")).toString() == s("2025-03-10"));
    CHECK(t.value(s("end_date")).toString() == s("2025-03-20"));
    CHECK(t.value(s("completion_min_post")).isNull());
    CHECK(t.value(s("ubigeo")).isNull());
    CHECK(t.value(s("department")).isNull());

    const QString session = cli.addSession(id);
    REQUIRE(cli.run({ s("training"), s("delete"), id }).code == 0);
    CHECK(cli.run({ s("training"), s("show"), id }).code == 1);
    CHECK(cli.run({ s("session"), s("show"), session }).code == 1); // its sessions went with it
    CHECK(cli.run({ s("training"), s("list") }).array().isEmpty());
}

TEST_CASE("session add show update list and delete", "[cli][session]")
{
    Cli cli;
    const QString training = cli.addTraining();
    const CliResult added = cli.run({ s("session"), s("add"), training, s("--date"), s("2025-03-10"), s("--hours"),
        s("3.5"), s("--start-time"), s("09:00"), s("--topic"), s("Marco legal") });
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(isPrintedId(added.out));
    const QString id = added.outText();
    QJsonObject session = cli.run({ s("session"), s("show"), id }).object();
    CHECK(session.value(s("training_id")).toString() == training);
    CHECK(session.value(s("date")).toString() == s("2025-03-10"));
    CHECK(session.value(s("hours")).toDouble() == Approx(3.5));
    CHECK(session.value(s("start_time")).toString() == s("09:00"));
    CHECK(session.value(s("end_time")).isNull());
    CHECK(session.value(s("topic")).toString() == s("Marco legal"));

    REQUIRE(cli.run({ s("session"), s("update"), id, s("--hours"), s("4") }).code == 0);
    session = cli.run({ s("session"), s("show"), id }).object();
    CHECK(session.value(s("hours")).toDouble() == Approx(4.0));
    CHECK(session.value(s("date")).toString() == s("2025-03-10"));

    const QString other = cli.addSession(training, s("2025-03-14"));
    QJsonArray list = cli.run({ s("session"), s("list"), training }).array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(s("id")).toString() == id); // by date
    CHECK(list.at(1).toObject().value(s("id")).toString() == other);

    REQUIRE(cli.run({ s("session"), s("delete"), id }).code == 0);
    list = cli.run({ s("session"), s("list"), training }).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(s("id")).toString() == other);
}

TEST_CASE("training and session refusals leave the database unchanged", "[cli][training][session][refusal]")
{
    Cli cli;
    const QString training = cli.addTraining(s("CUS-2025-01"));
    const QString session = cli.addSession(training, s("2025-03-14"));
    const QStringList add { s("training"), s("add"), s("--code"), s("LOR-2025-01"), s("--title"), s("Taller") };
    const QStringList addDates = add + QStringList { s("--start"), s("2025-05-01"), s("--end"), s("2025-05-03") };
    requireRefusals(cli,
        {
            { add + QStringList { s("--start"), s("2025-02-30"), s("--end"), s("2025-03-03") }, 1, s("start") },
            { add + QStringList { s("--start"), s("2025-03-01"), s("--end"), s("2025-02-30") }, 1, s("end") },
            { add + QStringList { s("--start"), s("01/03/2025"), s("--end"), s("2025-03-03") }, 1, s("start") },
            { add + QStringList { s("--start"), s("2025-03-05"), s("--end"), s("2025-03-01") }, 1, s("end_date") },
            { addDates + QStringList { s("--topics"), s("TIP,XYZ") }, 1, s("topics") },
            { addDates + QStringList { s("--ubigeo"), s("999999") }, 1, s("ubigeo") },
            { addDates + QStringList { s("--status"), s("finished") }, 1, s("status") },
            { addDates + QStringList { s("--modality"), s("radio") }, 1, s("modality") },
            { addDates + QStringList { s("--completion"), s("abc") }, 1, s("completion") },
            { addDates + QStringList { s("--completion"), s("80") }, 1, s("completion") },
            { addDates + QStringList { s("--planned-participants"), s("2.5") }, 1, s("planned_participants") },
            { { s("training"), s("add"), s("--code"), s("CUS-2025-01"), s("--title"), s("Otra"), s("--start"),
                  s("2025-05-01"), s("--end"), s("2025-05-03") },
                1, s("code") },
            { add + QStringList { s("--start"), s("2025-05-01") }, 2, s("--end") },
            { { s("training"), s("add"), s("--code"), s("X"), s("--start"), s("2025-05-01"), s("--end"),
                  s("2025-05-03") },
                2, s("--title") },
            { addDates + QStringList { s("--colour"), s("red") }, 2, s("--colour") },
            { { s("training"), s("update"), s("no-such-id"), s("--title"), s("X") }, 1, s("id") },
            { { s("training"), s("update"), training, s("--end"), s("2025-03-13") }, 1,
                s("end_date") }, // session on the 14th
            { { s("training"), s("update"), training, s("--end"), s("2025-03-09") }, 1, s("end_date") },
            { { s("training"), s("delete"), s("no-such-id") }, 1, s("id") },
            { { s("session"), s("add"), training, s("--date"), s("2025-03-15") }, 1, s("date") },
            { { s("session"), s("add"), training, s("--date"), s("2025-03-09") }, 1, s("date") },
            { { s("session"), s("add"), training, s("--date"), s("2025-02-30") }, 1, s("date") },
            { { s("session"), s("add"), training, s("--date"), s("2025-03-11"), s("--hours"), s("three") }, 1,
                s("hours") },
            { { s("session"), s("add"), training, s("--date"), s("2025-03-11"), s("--hours"), s("25") }, 1,
                s("hours") },
            { { s("session"), s("add"), training, s("--date"), s("2025-03-11"), s("--start-time"), s("9am") }, 1,
                s("start_time") },
            { { s("session"), s("add"), s("no-such-id"), s("--date"), s("2025-03-11") }, 1, s("training_id") },
            { { s("session"), s("add"), training }, 2, s("--date") },
            { { s("session"), s("add"), s("--date"), s("2025-03-11") }, 2, s("usage") },
            { { s("session"), s("update"), session, s("--date"), s("2025-04-01") }, 1, s("date") },
            { { s("session"), s("delete"), s("no-such-id") }, 1, s("id") },
            { { s("session"), s("list"), s("no-such-id") }, 1, s("id") },
        });
}
