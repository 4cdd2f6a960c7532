#include "synctestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace capacita;
using namespace capacita::test;

TEST_CASE("A package carries a laptop's records to another, and importing it twice changes nothing")
{
    Laptop a, b;
    joinAll(a, {&b});
    const QString t = a->trainings().add(sampleTraining()).value();
    const QString p = a->participants().add(sampleParticipant()).value();
    REQUIRE(a->enrollments().enroll(t, p));

    const QString path = a.file(QStringLiteral("a.capacita"));
    const auto exported = a.sync.exportPackage(path);
    REQUIRE(exported);
    CHECK(exported->value(QStringLiteral("verified")).toBool());
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);

    const auto first = b.sync.importPackage(path);
    REQUIRE(first);
    CHECK(first->value(QStringLiteral("refused")).toBool() == false);
    CHECK(first->value(QStringLiteral("rows_new")).toInt() >= 4); // device, training, person, enrollment
    CHECK(b->participants().get(p)->familyNames == QStringLiteral("Quispe Mamani"));
    CHECK(b.dataDump() == a.dataDump());

    const QByteArray before = b.dump();
    const auto second = b.sync.importPackage(path);
    REQUIRE(second);
    CHECK(second->value(QStringLiteral("already_imported")).toBool());
    CHECK(b.dump() == before);
}

