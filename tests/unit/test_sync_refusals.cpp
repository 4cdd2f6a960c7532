#include "synctestsupport.h"

#include "storage/privatefile.h"
#include "sync/crypto.h"
#include "sync/package.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QtEndian>

using namespace capacita;
using namespace capacita::test;

namespace {

QByteArray readAll(const QString &path)
{
    auto r = readWholeFile(path, 1 << 30);
    REQUIRE(r);
    return *r;
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    REQUIRE(writePrivateFile(path, bytes));
}

// Imports `bytes` into `to` and checks it is refused whole with nothing changed.
void expectRefused(Laptop &to, const QByteArray &bytes, const char *why)
{
    INFO(why);
    const QString path = to.file(QStringLiteral("bad.capacita"));
    writeAll(path, bytes);
    const QByteArray before = to.dump();
    const auto r = to.sync.importPackage(path);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK_FALSE(r.error().message.isEmpty());
    CHECK(to.dump() == before);
}

struct Pair
{
    Laptop a, b;
    QByteArray package;
    Pair()
    {
        joinAll(a, {&b});
        const QString t = a->trainings().add(sampleTraining()).value();
        for (int i = 0; i < 3; ++i) {
            const QString p = a->participants().add(sampleParticipant(QStringLiteral("P%1").arg(i))).value();
            REQUIRE(a->enrollments().enroll(t, p));
        }
        const QString path = a.file(QStringLiteral("good.capacita"));
        REQUIRE(a.sync.exportPackage(path));
        package = readAll(path);
    }
    QByteArray secret() { return QByteArray::fromBase64(a->db().setting(QStringLiteral("device_secret_key")).toLatin1()); }
    QByteArray key() { return QByteArray::fromBase64(a->db().setting(QStringLiteral("dataset_key")).toLatin1()); }
};

// Rebuilds a package from a's current rows with a header and chunking of the test's choice.
QByteArray craft(Pair &p, const std::function<void(PackageHeader &)> &edit, qsizetype chunkBytes = 200)
{
    PackageHeader h;
    h.packageId = newUuid();
    h.datasetId = p.a.sync.dataset().id;
    h.origin = p.a->db().siteId();
    for (const DeviceInfo &d : p.a.sync.devices()) {
        if (d.thisDevice)
            h.originKey = d.publicKey;
    }
    h.schemaVersion = Database::latestSchemaVersion();
    h.createdHlc = p.a->db().nextStamp();
    edit(h);
    PackageWriter w(h, p.key(), p.secret(), chunkBytes);
    SyncStore(p.a->db()).forEachChangedRow(0, [&](const TableSpec &spec, const RowState &row) {
        w.addRow(spec, row);
        return true;
    });
    return w.finish();
}

struct Chunk
{
    qsizetype start; // of its length prefix
    qsizetype size;  // prefix + ciphertext
};

QList<Chunk> chunksOf(const QByteArray &file)
{
    const quint32 headerLength = qFromBigEndian<quint32>(file.constData() + 10);
    qsizetype pos = 14 + headerLength + crypto::kStreamHeaderBytes;
    QList<Chunk> out;
    while (pos < file.size() - crypto::kSignatureBytes) {
        const quint32 len = qFromBigEndian<quint32>(file.constData() + pos);
        out.append({pos, qsizetype(4 + len)});
        pos += 4 + len;
    }
    return out;
}

// Re-signs with the origin's own key: what an insider with the device key could do.
QByteArray resign(Pair &p, QByteArray file)
{
    file.chop(crypto::kSignatureBytes);
    return file + crypto::sign(file, p.secret());
}

} // namespace

TEST_CASE("A package that was cut short at any byte is refused and changes nothing")
{
    Pair p;
    const QByteArray before = p.b.dump();
    const QString path = p.b.file(QStringLiteral("cut.capacita"));
    for (qsizetype n = 0; n < p.package.size(); ++n) {
        writeAll(path, p.package.left(n));
        const auto r = p.b.sync.importPackage(path);
        if (r) {
            FAIL("a package cut at byte " << n << " of " << p.package.size() << " was accepted");
        }
        CHECK(r.error().code == ErrorCode::Refused);
    }
    CHECK(p.b.dump() == before);
}

TEST_CASE("A package with any byte changed is refused and changes nothing")
{
    Pair p;
    const QByteArray before = p.b.dump();
    const QString path = p.b.file(QStringLiteral("flipped.capacita"));
    for (qsizetype i = 0; i < p.package.size(); ++i) {
        QByteArray bad = p.package;
        bad[i] = char(bad.at(i) ^ 0x01);
        writeAll(path, bad);
        const auto r = p.b.sync.importPackage(path);
        if (r) {
            FAIL("a package with byte " << i << " changed was accepted");
        }
    }
    CHECK(p.b.dump() == before);
    writeAll(path, p.package);
    CHECK(p.b.sync.importPackage(path)); // the original is still good
}

