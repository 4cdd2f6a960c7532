// capacita-cli participant: add, update, delete, list, show, and what each refuses.
#include "clirunner.h"

#include <catch2/catch.hpp>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("participant add prints an id and show and list return the fields", "[cli][participant]")
{
    Cli cli;
    const CliResult added = cli.run({ s("participant"), s("add"), s("--given-names"), s("Ñusta Killa"),
        s("--family-names"), s("Huamán Condori"), s("--sex"), s("F"), s("--dni"), s("01234567"), s("--birth-year"),
        s("1984"), s("--type"), s("police"), s("--institution"), s("PNP Iquitos"), s("--ubigeo"), s("160101"),
        s("--email"), s("nk@example.org"), s("--languages"), s("es,qu") });
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(isPrintedId(added.out));
    const QString id = added.outText();

    const CliResult shown = cli.run({ s("participant"), s("show"), id });
    REQUIRE(shown.code == 0);
    const QJsonObject p = shown.object();
    CHECK(p.value(s("id")).toString() == id);
    CHECK(p.value(s("given_names")).toString() == s("Ñusta Killa"));
    CHECK(p.value(s("family_names")).toString() == s("Huamán Condori"));
    CHECK(p.value(s("sex")).toString() == s("F"));
    CHECK(p.value(s("doc_type")).toString() == s("dni"));
    CHECK(p.value(s("dni")).toString() == s("01234567")); // leading zero kept
    CHECK(p.value(s("doc_number")).toString() == s("01234567"));
    CHECK(p.value(s("birth_year")).toInt() == 1984);
    CHECK(p.value(s("type")).toString() == s("police"));
    CHECK(p.value(s("institution")).toString() == s("PNP Iquitos"));
    CHECK(p.value(s("ubigeo")).toString() == s("160101"));
    CHECK(p.value(s("email")).toString() == s("nk@example.org"));
    CHECK(p.value(s("languages")).toString() == s("es,qu"));
    CHECK(p.value(s("phone")).isNull());

    const QString other = cli.addParticipant(s("Juan"), s("Apaza Ticona"));
    const CliResult listed = cli.run({ s("participant"), s("list") });
    REQUIRE(listed.code == 0);
    const QJsonArray all = listed.array();
    REQUIRE(all.size() == 2);
    QStringList ids;
    for (const QJsonValue &v : all)
        ids << v.toObject().value(s("id")).toString();
    CHECK(ids.contains(id));
    CHECK(ids.contains(other));
    // A person with no document or birth year shows nulls, not empty strings.
    const QJsonObject juan = all.at(ids.indexOf(other)).toObject();
    CHECK(juan.value(s("dni")).isNull());
    CHECK(juan.value(s("birth_year")).isNull());
    CHECK(juan.value(s("doc_type")).toString() == s("none"));
}

TEST_CASE("participant update changes only the given options and an empty value clears", "[cli][participant]")
{
    Cli cli;
    const QString id = cli.addParticipant(s("Rosa"), s("Quispe Mamani"),
        { s("--dni"), s("45678912"), s("--birth-year"), s("1990"), s("--institution"), s("DEMUNA Cusco"), s("--type"),
            s("community_leader") });
    const CliResult updated = cli.run({ s("participant"), s("update"), id, s("--institution"), s(""), s("--birth-year"),
        s(""), s("--type"), s("judge"), s("--phone"), s("984 123 456") });
    INFO(updated.err.toStdString());
    REQUIRE(updated.code == 0);
    CHECK(updated.out.isEmpty());

    const QJsonObject p = cli.run({ s("participant"), s("show"), id }).object();
    CHECK(p.value(s("given_names")).toString() == s("Rosa"));
    CHECK(p.value(s("family_names")).toString() == s("Quispe Mamani"));
    CHECK(p.value(s("dni")).toString() == s("45678912"));
    CHECK(p.value(s("type")).toString() == s("judge"));
    CHECK(p.value(s("phone")).toString() == s("984 123 456"));
    CHECK(p.value(s("institution")).isNull());
    CHECK(p.value(s("birth_year")).isNull());

    // Clearing the DNI leaves the person without a document.
    REQUIRE(cli.run({ s("participant"), s("update"), id, s("--dni"), s("") }).code == 0);
    const QJsonObject cleared = cli.run({ s("participant"), s("show"), id }).object();
    CHECK(cleared.value(s("dni")).isNull());
    CHECK(cleared.value(s("doc_type")).toString() == s("none"));
}