TEST_CASE("Nothing of a package is readable without the key: no personal data in plaintext")
{
    Laptop a;
    joinAll(a, {});
    REQUIRE(a->participants().add(sampleParticipant(QStringLiteral("Wilfredo"), QStringLiteral("Ccahuana Puma"))));
    const QString path = a.file(QStringLiteral("secret.capacita"));
    REQUIRE(a.sync.exportPackage(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.contains("Wilfredo"));
    CHECK_FALSE(bytes.contains("Ccahuana"));
}

TEST_CASE("Edits of different fields on two laptops both survive")
{
    Laptop a, b;
    joinAll(a, {&b});
    const QString id = a->participants().add(sampleParticipant()).value();
    send(a, b);

    Participant onA = *a->participants().get(id);
    onA.institution = QStringLiteral("Fiscalía de Iquitos");
    REQUIRE(a->participants().update(onA));
    b.store.clock().advance(5000);
    Participant onB = *b->participants().get(id);
    onB.phone = QStringLiteral("965 123 456");
    REQUIRE(b->participants().update(onB));

    const auto toB = send(a, b);
    CHECK(toB.value(QStringLiteral("conflicts")).toInt() == 0);
    send(b, a);
    for (Laptop *l : {&a, &b}) {
        const Participant p = *(*l)->participants().get(id);
        CHECK(p.institution == QStringLiteral("Fiscalía de Iquitos"));
        CHECK(p.phone == QStringLiteral("965 123 456"));
    }
    CHECK(a.dump() == b.dump());
}

TEST_CASE("Concurrent edits of one field keep the later one and log the other for review")
{
    Laptop a, b;
    joinAll(a, {&b});
    const QString id = a->participants().add(sampleParticipant()).value();
    send(a, b);

    Participant onA = *a->participants().get(id);
    onA.institution = QStringLiteral("DEMUNA Cusco");
    REQUIRE(a->participants().update(onA));
    b.store.clock().advance(60'000); // B edits a minute later
    Participant onB = *b->participants().get(id);
    onB.institution = QStringLiteral("Defensoría del Pueblo");
    REQUIRE(b->participants().update(onB));

    // B is where the two edits meet: it logs the conflict. Its merged row then travels to A
    // as a state that has seen both edits, so A takes it without a second report.
    const auto atB = send(a, b);
    CHECK(atB.value(QStringLiteral("conflicts")).toInt() == 1);
    const auto atA = send(b, a);
    CHECK(atA.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(a->participants().get(id)->institution == QStringLiteral("Defensoría del Pueblo"));
    CHECK(a.dump() == b.dump());

    const auto logged = b.sync.conflicts();
    REQUIRE(logged.size() == 1);
    CHECK(logged.front().field == QStringLiteral("institution"));
    CHECK(logged.front().localValue.toString() == QStringLiteral("Defensoría del Pueblo"));
    CHECK(logged.front().remoteValue.toString() == QStringLiteral("DEMUNA Cusco"));
    CHECK(logged.front().winner == QStringLiteral("local"));

    // Keeping the losing value makes it a new edit that wins everywhere.
    REQUIRE(b.sync.resolveConflict(logged.front().id, false));
    CHECK(b.sync.conflicts().isEmpty());
    CHECK(b->participants().get(id)->institution == QStringLiteral("DEMUNA Cusco"));
    send(b, a);
    CHECK(a->participants().get(id)->institution == QStringLiteral("DEMUNA Cusco"));
}

TEST_CASE("Arrival order does not matter: A then B equals B then A")
{
    Laptop a, b, c, d;
    joinAll(a, {&b, &c, &d});
    const QString shared = a->participants().add(sampleParticipant()).value();
    send(a, b);
    Participant pa = *a->participants().get(shared);
    pa.institution = QStringLiteral("Corte Superior de Loreto");
    REQUIRE(a->participants().update(pa));
    REQUIRE(a->trainings().add(sampleTraining(QStringLiteral("LOR-1"))));
    b.store.clock().advance(1000);
    Participant pb = *b->participants().get(shared);
    pb.institution = QStringLiteral("Fiscalía de Madre de Dios");
    pb.phone = QStringLiteral("982 000 111");
    REQUIRE(b->participants().update(pb));
    REQUIRE(b->participants().add(sampleParticipant(QStringLiteral("Nelly"), QStringLiteral("Ahuanari Curitima"))));

    const QString pathA = a.file(QStringLiteral("a.capacita"));
    const QString pathB = b.file(QStringLiteral("b.capacita"));
    REQUIRE(a.sync.exportPackage(pathA));
    REQUIRE(b.sync.exportPackage(pathB));
    REQUIRE(c.sync.importPackage(pathA));
    REQUIRE(c.sync.importPackage(pathB));
    REQUIRE(d.sync.importPackage(pathB));
    REQUIRE(d.sync.importPackage(pathA));
    CHECK(c.dataDump() == d.dataDump());
    CHECK(c->participants().get(shared)->institution == QStringLiteral("Fiscalía de Madre de Dios"));
}

TEST_CASE("A purge wipes the person everywhere and no edit brings them back")
{
    Laptop a, b;
    joinAll(a, {&b});
    Participant person = sampleParticipant(QStringLiteral("Yolanda"), QStringLiteral("Mamani Choque"));
    person.docType = QStringLiteral("dni");
    person.docNumber = QStringLiteral("41234567");
    const QString id = a->participants().add(person).value();
    const QString t = a->trainings().add(sampleTraining()).value();
    REQUIRE(a->enrollments().enroll(t, id));
    send(a, b);

    // B edits the person while A erases them.
    Participant onB = *b->participants().get(id);
    onB.phone = QStringLiteral("951 222 333");
    b.store.clock().advance(10'000);
    REQUIRE(b->participants().update(onB));
    REQUIRE(a.sync.purgeParticipant(id));
    CHECK_FALSE(a->participants().get(id));
    CHECK(a->enrollments().participantsOf(t).isEmpty());

    send(a, b);
    CHECK_FALSE(b->participants().get(id));
    CHECK_FALSE(b.dump().contains("41234567"));
    send(b, a); // B's later edit arrives after the purge
    CHECK_FALSE(a->participants().get(id));
    CHECK(a.dump() == b.dump());
    CHECK_FALSE(a.dump().contains("Yolanda"));
    CHECK(b->participants().list().isEmpty());
    auto revived = a->participants().update(onB);
    CHECK_FALSE(revived);
}

TEST_CASE("A laptop whose clock says 2001 or 2036 still merges; far-future stamps are flagged")
{
    Laptop now, past(978'307'200'000 /* 2001 */), future(2'082'758'400'000 /* 2036 */);
    joinAll(now, {&past, &future});
    const QString id = now->participants().add(sampleParticipant()).value();
    send(now, past);
    send(now, future);

    Participant p = *past->participants().get(id);
    p.institution = QStringLiteral("Hogar Refugio");
    REQUIRE(past->participants().update(p)); // 2001 clock, but after seeing now's stamp
    Participant f = *future->participants().get(id);
    f.phone = QStringLiteral("999 888 777");
    REQUIRE(future->participants().update(f));

    send(past, now);
    CHECK(now->participants().get(id)->institution == QStringLiteral("Hogar Refugio"));
    const auto summary = send(future, now);
    CHECK(summary.value(QStringLiteral("future_stamps")).toInt() >= 1);
    CHECK(summary.contains(QStringLiteral("warning")));
    CHECK(now->participants().get(id)->phone == QStringLiteral("999 888 777"));
    // The local clock was not dragged to 2036: a new record is stamped around now.
    CHECK(Hlc::wallMs(now->db().nextStamp()) < 2'000'000'000'000);
    // A correction made here after that still wins over the 2036 value.
    Participant fix = *now->participants().get(id);
    fix.phone = QStringLiteral("984 111 222");
    REQUIRE(now->participants().update(fix));
    send(now, future);
    CHECK(future->participants().get(id)->phone == QStringLiteral("984 111 222"));
}

TEST_CASE("Packages carry what the peer is not known to have; a lost package is sent again")
{
    Laptop a, b;
    joinAll(a, {&b});
    for (int i = 0; i < 5; ++i)
        REQUIRE(a->participants().add(sampleParticipant(QStringLiteral("P%1").arg(i))));
    const auto first = send(a, b);
    CHECK(first.value(QStringLiteral("rows_new")).toInt() == 6); // 5 people + A's device
    send(b, a); // B's package tells A what B holds

    REQUIRE(a->participants().add(sampleParticipant(QStringLiteral("Nueva"))));
    const auto second = send(a, b);
    CHECK(second.value(QStringLiteral("rows_new")).toInt() == 1);
    CHECK(second.value(QStringLiteral("rows_updated")).toInt() == 0);
    CHECK(second.value(QStringLiteral("rows_unchanged")).toInt() <= 1); // B's own device row, relayed back

    // This one never arrives; B has not confirmed it, so the next package repeats it.
    REQUIRE(a->participants().add(sampleParticipant(QStringLiteral("Perdida"))));
    REQUIRE(a.sync.exportPackage(a.file(QStringLiteral("lost.capacita"))));
    REQUIRE(a->participants().add(sampleParticipant(QStringLiteral("Otra"))));
    send(b, a);
    const auto third = send(a, b);
    CHECK(third.value(QStringLiteral("rows_new")).toInt() == 2);
    CHECK(a.dataDump() == b.dataDump());

    // --to a peer: since the last package to it. --full: everything.
    const QString toB = a.file(QStringLiteral("to-b.capacita"));
    const auto targeted = a.sync.exportPackage(toB, {false, b->db().siteId()});
    REQUIRE(targeted);
    CHECK(targeted->value(QStringLiteral("rows")).toInt() <= 2);
    const auto full = send(a, b, true);
    CHECK(full.value(QStringLiteral("rows_unchanged")).toInt() >= 9);
    CHECK(a.dataDump() == b.dataDump());
}

TEST_CASE("A mistyped passphrase can be corrected by joining again")
{
    Laptop a, b;
    const QByteArray passphrase("río Amazonas al amanecer");
    REQUIRE(a.sync.createDataset(QStringLiteral("Loreto"), passphrase));
    const QString id = a.sync.dataset().id;
    REQUIRE(b.sync.joinWithPassphrase(id, QByteArray("rio amazonas al amanecer")));
    REQUIRE(a->participants().add(sampleParticipant()));
    const QString path = a.file(QStringLiteral("p.capacita"));
    REQUIRE(a.sync.exportPackage(path));
    const auto wrong = b.sync.importPackage(path);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Refused);
    REQUIRE(b.sync.joinWithPassphrase(id, passphrase));
    REQUIRE(b.sync.importPackage(path));
    CHECK(b->participants().list().size() == 1);
    CHECK(b.sync.dataset().name == QStringLiteral("Loreto")); // learned from the package
    // Once a package was read with the key, it can no longer be replaced.
    CHECK_FALSE(b.sync.joinWithPassphrase(id, QByteArray("otra frase cualquiera")));
}
