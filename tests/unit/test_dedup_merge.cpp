#include "domain/json.h"
#include "importing/importing.h"
#include "storage/duplicaterepository.h"
#include "storage/rowwriter.h"
#include "support/testsupport.h"

#include <QJsonDocument>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

QByteArray dumpOf(Store &store)
{
    return QJsonDocument(store.dump()).toJson(QJsonDocument::Compact);
}

QString add(Store &store, Participant p)
{
    auto id = store.participants().add(p);
    REQUIRE(id);
    return *id;
}

struct Fixture
{
    test::TempStore store;
    QString keep, other, shared, onlyOther;
    QList<QString> sharedSessions;

    Fixture()
    {
        Participant k = test::sampleParticipant(u"Rosa"_s, u"Quispe Mamani"_s);
        k.institution.clear();
        k.birthYear.reset();
        keep = add(store.store(), k);
        Participant o = test::sampleParticipant(u"Roza"_s, u"Quispe Mamani"_s);
        o.docType = u"dni"_s;
        o.docNumber = u"04567890"_s;
        o.institution = u"Corte Superior"_s;
        o.type = u"judge"_s;
        other = add(store.store(), o);

        auto t1 = store->trainings().add(test::sampleTraining(u"T-SHARED"_s));
        auto t2 = store->trainings().add(test::sampleTraining(u"T-OTHER"_s));
        REQUIRE(t1);
        REQUIRE(t2);
        shared = *t1;
        onlyOther = *t2;
        for (int i = 0; i < 2; ++i) {
            TrainingSession s;
            s.trainingId = shared;
            s.date = QDate(2025, 3, 10 + i);
            sharedSessions << *store->sessions().add(s);
        }
        TrainingSession s;
        s.trainingId = onlyOther;
        s.date = QDate(2025, 3, 11);
        const QString otherSession = *store->sessions().add(s);

        // Both in the shared training: KEEP marked the first session, OTHER both.
        REQUIRE(store->enrollments().enroll(shared, keep));
        REQUIRE(store->enrollments().enroll(shared, other));
        REQUIRE(store->attendance().set(sharedSessions.at(0), keep, u"late"_s));
        REQUIRE(store->attendance().set(sharedSessions.at(0), other, u"present"_s));
        REQUIRE(store->attendance().set(sharedSessions.at(1), other, u"present"_s));
        REQUIRE(store->scores().set({ {}, shared, other, u"post"_s, 16, 20 }));
        REQUIRE(store->scores().set({ {}, shared, keep, u"pre"_s, 9, 20 }));
        // Only OTHER in the second training.
        REQUIRE(store->enrollments().enroll(onlyOther, other));
        REQUIRE(store->attendance().set(otherSession, other, u"absent"_s));
        REQUIRE(store->scores().set({ {}, onlyOther, other, u"pre"_s, 11, 20 }));
    }
};

} // namespace

TEST_CASE("duplicates: pairs over the whole table, strongest first, with evidence", "[dedup][merge]")
{
    test::TempStore store;
    Participant base = test::sampleParticipant(u"Rosa"_s, u"Quispe Mamani"_s);
    const QString a = add(store.store(), base);
    Participant swapped = base;
    swapped.familyNames = u"Mamani Quispe"_s; // same person by the import's rule 2
    const QString b = add(store.store(), swapped);
    Participant typo = base;
    typo.givenNames = u"Roza"_s;
    typo.birthYear.reset();
    const QString c = add(store.store(), typo);
    Participant man = base;
    man.sex = u"M"_s;
    add(store.store(), man); // conflicting sex: never a pair
    add(store.store(), test::sampleParticipant(u"Juan"_s, u"Pérez"_s));

    DuplicateFinder finder(store.store());
    const auto pairs = finder.find();
    REQUIRE(pairs.size() == 3);
    CHECK(QSet<QString> { pairs.at(0).a.id, pairs.at(0).b.id } == QSet<QString> { a, b });
    CHECK(pairs.at(0).evidence.distance == 0);
    CHECK(pairs.at(0).evidence.reasons.contains(u"same_birth_year"_s));
    for (const auto &p : pairs)
        CHECK(p.a.id < p.b.id);
    CHECK(pairs.at(1).evidence.distance == 1);
    CHECK(pairs.at(1).evidence.reasons.contains(u"birth_year_missing"_s));
    const QJsonObject json = pairs.at(1).toJson();
    CHECK(json.value(u"evidence"_s).toObject().value(u"name_edits"_s).toInt() == 1);
    CHECK(json.value(u"a"_s).toObject().contains(u"given_names"_s));
    CHECK(finder.findFor(c).size() == 2);
}

