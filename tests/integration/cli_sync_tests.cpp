// capacita-cli dataset, device and sync: laptops join one dataset, exchange packages both
// ways and end with byte-identical dumps whatever the order.
#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonDocument>

using namespace capacita::test;

namespace {

const QByteArray kPassphrase = "sal de Maras y papa nativa\n";

void init(const Cli &cli)
{
    REQUIRE(cli.run({ s("init") }).code == 0);
}

QJsonArray devicesOf(const Cli &cli)
{
    const CliResult r = cli.run({ s("device"), s("list") });
    REQUIRE(r.code == 0);
    return r.array();
}

QJsonObject participantOf(const Cli &cli, const QString &id)
{
    const CliResult r = cli.run({ s("participant"), s("show"), id });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

void run(const Cli &cli, const QStringList &args)
{
    const CliResult r = cli.run(args);
    INFO("capacita-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE("dataset create and join by file or passphrase put laptops in one dataset", "[cli][sync]")
{
    Cli a, b, c;
    for (const Cli *laptop : { &a, &b, &c })
        init(*laptop);
    Stick stick;
    const QString passphrase = stick.passphraseFile(kPassphrase);
    const QString joinFile = stick.path(s("cusco.join"));
    const QString id = createDataset(a, joinFile, { s("--passphrase-file"), passphrase });
    CHECK(isPrivateFile(joinFile));
    joinByFile(b, joinFile);
    joinByPassphrase(c, passphrase, id);

    QStringList sites;
    for (const Cli *laptop : { &a, &b, &c }) {
        const QJsonObject shown = laptop->run({ s("dataset"), s("show") }).object();
        CHECK(shown.value(s("dataset_id")).toString() == id);
        CHECK(shown.value(s("joined")).toBool());
        CHECK(!shown.value(s("device_name")).toString().isEmpty());
        sites.append(shown.value(s("site_id")).toString());
        // Until packages travel, each laptop knows only itself.
        const QJsonArray devices = devicesOf(*laptop);
        REQUIRE(devices.size() == 1);
        CHECK(devices.at(0).toObject().value(s("this_device")).toBool());
        CHECK(
            QByteArray::fromBase64(devices.at(0).toObject().value(s("public_key")).toString().toLatin1()).size() == 32);
    }
    CHECK(sites.removeDuplicates() == 0);
    CHECK(b.run({ s("dataset"), s("show") }).object().value(s("name")).toString() == s("Cusco 2025"));

    run(b, { s("device"), s("rename"), s("Laptop Ayacucho") });
    CHECK(b.run({ s("dataset"), s("show") }).object().value(s("device_name")).toString() == s("Laptop Ayacucho"));

    exchangeAll({ &a, &b, &c }, stick, s("join"));
    for (const Cli *laptop : { &a, &b, &c }) {
        const QJsonArray devices = devicesOf(*laptop);
        REQUIRE(devices.size() == 3);
        int mine = 0;
        for (const QJsonValue &v : devices) {
            const QJsonObject d = v.toObject();
            CHECK(sites.contains(d.value(s("site_id")).toString()));
            CHECK_FALSE(d.value(s("revoked")).toBool());
            CHECK(d.value(s("revoked_at")).isNull());
            if (d.value(s("site_id")).toString() == sites.at(1))
                CHECK(d.value(s("name")).toString() == s("Laptop Ayacucho"));
            mine += d.value(s("this_device")).toBool() ? 1 : 0;
        }
        CHECK(mine == 1);
    }
}

TEST_CASE("joining refuses short or missing passphrases and foreign join files", "[cli][sync][refusal]")
{
    Stick stick;
    const QString shortPass = stick.passphraseFile("abcdefghijk\n", s("short.txt")); // 11 characters
    const QString missing = stick.path(s("missing.txt"));
    const QString id = s("7a0c6f0e-6a3e-4a53-9a57-0d61b1d6a001");
    {
        Cli fresh; // a refused passphrase is caught before the database is created
        const QList<QStringList> cases {
            { s("dataset"), s("join"), s("--passphrase-file"), shortPass, s("--dataset-id"), id },
            { s("dataset"), s("join"), s("--passphrase-file"), missing, s("--dataset-id"), id },
            { s("dataset"), s("create"), s("--name"), s("X"), s("--out"), stick.path(s("x.join")),
                s("--passphrase-file"), shortPass },
            { s("dataset"), s("join"), missing },
        };
        for (const QStringList &args : cases) {
            const CliResult r = fresh.run(args);
            INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
            CHECK(r.code == 1);
            CHECK(r.out.isEmpty());
            CHECK_FALSE(QFileInfo::exists(fresh.dbPath()));
        }
        CHECK_FALSE(QFileInfo::exists(stick.path(s("x.join"))));
    }

    Cli a, other;
    init(a);
    init(other);
    const QString joinFile = stick.path(s("a.join"));
    const QString otherJoin = stick.path(s("other.join"));
    // A join file that cannot be written leaves the database outside any dataset.
    const CliResult unwritable
        = a.run({ s("dataset"), s("create"), s("--name"), s("A"), s("--out"), stick.path(s("no-such-folder/a.join")) });
    CHECK(unwritable.code == 1);
    CHECK_FALSE(a.run({ s("dataset"), s("show") }).object().value(s("joined")).toBool());
    // Past the early checks, a failed write still takes the new dataset back with it.
    const CliResult failedWrite
        = a.run({ s("dataset"), s("create"), s("--name"), s("A"), s("--out"), s("/proc/capacita.join") });
    CHECK(failedWrite.code == 4);
    CHECK_FALSE(a.run({ s("dataset"), s("show") }).object().value(s("joined")).toBool());
    const CliResult notJoined = a.run({ s("sync"), s("export"), s("--out"), stick.path(s("early.capacita")) });
    CHECK(notJoined.code == 3);
    CHECK_FALSE(QFileInfo::exists(stick.path(s("early.capacita"))));

    const QString aId = createDataset(a, joinFile);
    createDataset(other, otherJoin);
    const QString text = stick.write(s("notes.txt"), "not a join file\n");
    const QList<Refusal> refusals {
        { { s("dataset"), s("join"), otherJoin }, 3, s("dataset") }, // a database belongs to one dataset
        { { s("dataset"), s("join"), text }, 1, s("join") },
        { { s("dataset"), s("join"), joinFile, s("--passphrase-file"), shortPass }, 2, s("usage") },
        { { s("dataset"), s("join") }, 2, s("usage") },
        { { s("dataset"), s("join"), s("--passphrase-file"), shortPass }, 2, s("--dataset-id") },
        { { s("dataset"), s("create"), s("--out"), stick.path(s("y.join")) }, 2, s("--name") },
        { { s("dataset"), s("create"), s("--name"), s("Y") }, 2, s("--out") },
        { { s("dataset"), s("frobnicate") }, 2, s("unknown action") },
    };
    requireRefusals(a, refusals);
    CHECK(a.run({ s("dataset"), s("show") }).object().value(s("dataset_id")).toString() == aId);
}

TEST_CASE("three laptops exchanging packages both ways converge to identical dumps", "[cli][sync]")
{
    Cli a, b, c;
    for (const Cli *laptop : { &a, &b, &c })
        init(*laptop);
    Stick stick;
    const QString passphrase = stick.passphraseFile(kPassphrase);
    const QString id = createDataset(a, stick.path(s("join")), { s("--passphrase-file"), passphrase });
    joinByFile(b, stick.path(s("join")));
    joinByPassphrase(c, passphrase, id);

    const QString training = a.addTraining(s("CUS-2025-01"));
    const QString session = a.addSession(training);
    const QString rosa = a.addParticipant(s("Rosa"), s("Quispe Mamani"), { s("--dni"), s("45678912") });
    run(a, { s("enroll"), training, rosa });
    run(a, { s("attend"), session, rosa, s("present") });
    run(a, { s("score"), training, rosa, s("pre"), s("12") });
    const QString juan = b.addParticipant(s("Juan"), s("Apaza Ticona"));
    b.addTraining(s("AYA-2025-02"));
    const QString killa = c.addParticipant(s("Killa"), s("Huamán Condori"), { s("--type"), s("police") });

    exchangeAll({ &a, &b, &c }, stick, s("r1-"));
    const QByteArray first = a.dump();
    CHECK(b.dump() == first);
    CHECK(c.dump() == first);
    const QJsonObject dump = QJsonDocument::fromJson(first).object();
    CHECK(dump.value(s("participant")).toArray().size() == 3);
    CHECK(dump.value(s("device")).toArray().size() == 3);
    CHECK(dump.value(s("attendance")).toArray().size() == 1);

    // Second round: edits of rows that came from elsewhere, a delete, a new enrollment.
    run(b, { s("participant"), s("update"), rosa, s("--institution"), s("DEMUNA Cusco") });
    run(c, { s("enroll"), training, killa });
    run(a, { s("participant"), s("delete"), juan });
    exchangeAll({ &a, &b, &c }, stick, s("r2-"));
    const QByteArray second = a.dump();
    CHECK(second != first);
    CHECK(b.dump() == second);
    CHECK(c.dump() == second);
    CHECK(participantOf(c, rosa).value(s("institution")).toString() == s("DEMUNA Cusco"));
    CHECK(b.run({ s("participant"), s("show"), juan }).code == 1);
    CHECK(participantOf(a, killa).value(s("trainings")).toArray().contains(training));

    // A package to one peer carries only what that peer has not been sent yet.
    const QString siteB = siteOf(b);
    const QJsonObject toB = exportPackage(a, stick.path(s("to-b-1")), { s("--to"), siteB });
    CHECK(toB.value(s("rows")).toInt() > 0);
    CHECK(exportPackage(a, stick.path(s("to-b-2")), { s("--to"), siteB }).value(s("rows")).toInt() == 0);
    const QJsonObject full = exportPackage(a, stick.path(s("full")), { s("--full") });
    CHECK(full.value(s("full")).toBool());
    CHECK(full.value(s("rows")).toInt() >= toB.value(s("rows")).toInt());
    CHECK(importPackage(b, stick.path(s("full"))).value(s("rows_updated")).toInt() == 0);
    CHECK(b.dump() == second);

    const QJsonObject status = a.run({ s("sync"), s("status") }).object();
    CHECK(status.value(s("dataset_id")).toString() == id);
    CHECK(status.value(s("peers")).toArray().size() == 2);
    CHECK(status.value(s("open_conflicts")).toInt() == 0);
    CHECK(status.value(s("packages")).toArray().size() >= 9); // 2 rounds of 1 sent + 2 received, then 3 sent
}

TEST_CASE("importing a package twice changes nothing the second time", "[cli][sync]")
{
    Cli a, b;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    a.addParticipant(s("Rosa"), s("Quispe Mamani"));
    a.addTraining();
    const QString package = stick.path(s("a1.capacita"));
    const QJsonObject exported = exportPackage(a, package);

    const QJsonObject once = importPackage(b, package);
    CHECK(once.value(s("package_id")) == exported.value(s("package_id")));
    CHECK(once.value(s("origin")).toString() == siteOf(a));
    CHECK(once.value(s("already_imported")) == QJsonValue(false));
    CHECK(once.value(s("rows_new")).toInt() == exported.value(s("rows")).toInt());
    CHECK(once.value(s("conflicts")).toInt() == 0);
    const QByteArray after = b.dump();

    const QJsonObject twice = importPackage(b, package);
    CHECK(twice.value(s("already_imported")) == QJsonValue(true));
    CHECK(twice.value(s("rows_new")).toInt() == 0);
    CHECK(twice.value(s("rows_updated")).toInt() == 0);
    CHECK(b.dump() == after);
}

TEST_CASE("packages applied in either order give the same dump", "[cli][sync]")
{
    Cli a, b, r1, r2;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    for (const Cli *laptop : { &b, &r1, &r2 })
        joinByFile(*laptop, stick.path(s("join")));
    const QString rosa = a.addParticipant(s("Rosa"), s("Quispe Mamani"));
    const QString training = a.addTraining();
    importPackage(b, exportPackage(a, stick.path(s("a1"))).value(s("file")).toString());

    // Concurrent edits: different fields both survive, the same field keeps the later.
    run(a, { s("participant"), s("update"), rosa, s("--phone"), s("984 000 111"), s("--institution"), s("PNP") });
    run(b, { s("participant"), s("update"), rosa, s("--institution"), s("DEMUNA Cusco"), s("--email"), s("r@x.pe") });
    run(b, { s("enroll"), training, rosa });
    b.addParticipant(s("Juan"), s("Apaza Ticona"));
    const QString fromA = exportPackage(a, stick.path(s("a2"))).value(s("file")).toString();
    const QString fromB = exportPackage(b, stick.path(s("b1"))).value(s("file")).toString();

    importPackage(r1, fromA);
    importPackage(r1, fromB);
    importPackage(r2, fromB);
    importPackage(r2, fromA);
    CHECK(dumpWithout(r1, { s("device") }) == dumpWithout(r2, { s("device") }));
    // The device tables differ only in each receiver's own row.
    const auto othersDevices = [&](const Cli &cli) {
        QJsonArray kept;
        const QStringList own { siteOf(r1), siteOf(r2) };
        for (const QJsonValue &v : QJsonDocument::fromJson(cli.dump()).object().value(s("device")).toArray()) {
            if (!own.contains(v.toObject().value(s("id")).toString()))
                kept.append(v);
        }
        return kept;
    };
    CHECK(othersDevices(r1) == othersDevices(r2));
    CHECK(othersDevices(r1).size() == 2);

    const QJsonObject merged = participantOf(r1, rosa);
    CHECK(merged.value(s("phone")).toString() == s("984 000 111"));
    CHECK(merged.value(s("email")).toString() == s("r@x.pe"));
    CHECK(merged.value(s("institution")).toString() == s("DEMUNA Cusco")); // b wrote it later
    CHECK(merged.value(s("trainings")).toArray().contains(training));
}

TEST_CASE("sync commands are in the help and reject wrong usage", "[cli][sync]")
{
    Cli cli;
    const QString help = QString::fromUtf8(cli.runRaw({ s("--help") }).out);
    for (const char *line : { "dataset create --name N --out JOIN_FILE [--passphrase-file P]", "dataset join JOIN_FILE",
             "--dataset-id ID", "dataset show", "device list | revoke SITE_ID | rename NAME",
             "sync export --out FILE [--full] [--to SITE_ID]", "sync import FILE [--dry-run]", "sync status",
             "conflicts list [--all] | resolve ID --keep local|remote", "participant purge ID" })
        CHECK(help.contains(QLatin1String(line)));
    const CliResult synopsis = cli.run({ s("sync"), s("--help") });
    CHECK(synopsis.code == 0);
    CHECK(QString::fromUtf8(synopsis.out).count(s("usage:")) == 3);

    Stick stick;
    createDataset(cli, stick.path(s("join")));
    const QList<Refusal> refusals {
        { { s("sync") }, 2, s("usage") },
        { { s("sync"), s("frobnicate") }, 2, s("unknown action") },
        { { s("sync"), s("import") }, 2, s("usage") },
        { { s("sync"), s("import"), s("a"), s("b") }, 2, s("usage") },
        { { s("sync"), s("import"), stick.path(s("a")), s("--all") }, 2, s("--all") },
        { { s("sync"), s("import"), stick.path(s("missing.capacita")) }, 1, s("missing.capacita") },
        { { s("sync"), s("export") }, 2, s("--out") },
        { { s("sync"), s("export"), s("--out"), stick.path(s("x")), s("--to"), s("nobody") }, 1, s("nobody") },
        { { s("sync"), s("status"), s("now") }, 2, s("usage") },
        { { s("device") }, 2, s("usage") },
        { { s("device"), s("list"), s("all") }, 2, s("usage") },
        { { s("dataset") }, 2, s("usage") },
    };
    requireRefusals(cli, refusals);
    CHECK_FALSE(QFileInfo::exists(stick.path(s("x"))));
}

TEST_CASE("The join file can be written again and admits another laptop")
{
    capacita::test::Cli first;
    QTemporaryDir dir;
    const QString join = dir.filePath(QStringLiteral("one.join"));
    REQUIRE(first.run({QStringLiteral("dataset"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Loreto"),
                       QStringLiteral("--out"), join}).code == 0);
    const QString again = dir.filePath(QStringLiteral("again.join"));
    const auto r = first.run({QStringLiteral("dataset"), QStringLiteral("join-file"), QStringLiteral("--out"), again});
    REQUIRE(r.code == 0);
    CHECK((QFile::permissions(again) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    capacita::test::Cli second;
    REQUIRE(second.run({QStringLiteral("dataset"), QStringLiteral("join"), again}).code == 0);
    const auto shown = second.run({QStringLiteral("dataset"), QStringLiteral("show")});
    CHECK(shown.out.contains("Loreto"));
}
