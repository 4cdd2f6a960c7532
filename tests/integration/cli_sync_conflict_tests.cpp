// capacita-cli conflicts and participant purge: what two laptops do to one person.
#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace capacita::test;

namespace {

void run(const Cli &cli, const QStringList &args)
{
    const CliResult r = cli.run(args);
    INFO("capacita-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.code == 0);
}

QJsonArray conflictsOf(const Cli &cli, const QStringList &extra = {})
{
    const CliResult r = cli.run(QStringList { s("conflicts"), s("list") } + extra);
    REQUIRE(r.code == 0);
    return r.array();
}

QJsonObject conflictOn(const QJsonArray &all, const QString &field)
{
    for (const QJsonValue &v : all) {
        if (v.toObject().value(s("field")).toString() == field)
            return v.toObject();
    }
    FAIL("no conflict on " << field.toStdString());
    return {};
}

QString idText(const QJsonObject &conflict)
{
    return QString::number(conflict.value(s("id")).toInteger());
}

} // namespace

TEST_CASE("conflicts list and resolve keep local or remote and the kept value travels", "[cli][sync][conflicts]")
{
    Cli a, b;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    const QString rosa = a.addParticipant(s("Rosa"), s("Quispe Mamani"));
    importPackage(b, exportPackage(a, stick.path(s("a1"))).value(s("file")).toString());

    // Each laptop writes each field once; the later write of a field wins.
    run(a, { s("participant"), s("update"), rosa, s("--institution"), s("PNP Cusco") });
    run(b, { s("participant"), s("update"), rosa, s("--institution"), s("DEMUNA Cusco") });
    run(b, { s("participant"), s("update"), rosa, s("--phone"), s("984 222 222") });
    run(a, { s("participant"), s("update"), rosa, s("--phone"), s("984 111 111") });
    const QJsonObject b1 = exportPackage(b, stick.path(s("b1")));
    CHECK(importPackage(a, b1.value(s("file")).toString()).value(s("conflicts")).toInt() == 2);

    const QJsonArray open = conflictsOf(a);
    REQUIRE(open.size() == 2);
    const QJsonObject institution = conflictOn(open, s("institution"));
    CHECK(institution.value(s("table")).toString() == s("participant"));
    CHECK(institution.value(s("row_id")).toString() == rosa);
    CHECK(institution.value(s("local_value")).toString() == s("PNP Cusco"));
    CHECK(institution.value(s("remote_value")).toString() == s("DEMUNA Cusco"));
    CHECK(institution.value(s("local_site")).toString() == siteOf(a));
    CHECK(institution.value(s("remote_site")).toString() == siteOf(b));
    CHECK(institution.value(s("local_hlc")).toString() != institution.value(s("remote_hlc")).toString());
    CHECK(institution.value(s("winner")).toString() == s("remote"));
    CHECK(institution.value(s("package_id")) == b1.value(s("package_id")));
    CHECK(institution.value(s("at")).toInteger() > 0);
    CHECK(institution.value(s("resolved")) == QJsonValue(false));
    const QJsonObject phone = conflictOn(open, s("phone"));
    CHECK(phone.value(s("winner")).toString() == s("local"));
    CHECK(phone.value(s("local_value")).toString() == s("984 111 111"));

    const QJsonObject merged = a.run({ s("participant"), s("show"), rosa }).object();
    CHECK(merged.value(s("institution")).toString() == s("DEMUNA Cusco"));
    CHECK(merged.value(s("phone")).toString() == s("984 111 111"));

    const QList<Refusal> refusals {
        { { s("conflicts"), s("resolve"), idText(phone), s("--keep"), s("both") }, 1, s("--keep") },
        { { s("conflicts"), s("resolve"), s("abc"), s("--keep"), s("local") }, 1, s("id") },
        { { s("conflicts"), s("resolve"), s("999999"), s("--keep"), s("local") }, 1, s("999999") },
        { { s("conflicts"), s("resolve"), idText(phone) }, 2, s("--keep") },
        { { s("conflicts"), s("list"), s("extra") }, 2, s("usage") },
        { { s("conflicts") }, 2, s("usage") },
    };
    requireRefusals(a, refusals);

    run(a, { s("conflicts"), s("resolve"), idText(institution), s("--keep"), s("local") });
    run(a, { s("conflicts"), s("resolve"), idText(phone), s("--keep"), s("remote") });
    const QJsonObject kept = a.run({ s("participant"), s("show"), rosa }).object();
    CHECK(kept.value(s("institution")).toString() == s("PNP Cusco"));
    CHECK(kept.value(s("phone")).toString() == s("984 222 222"));
    CHECK(conflictsOf(a).isEmpty());
    const QJsonArray all = conflictsOf(a, { s("--all") });
    REQUIRE(all.size() == 2);
    for (const QJsonValue &v : all)
        CHECK(v.toObject().value(s("resolved")) == QJsonValue(true));
    const CliResult again = a.run({ s("conflicts"), s("resolve"), idText(phone), s("--keep"), s("local") });
    CHECK(again.code == 1);

    // The kept values are new edits: they reach b and win there.
    importPackage(b, exportPackage(a, stick.path(s("a2"))).value(s("file")).toString());
    const QJsonObject onB = b.run({ s("participant"), s("show"), rosa }).object();
    CHECK(onB.value(s("institution")).toString() == s("PNP Cusco"));
    CHECK(onB.value(s("phone")).toString() == s("984 222 222"));
    CHECK(conflictsOf(b).isEmpty());
    CHECK(b.dump() == a.dump());
}

TEST_CASE("participant purge erases the person on every laptop", "[cli][sync][purge]")
{
    Cli a, b, c;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    joinByFile(c, stick.path(s("join")));
    const QString training = a.addTraining();
    const QString session = a.addSession(training);
    const QString rosa = a.addParticipant(s("Rosa Amaru"), s("Yupanqui Ccori"),
        { s("--dni"), s("73918264"), s("--email"), s("rosa.yupanqui@example.pe"), s("--phone"), s("984 765 432") });
    const QString juan = a.addParticipant(s("Juan"), s("Apaza Ticona"));
    run(a, { s("enroll"), training, rosa });
    run(a, { s("attend"), session, rosa, s("present") });
    run(a, { s("score"), training, rosa, s("post"), s("17") });
    run(a, { s("enroll"), training, juan });
    exchangeAll({ &a, &b, &c }, stick, s("r1-"));
    const QStringList personal { s("Rosa Amaru"), s("Yupanqui"), s("73918264"), s("rosa.yupanqui"), s("984 765 432") };
    for (const QString &text : personal)
        REQUIRE(c.dump().contains(text.toUtf8()));

    // b edits her while a erases her: the edit must not bring her back.
    run(b, { s("participant"), s("update"), rosa, s("--institution"), s("DEMUNA Cusco") });
    const QList<Refusal> refusals {
        { { s("participant"), s("purge"), s("00000000-0000-0000-0000-000000000000") }, 1, s("id") },
        { { s("participant"), s("purge") }, 2, s("usage") },
    };
    requireRefusals(a, refusals);
    run(a, { s("participant"), s("purge"), rosa });
    CHECK(a.run({ s("participant"), s("show"), rosa }).code == 1);

    exchangeAll({ &a, &b, &c }, stick, s("r2-"));
    const QByteArray dump = a.dump();
    CHECK(b.dump() == dump);
    CHECK(c.dump() == dump);
    for (const Cli *laptop : { &a, &b, &c }) {
        const QByteArray mine = laptop->dump();
        for (const QString &text : personal) {
            INFO(text.toStdString());
            CHECK_FALSE(mine.contains(text.toUtf8()));
        }
        CHECK_FALSE(mine.contains("DEMUNA Cusco"));
        const CliResult update = laptop->run({ s("participant"), s("update"), rosa, s("--phone"), s("900 000 000") });
        CHECK(update.code == 1);
    }
    // Her attendance, score and enrollment went with her; Juan's enrollment stayed.
    const QJsonObject tables = QJsonDocument::fromJson(dump).object();
    CHECK(tables.value(s("attendance")).toArray().isEmpty());
    CHECK(tables.value(s("assessment_score")).toArray().isEmpty());
    CHECK(tables.value(s("participant")).toArray().size() == 1);
    CHECK(tables.value(s("enrollment")).toArray().size() == 1);
    CHECK(b.run({ s("participant"), s("show"), juan }).code == 0);
}