TEST_CASE("duplicates: records sharing a DNI pair whatever their names, with their whole records", "[dedup][merge]")
{
    // Two laptops may each create a person with the same DNI; the sync keeps both records.
    test::TempStore store;
    Participant ana = test::sampleParticipant(u"Ana"_s, u"Torres"_s);
    ana.docType = u"dni"_s;
    ana.docNumber = u"40123456"_s;
    ana.institution = u"Fiscalía de Cusco"_s;
    const QString a = add(store.store(), ana);
    Participant luis = test::sampleParticipant(u"Luis"_s, u"Gómez"_s);
    luis.sex = u"M"_s;
    luis.phone = u"984123456"_s;
    const QString b = add(store.store(), luis);
    add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Gómez"_s));
    REQUIRE(store->db().execSql(u"UPDATE participant SET doc_type = 'dni', doc_number = '40123456' WHERE id = '"_s + b + u"'"_s));

    DuplicateFinder finder(store.store());
    const auto pairs = finder.find();
    REQUIRE(pairs.size() == 1);
    CHECK(QSet<QString> { pairs.at(0).a.id, pairs.at(0).b.id } == QSet<QString> { a, b });
    CHECK(pairs.at(0).evidence.sameDni);
    CHECK(pairs.at(0).evidence.reasons.contains(u"same_dni"_s));
    for (const Participant &p : { pairs.at(0).a, pairs.at(0).b })
        CHECK(toJson(p) == toJson(*store->participants().get(p.id))); // every field, not only the names
    CHECK(finder.findFor(b).size() == 1);
    CHECK(finder.count() == 1);
}

TEST_CASE("duplicates: a dismissed pair is never proposed again", "[dedup][merge]")
{
    test::TempStore store;
    const QString a = add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Quispe"_s));
    const QString b = add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Quispe"_s));
    const QString c = add(store.store(), test::sampleParticipant(u"Rossa"_s, u"Quispe"_s));
    DuplicateFinder finder(store.store());
    REQUIRE(finder.find().size() == 3);
    const QByteArray before = dumpOf(store.store());
    REQUIRE(finder.dismiss(b, a)); // either order
    CHECK(dumpOf(store.store()) == before); // a local note, not a change to the records
    const auto left = finder.find();
    REQUIRE(left.size() == 2);
    for (const auto &p : left)
        CHECK(QSet<QString> { p.a.id, p.b.id } != QSet<QString> { a, b });
    REQUIRE(finder.dismiss(a, b)); // again: harmless
    CHECK(finder.findFor(a).size() == 1);
    CHECK_FALSE(finder.dismiss(a, a));
    CHECK_FALSE(finder.dismiss(a, u"no-such-id"_s));
    (void)c;
}

TEST_CASE("merge: OTHER's facts move to KEEP, then unmerge restores the exact dump", "[dedup][merge]")
{
    Fixture f;
    Store &store = f.store.store();
    const QByteArray before = dumpOf(store);

    MergeOptions options;
    options.takeFromOther = { u"given_names"_s };
    auto report = Merger(store).merge(f.keep, f.other, options);
    REQUIRE(report);
    CHECK(report->enrollmentsMoved == 1); // T-OTHER (both were in T-SHARED)
    CHECK(report->attendanceMoved == 2); // session 2 of T-SHARED and T-OTHER's session
    CHECK(report->scoresMoved == 2); // post in T-SHARED, pre in T-OTHER
    REQUIRE(report->keptOnKeep.size() == 1); // session 1: both marked, differently
    CHECK(report->keptOnKeep.first().contains(u"attendance"_s));
    CHECK(report->fieldsFromOther.contains(u"dni"_s));
    CHECK(report->fieldsFromOther.contains(u"institution"_s));
    CHECK(report->fieldsFromOther.contains(u"given_names"_s));

    CHECK(store.participants().list().size() == 1);
    const auto keep = store.participants().get(f.keep);
    CHECK(keep->givenNames == u"Roza"_s);
    CHECK(keep->dni() == u"04567890"_s);
    CHECK(keep->institution == u"Corte Superior"_s);
    CHECK(keep->type == u"community_leader"_s); // KEEP's own value stays
    CHECK(store.enrollments().isEnrolled(f.onlyOther, f.keep));
    CHECK(store.attendance().status(f.sharedSessions.at(0), f.keep) == u"late"_s); // KEEP's mark kept
    CHECK(store.attendance().status(f.sharedSessions.at(1), f.keep) == u"present"_s);
    CHECK(store.scores().get(f.shared, f.keep, u"post"_s)->score == 16);
    CHECK(store.scores().get(f.shared, f.keep, u"pre"_s)->score == 9);
    CHECK(store.scores().get(f.onlyOther, f.keep, u"pre"_s)->score == 11);
    CHECK_FALSE(store.participants().get(f.other));
    RowWriter rows(store.db());
    CHECK(rows.read(schema::participant(), f.other, true)->value(u"merged_into"_s).toString() == f.keep);
    CHECK(DuplicateFinder(store).find().isEmpty());

    auto undone = Merger(store).unmerge(f.other);
    REQUIRE(undone);
    CHECK(undone->value(u"keep"_s).toString() == f.keep);
    CHECK(dumpOf(store) == before);
    CHECK_FALSE(Merger(store).unmerge(f.other)); // only once

    // Merging again after an unmerge works, and so does undoing that.
    REQUIRE(Merger(store).merge(f.other, f.keep));
    REQUIRE(Merger(store).unmerge(f.keep));
    CHECK(dumpOf(store) == before);
}