TEST_CASE("Swapped, duplicated or dropped chunks are refused even when re-signed by the origin")
{
    Pair p;
    const QByteArray multi = craft(p, [](PackageHeader &) {});
    const QList<Chunk> chunks = chunksOf(multi);
    REQUIRE(chunks.size() >= 3);
    const Chunk &c0 = chunks.at(0);
    const Chunk &c1 = chunks.at(1);

    QByteArray swapped = multi;
    swapped.replace(c0.start, c0.size + c1.size, QByteArray(multi.mid(c1.start, c1.size) + multi.mid(c0.start, c0.size)));
    expectRefused(p.b, resign(p, swapped), "swapped");

    QByteArray duplicated = multi;
    duplicated.insert(c1.start, multi.mid(c0.start, c0.size));
    expectRefused(p.b, resign(p, duplicated), "duplicated");

    QByteArray dropped = multi;
    dropped.remove(c1.start, c1.size);
    expectRefused(p.b, resign(p, dropped), "dropped");

    const Chunk &last = chunks.last();
    QByteArray withoutFinal = multi;
    withoutFinal.remove(last.start, last.size);
    expectRefused(p.b, resign(p, withoutFinal), "final chunk removed");

    // The untouched crafted package is fine: the refusals above are about the tampering.
    const QString path = p.b.file(QStringLiteral("multi.capacita"));
    writeAll(path, multi);
    CHECK(p.b.sync.importPackage(path));
}

TEST_CASE("Packages from another dataset, a newer schema, a revoked device or a wrong key are refused")
{
    Pair p;
    SECTION("another dataset")
    {
        Laptop stranger;
        REQUIRE(stranger.sync.createDataset(QStringLiteral("Otro programa")));
        REQUIRE(stranger->participants().add(sampleParticipant()));
        const QString path = stranger.file(QStringLiteral("x.capacita"));
        REQUIRE(stranger.sync.exportPackage(path));
        expectRefused(p.b, readAll(path), "other dataset");
    }
    SECTION("a newer schema")
    {
        expectRefused(p.b, craft(p, [](PackageHeader &h) { h.schemaVersion += 1; }), "newer schema");
    }
    SECTION("signed by a key that does not match its origin")
    {
        // B first learns A's real key, then gets a package claiming to be A's, signed by another key.
        const QString good = p.b.file(QStringLiteral("good.capacita"));
        writeAll(good, p.package);
        REQUIRE(p.b.sync.importPackage(good));
        const crypto::KeyPair forger = crypto::newSigningKeyPair();
        PackageHeader h = std::get<PackageHeader>(readPackageHeader(p.package));
        h.packageId = newUuid();
        h.originKey = forger.publicKey;
        PackageWriter w(h, p.key(), forger.secretKey);
        expectRefused(p.b, w.finish(), "key mismatch");
    }
    SECTION("from a revoked device")
    {
        const QString good = p.b.file(QStringLiteral("good.capacita"));
        writeAll(good, p.package);
        REQUIRE(p.b.sync.importPackage(good));
        REQUIRE(p.b.sync.revokeDevice(p.a->db().siteId()));
        REQUIRE(p.a->participants().add(sampleParticipant(QStringLiteral("Después"))));
        const QString next = p.a.file(QStringLiteral("next.capacita"));
        REQUIRE(p.a.sync.exportPackage(next));
        expectRefused(p.b, readAll(next), "revoked");
    }
    SECTION("encrypted under another key of the same dataset id")
    {
        PackageHeader h = std::get<PackageHeader>(readPackageHeader(p.package));
        h.packageId = newUuid();
        PackageWriter w(h, crypto::randomKey(), p.secret());
        expectRefused(p.b, w.finish(), "wrong key");
    }
    SECTION("not a package at all")
    {
        expectRefused(p.b, QByteArrayLiteral("codigo_capacitacion;titulo\nCUS-1;Taller\n"), "csv");
        expectRefused(p.b, QByteArray(), "empty");
        expectRefused(p.b, QByteArrayLiteral("CAPASYNC"), "magic only");
    }
    SECTION("a laptop that has not joined any dataset")
    {
        Laptop alone;
        const QString path = alone.file(QStringLiteral("p.capacita"));
        writeAll(path, p.package);
        const auto r = alone.sync.importPackage(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Refused);
    }
}

TEST_CASE("A package that depends on an earlier one that never arrived is refused, not half-applied")
{
    Laptop a, b;
    joinAll(a, {&b});
    const QString t = a->trainings().add(sampleTraining()).value();
    send(a, b);
    send(b, a);
    // This package (the person) is lost...
    const QString p = a->participants().add(sampleParticipant()).value();
    REQUIRE(a.sync.exportPackage(a.file(QStringLiteral("lost.capacita")), {false, b->db().siteId()}));
    // ...and the next one, targeted since that loss, enrols the person.
    REQUIRE(a->enrollments().enroll(t, p));
    const QString next = a.file(QStringLiteral("next.capacita"));
    REQUIRE(a.sync.exportPackage(next, {false, b->db().siteId()}));
    const QByteArray before = b.dump();
    const auto r = b.sync.importPackage(next);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK(r.error().message.contains(QStringLiteral("missing")));
    CHECK(b.dump() == before);
    send(a, b, true); // a full package repairs it
    CHECK(b.dataDump() == a.dataDump());
}

TEST_CASE("A dry run reports what would change and changes nothing")
{
    Pair p;
    const QString path = p.b.file(QStringLiteral("p.capacita"));
    writeAll(path, p.package);
    const QByteArray before = p.b.dump();
    const auto r = p.b.sync.importPackage(path, true);
    REQUIRE(r);
    CHECK(r->value(QStringLiteral("rows_new")).toInt() >= 7);
    CHECK(p.b.dump() == before);
    const auto real = p.b.sync.importPackage(path);
    REQUIRE(real);
    CHECK_FALSE(real->value(QStringLiteral("already_imported")).toBool());
}