TEST_CASE("participant delete removes the person from list and show", "[cli][participant]")
{
    Cli cli;
    const QString keep = cli.addParticipant(s("Rosa"), s("Quispe Mamani"));
    const QString gone = cli.addParticipant(s("Juan"), s("Apaza Ticona"));
    const CliResult deleted = cli.run({ s("participant"), s("delete"), gone });
    REQUIRE(deleted.code == 0);
    CHECK(deleted.out.isEmpty());

    const QJsonArray all = cli.run({ s("participant"), s("list") }).array();
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).toObject().value(s("id")).toString() == keep);
    const CliResult show = cli.run({ s("participant"), s("show"), gone });
    CHECK(show.code == 1);
    CHECK(show.err.contains(gone));
    CHECK_FALSE(cli.dump().contains(gone.toUtf8()));
}

TEST_CASE("participant refusals leave the database unchanged", "[cli][participant][refusal]")
{
    Cli cli;
    const QString id = cli.addParticipant(s("Rosa"), s("Quispe Mamani"), { s("--dni"), s("45678912") });
    const QStringList add { s("participant"), s("add"), s("--given-names"), s("Ana"), s("--family-names"), s("Soto") };
    const QStringList addF = add + QStringList { s("--sex"), s("F") };
    requireRefusals(cli,
        {
            { addF + QStringList { s("--dni"), s("1234567") }, 1, s("dni") },
            { addF + QStringList { s("--dni"), s("1234567a") }, 1, s("dni") },
            { addF + QStringList { s("--dni"), s("45678912") }, 1, s("dni") }, // belongs to Rosa
            { add + QStringList { s("--sex"), s("female") }, 1, s("sex") },
            { addF + QStringList { s("--type"), s("astronaut") }, 1, s("type") },
            { addF + QStringList { s("--ubigeo"), s("999999") }, 1, s("ubigeo") },
            { addF + QStringList { s("--ubigeo"), s("Cusco") }, 1, s("ubigeo") },
            { addF + QStringList { s("--birth-year"), s("19x5") }, 1, s("birth_year") },
            { addF + QStringList { s("--birth-year"), s("1850") }, 1, s("birth_year") },
            { addF + QStringList { s("--email"), s("nobody") }, 1, s("email") },
            { addF + QStringList { s("--doc-type"), s("passport"), s("--doc-number"), s("X1") }, 1, s("doc_type") },
            { { s("participant"), s("add"), s("--given-names"), s(""), s("--family-names"), s("Soto"), s("--sex"),
                  s("F") },
                1, s("given_names") },
            { add, 2, s("--sex") },
            { addF + QStringList { s("--nickname"), s("Anita") }, 2, s("--nickname") },
            { addF + QStringList { s("--dni") }, 2, s("--dni") },
            { addF + QStringList { s("--dni"), s("12345678"), s("--doc-type"), s("ce") }, 2, s("--dni") },
            { addF + QStringList { s("extra") }, 2, s("usage") },
            { { s("participant"), s("update"), s("00000000-0000-4000-8000-000000000000"), s("--given-names"), s("X") },
                1, s("id") },
            { { s("participant"), s("update"), id, s("--dni"), s("123") }, 1, s("dni") },
            { { s("participant"), s("update"), id, s("--family-names"), s("") }, 1, s("family_names") },
            { { s("participant"), s("update"), id, s("--sex"), s("?") }, 1, s("sex") },
            { { s("participant"), s("update") }, 2, s("usage") },
            { { s("participant"), s("delete"), s("no-such-id") }, 1, s("id") },
            { { s("participant"), s("show"), s("no-such-id") }, 1, s("id") },
            { { s("participant"), s("list"), s("all") }, 2, s("usage") },
        });
}
