// capacita-cli sync import: every package that may not come in is refused whole (exit 3), with
// the database unchanged; --dry-run reports without changing anything.
#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace capacita::test;

TEST_CASE("refused packages leave the database unchanged", "[cli][sync][refusal]")
{
    Cli a, b;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    a.addParticipant(s("Rosa"), s("Quispe Mamani"), { s("--dni"), s("45678912") });
    importPackage(b, exportPackage(a, stick.path(s("a0"))).value(s("file")).toString());
    // b now holds data, so "unchanged" means something; a1 carries more.
    const QString rosa2 = a.addParticipant(s("Killa"), s("Huamán Condori"));
    a.addTraining();
    exportPackage(a, stick.path(s("a1")));
    const QByteArray good = stick.read(s("a1"));
    REQUIRE(good.size() > 200);

    SECTION("a package from another dataset")
    {
        Cli other;
        createDataset(other, stick.path(s("other.join")));
        other.addParticipant(s("Juan"), s("Apaza Ticona"));
        requireImportRefused(
            b, exportPackage(other, stick.path(s("x1"))).value(s("file")).toString(), s("another dataset"));
    }
    SECTION("a file that is not a package")
    {
        requireImportRefused(b, stick.write(s("notes.txt"), "Lista de asistentes\nRosa Quispe\n"), s("not a"));
        requireImportRefused(b, stick.write(s("empty.capacita"), QByteArray()));
        requireImportRefused(b, stick.write(s("magic-only.capacita"), good.left(8)));
    }
    SECTION("a package cut short at any size")
    {
        for (const qsizetype size : { qsizetype(10), good.size() / 2, good.size() - 65, good.size() - 1 }) {
            INFO("kept " << size << " of " << good.size() << " bytes");
            requireImportRefused(b, stick.write(s("cut.capacita"), good.left(size)));
        }
    }
    SECTION("a package with one byte changed")
    {
        // The format word, inside the header, the first chunk, the middle, the signature's last byte.
        for (const qsizetype at : { qsizetype(9), qsizetype(40), good.size() / 2, good.size() - 70, good.size() - 1 }) {
            INFO("byte " << at << " of " << good.size());
            QByteArray altered = good;
            altered[at] = char(altered.at(at) ^ 0x5a);
            requireImportRefused(b, stick.write(s("altered.capacita"), altered));
        }
    }
    SECTION("a package with bytes added at the end")
    {
        requireImportRefused(b, stick.write(s("longer.capacita"), good + QByteArray(1, '\0')));
    }
    SECTION("a package under a different key")
    {
        // Same dataset id, but a key derived from a passphrase the dataset was not made with.
        Cli stranger;
        const QString id = a.run({ s("dataset"), s("show") }).object().value(s("dataset_id")).toString();
        joinByPassphrase(stranger, stick.passphraseFile("una frase que nadie usa\n"), id);
        requireImportRefused(stranger, stick.path(s("a1")));
    }
    // The original, untouched, still comes in: the refusals were about the changes.
    const QJsonObject imported = importPackage(b, stick.path(s("a1")));
    CHECK(imported.value(s("rows_new")).toInt() >= 2);
    CHECK(b.run({ s("participant"), s("show"), rosa2 }).code == 0);
}

TEST_CASE("a package from a revoked device is refused", "[cli][sync][refusal]")
{
    Cli a, b, c;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    joinByFile(c, stick.path(s("join")));
    b.addParticipant(s("Juan"), s("Apaza Ticona"));
    importPackage(a, exportPackage(b, stick.path(s("b1"))).value(s("file")).toString());
    const QString siteB = siteOf(b);

    const QList<Refusal> refusals {
        { { s("device"), s("revoke"), siteOf(a) }, 1, s("itself") },
        { { s("device"), s("revoke"), s("00000000-0000-0000-0000-000000000000") }, 1, s("site") },
        { { s("device"), s("revoke") }, 2, s("usage") },
        { { s("device"), s("rename"), s("  ") }, 1, s("name") },
    };
    requireRefusals(a, refusals);

    REQUIRE(a.run({ s("device"), s("revoke"), siteB }).code == 0);
    bool seen = false;
    for (const QJsonValue &v : a.run({ s("device"), s("list") }).array()) {
        const QJsonObject d = v.toObject();
        if (d.value(s("site_id")).toString() != siteB)
            continue;
        seen = true;
        CHECK(d.value(s("revoked")).toBool());
        CHECK(!d.value(s("revoked_at")).toString().isEmpty());
    }
    CHECK(seen);

    b.addParticipant(s("Killa"), s("Huamán Condori"));
    const QString b2 = exportPackage(b, stick.path(s("b2"))).value(s("file")).toString();
    requireImportRefused(a, b2, s("revoked"));

    // The revocation travels like any edit: c learns it from a, then refuses b too.
    importPackage(c, exportPackage(a, stick.path(s("a1"))).value(s("file")).toString());
    requireImportRefused(c, b2, s("revoked"));
}

TEST_CASE("dry run reports the counts and changes nothing", "[cli][sync]")
{
    Cli a, b;
    Stick stick;
    createDataset(a, stick.path(s("join")));
    joinByFile(b, stick.path(s("join")));
    a.addParticipant(s("Rosa"), s("Quispe Mamani"));
    a.addParticipant(s("Juan"), s("Apaza Ticona"));
    const QString training = a.addTraining();
    a.addSession(training);
    const QString package = exportPackage(a, stick.path(s("a1"))).value(s("file")).toString();

    const QByteArray before = b.dump();
    const QJsonObject status = b.run({ s("sync"), s("status") }).object();
    const QJsonObject dry = importPackage(b, package, { s("--dry-run") });
    CHECK(dry.value(s("dry_run")) == QJsonValue(true));
    CHECK(dry.value(s("already_imported")) == QJsonValue(false));
    CHECK(dry.value(s("rows_new")).toInt() == 5); // 2 people, a training, a session, a's device
    CHECK(b.dump() == before);
    CHECK(b.run({ s("sync"), s("status") }).object() == status);

    const QJsonObject real = importPackage(b, package);
    CHECK(real.value(s("dry_run")) == QJsonValue(false));
    CHECK(real.value(s("already_imported")) == QJsonValue(false));
    for (const char *key : { "rows_new", "rows_updated", "rows_unchanged", "conflicts" })
        CHECK(real.value(QLatin1String(key)) == dry.value(QLatin1String(key)));
    CHECK(b.dump() != before);
    CHECK(QJsonDocument::fromJson(b.dump()).object().value(s("participant")).toArray().size() == 2);
}