TEST_CASE("merge: refused for the same record or unknown ids, changing nothing", "[dedup][merge]")
{
    Fixture f;
    Store &store = f.store.store();
    const QByteArray before = dumpOf(store);
    CHECK_FALSE(Merger(store).merge(f.keep, f.keep));
    CHECK_FALSE(Merger(store).merge(f.keep, u"nobody"_s));
    CHECK_FALSE(Merger(store).merge(u"nobody"_s, f.other));
    CHECK_FALSE(Merger(store).unmerge(f.other));
    CHECK(dumpOf(store) == before);
}

TEST_CASE("merge: a deleted fact of KEEP brought back by a merge is deleted again by unmerge", "[dedup][merge]")
{
    Fixture f;
    Store &store = f.store.store();
    // KEEP once was in T-OTHER, then was taken out: its enrollment row exists, deleted.
    REQUIRE(store.enrollments().enroll(f.onlyOther, f.keep));
    REQUIRE(store.enrollments().unenroll(f.onlyOther, f.keep));
    const QByteArray before = dumpOf(store);
    REQUIRE(Merger(store).merge(f.keep, f.other));
    CHECK(store.enrollments().isEnrolled(f.onlyOther, f.keep));
    REQUIRE(Merger(store).unmerge(f.other));
    CHECK(dumpOf(store) == before);
    CHECK_FALSE(store.enrollments().isEnrolled(f.onlyOther, f.keep));
}

TEST_CASE("Merges are undone newest first; an older one is refused while a later one stands")
{
    capacita::test::TempStore s;
    const QString t = s->trainings().add(capacita::test::sampleTraining()).value();
    auto person = [&](const char *given) {
        capacita::Participant p = capacita::test::sampleParticipant(QString::fromUtf8(given), QStringLiteral("Quispe"));
        p.birthYear.reset();
        const QString id = s->participants().add(p).value();
        REQUIRE(s->enrollments().enroll(t, id));
        return id;
    };
    const QString a = person("Ana"), b = person("Ane"), x = person("Anna");
    capacita::Merger merger(s.store());
    const QByteArray before = QJsonDocument(s->dump()).toJson();
    REQUIRE(merger.merge(a, b, {}));
    REQUIRE(merger.merge(x, a, {}));
    const QByteArray afterBoth = QJsonDocument(s->dump()).toJson();
    const auto outOfOrder = merger.unmerge(b);
    REQUIRE_FALSE(outOfOrder);
    CHECK(outOfOrder.error().code == capacita::ErrorCode::Refused);
    CHECK(QJsonDocument(s->dump()).toJson() == afterBoth);
    REQUIRE(merger.unmerge(a));
    REQUIRE(merger.unmerge(b));
    CHECK(QJsonDocument(s->dump()).toJson() == before);
}

TEST_CASE("duplicates: the kept count follows every change to the people and the dismissals", "[dedup]")
{
    test::TempStore store;
    const QString a = add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Quispe"_s));
    const QString b = add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Quispe"_s));
    const QString c = add(store.store(), test::sampleParticipant(u"Rossa"_s, u"Quispe"_s));
    DuplicateFinder finder(store.store());
    CHECK_FALSE(finder.cachedCount()); // never counted
    CHECK(finder.count() == 3);
    CHECK(finder.cachedCount() == 3);
    CHECK(DuplicateFinder(store.store()).count() == 3); // read back, as a later report does

    SECTION("a changed name")
    {
        Participant renamed = store->participants().get(c).value();
        renamed.givenNames = u"Juana"_s;
        REQUIRE(store->participants().update(renamed));
        CHECK_FALSE(finder.cachedCount());
        CHECK(finder.count() == 1);
        CHECK(finder.count() == int(finder.find().size()));
    }
    SECTION("a dismissed pair")
    {
        REQUIRE(finder.dismiss(a, b));
        CHECK_FALSE(finder.cachedCount());
        CHECK(finder.count() == 2);
    }
    SECTION("a deleted person, then brought back")
    {
        auto removed = store->participants().remove(b);
        REQUIRE(removed);
        CHECK_FALSE(finder.cachedCount());
        CHECK(finder.count() == 1);
        REQUIRE(store->participants().restore(*removed));
        CHECK_FALSE(finder.cachedCount());
        CHECK(finder.count() == 3);
    }
    SECTION("a new person")
    {
        add(store.store(), test::sampleParticipant(u"Rosa"_s, u"Quispe"_s));
        CHECK_FALSE(finder.cachedCount());
        CHECK(finder.count() == 6);
    }
}
