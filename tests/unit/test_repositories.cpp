#include "support/testsupport.h"

#include "domain/validation.h"
#include "storage/auditlog.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace capacita;
using namespace capacita::test;

namespace {

struct Course
{
    QString training;
    QString session1;
    QString session2;
    QString person;
};

Course makeCourse(Store &store)
{
    Course c;
    c.training = store.trainings().add(sampleTraining()).value();
    TrainingSession s;
    s.trainingId = c.training;
    s.date = QDate(2025, 3, 10);
    s.hours = 4;
    c.session1 = store.sessions().add(s).value();
    s.date = QDate(2025, 3, 11);
    c.session2 = store.sessions().add(s).value();
    c.person = store.participants().add(sampleParticipant()).value();
    REQUIRE(store.enrollments().enroll(c.training, c.person));
    return c;
}

QByteArray dumpOf(Store &store)
{
    return QJsonDocument(store.dump()).toJson();
}

} // namespace

TEST_CASE("Participants are added, read back, updated and listed")
{
    TempStore s;
    Participant p = sampleParticipant();
    p.docType = QStringLiteral("dni");
    p.docNumber = QStringLiteral("01234567");
    const auto id = s->participants().add(p);
    REQUIRE(id);
    auto got = s->participants().get(*id);
    REQUIRE(got);
    CHECK(got->dni() == QStringLiteral("01234567")); // leading zero kept
    CHECK(got->birthYear == 1985);
    got.value().institution = QStringLiteral("Fiscalía Provincial de Cusco");
    REQUIRE(s->participants().update(*got));
    CHECK(s->participants().get(*id)->institution == QStringLiteral("Fiscalía Provincial de Cusco"));
    CHECK(s->participants().findByDni(QStringLiteral("01234567"))->id == *id);
}

TEST_CASE("Participant validation names the field and the reason")
{
    TempStore s;
    auto refused = [&](Participant p, const char *field) {
        const QByteArray before = dumpOf(s.store());
        auto r = s->participants().add(p);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(dumpOf(s.store()) == before);
    };
    Participant p = sampleParticipant();
    SECTION("names required") { p.givenNames = QStringLiteral("  "); refused(p, "given_names"); }
    SECTION("family names required") { p.familyNames.clear(); refused(p, "family_names"); }
    SECTION("DNI with 7 digits") { p.docType = QStringLiteral("dni"); p.docNumber = QStringLiteral("1234567"); refused(p, "dni"); }
    SECTION("DNI with letters") { p.docType = QStringLiteral("dni"); p.docNumber = QStringLiteral("1234567A"); refused(p, "dni"); }
    SECTION("unknown sex") { p.sex = QStringLiteral("W"); refused(p, "sex"); }
    SECTION("unknown type") { p.type = QStringLiteral("astronaut"); refused(p, "type"); }
    SECTION("unknown district") { p.ubigeo = QStringLiteral("999999"); refused(p, "ubigeo"); }
    SECTION("birth year in the future") { p.birthYear = 3000; refused(p, "birth_year"); }
    SECTION("a DNI already used by someone else")
    {
        Participant first = sampleParticipant(QStringLiteral("Juan"), QStringLiteral("Huamán"));
        first.docType = QStringLiteral("dni");
        first.docNumber = QStringLiteral("44556677");
        REQUIRE(s->participants().add(first));
        p.docType = QStringLiteral("dni");
        p.docNumber = QStringLiteral("44556677");
        refused(p, "dni");
    }
}

TEST_CASE("Training validation: real dates, end not before start, known codes, unique code")
{
    TempStore s;
    Training t = sampleTraining();
    auto refused = [&](const Training &bad, const char *field) {
        auto r = s->trainings().add(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QLatin1String(field));
    };
    SECTION("end before start") { t.endDate = QDate(2025, 3, 1); refused(t, "end_date"); }
    SECTION("invalid date") { t.startDate = QDate(2025, 2, 30); refused(t, "start_date"); }
    SECTION("unknown topic") { t.topics = {QStringLiteral("XYZ")}; refused(t, "topics"); }
    SECTION("completion share above 1") { t.completionShare = 1.5; refused(t, "completion"); }
    SECTION("duplicate code")
    {
        REQUIRE(s->trainings().add(t));
        t.title = QStringLiteral("Otra");
        refused(t, "code");
    }
    SECTION("the date parser refuses impossible dates")
    {
        CHECK_FALSE(validation::parseDate(QStringLiteral("date"), QStringLiteral("2025-02-30")));
        CHECK_FALSE(validation::parseDate(QStringLiteral("date"), QStringLiteral("30/01/2025")));
        CHECK(*validation::parseDate(QStringLiteral("date"), QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    }
}

TEST_CASE("Sessions must fall within their training, and the training cannot shrink past them")
{
    TempStore s;
    const Course c = makeCourse(s.store());
    TrainingSession outside;
    outside.trainingId = c.training;
    outside.date = QDate(2025, 3, 20);
    auto r = s->sessions().add(outside);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("date"));

    Training t = *s->trainings().get(c.training);
    t.startDate = QDate(2025, 3, 11);
    auto u = s->trainings().update(t);
    REQUIRE_FALSE(u);
    CHECK(u.error().field == QStringLiteral("start_date"));
    CHECK(s->trainings().get(c.training)->startDate == QDate(2025, 3, 10));
    CHECK(s->sessions().listForTraining(c.training).size() == 2);
}

TEST_CASE("Attendance and scores: one row per fact, enrolled people only, scores within 0..max")
{
    TempStore s;
    const Course c = makeCourse(s.store());
    auto &att = s->attendance();
    const auto first = att.set(c.session1, c.person, QStringLiteral("present"));
    REQUIRE(first);
    const auto again = att.set(c.session1, c.person, QStringLiteral("late"));
    REQUIRE(again);
    CHECK(*first == *again);
    CHECK(att.status(c.session1, c.person) == QStringLiteral("late"));
    CHECK(att.listForTraining(c.training).size() == 1);
    CHECK_FALSE(att.set(c.session1, c.person, QStringLiteral("sleeping")));

    const QString stranger = s->participants().add(sampleParticipant(QStringLiteral("Otra"))).value();
    auto notEnrolled = att.set(c.session1, stranger, QStringLiteral("present"));
    REQUIRE_FALSE(notEnrolled);
    CHECK(notEnrolled.error().field == QStringLiteral("participant_id"));

    AssessmentScore sc;
    sc.trainingId = c.training;
    sc.participantId = c.person;
    sc.kind = QStringLiteral("pre");
    sc.score = 12;
    REQUIRE(s->scores().set(sc));
    sc.score = 21;
    auto tooHigh = s->scores().set(sc);
    REQUIRE_FALSE(tooHigh);
    CHECK(tooHigh.error().field == QStringLiteral("score"));
    CHECK(s->scores().get(c.training, c.person, QStringLiteral("pre"))->score == 12);
    sc.score = 45;
    sc.maxScore = 50;
    REQUIRE(s->scores().set(sc));
    CHECK(s->scores().listForTraining(c.training).size() == 1);

    REQUIRE(att.clear(c.session1, c.person));
    CHECK_FALSE(att.status(c.session1, c.person));
    REQUIRE(att.set(c.session1, c.person, QStringLiteral("absent"))); // a cleared fact comes back
    CHECK(att.status(c.session1, c.person) == QStringLiteral("absent"));
}

TEST_CASE("Deleting cascades to dependent rows and restore brings back exactly those")
{
    TempStore s;
    const Course c = makeCourse(s.store());
    REQUIRE(s->attendance().set(c.session1, c.person, QStringLiteral("present")));
    REQUIRE(s->attendance().set(c.session2, c.person, QStringLiteral("absent")));
    const QByteArray before = dumpOf(s.store());

    SECTION("a participant")
    {
        const auto gone = s->participants().remove(c.person);
        REQUIRE(gone);
        CHECK(gone->size() == 4); // two marks, the enrollment, the person
        CHECK(s->participants().list().isEmpty());
        CHECK(s->attendance().listForTraining(c.training).isEmpty());
        REQUIRE(s->participants().restore(*gone));
    }
    SECTION("a training")
    {
        const auto gone = s->trainings().remove(c.training);
        REQUIRE(gone);
        CHECK(s->trainings().list().isEmpty());
        CHECK(s->enrollments().participantsOf(c.training).isEmpty());
        REQUIRE(s->trainings().restore(*gone));
    }
    SECTION("a session")
    {
        const auto gone = s->sessions().remove(c.session2);
        REQUIRE(gone);
        CHECK(gone->size() == 2);
        REQUIRE(s->sessions().restore(*gone));
    }
    SECTION("an enrollment")
    {
        const auto gone = s->enrollments().unenroll(c.training, c.person);
        REQUIRE(gone);
        CHECK_FALSE(s->enrollments().isEnrolled(c.training, c.person));
        REQUIRE(s->enrollments().restore(*gone));
    }
    CHECK(dumpOf(s.store()) == before);
}

TEST_CASE("Every write stamps the changed fields with this site's clock and bumps the version vector")
{
    TempStore s;
    const QString id = s->participants().add(sampleParticipant()).value();
    auto meta = [&] {
        QSqlQuery q(s->db().sql());
        q.prepare(QStringLiteral("SELECT vv, stamps, deleted FROM participant WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return std::tuple{QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                          QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(2).toInt()};
    };
    const auto [vv1, stamps1, del1] = meta();
    CHECK(vv1.value(s->db().siteId()).toInt() == 1);
    REQUIRE(stamps1.contains(QStringLiteral("given_names")));
    CHECK(stamps1.value(QStringLiteral("given_names")).toArray().at(1).toString() == s->db().siteId());
    CHECK(del1 == 0);

    s.clock().advance(1000);
    Participant p = *s->participants().get(id);
    p.institution = QStringLiteral("DEMUNA Iquitos");
    REQUIRE(s->participants().update(p));
    const auto [vv2, stamps2, del2] = meta();
    CHECK(vv2.value(s->db().siteId()).toInt() == 2);
    CHECK(stamps2.value(QStringLiteral("institution")).toArray().at(0).toString()
          > stamps2.value(QStringLiteral("given_names")).toArray().at(0).toString());
    CHECK(stamps2.value(QStringLiteral("given_names")) == stamps1.value(QStringLiteral("given_names")));

    REQUIRE(s->participants().update(p)); // nothing changed: nothing written
    CHECK(std::get<0>(meta()).value(s->db().siteId()).toInt() == 2);

    REQUIRE(s->participants().remove(id));
    CHECK(std::get<2>(meta()) == 1);
}

TEST_CASE("Natural keys give the same ids on every laptop")
{
    CHECK(AttendanceRepository::idFor(QStringLiteral("s"), QStringLiteral("p"))
          == AttendanceRepository::idFor(QStringLiteral("s"), QStringLiteral("p")));
    CHECK(AttendanceRepository::idFor(QStringLiteral("s"), QStringLiteral("p"))
          != AttendanceRepository::idFor(QStringLiteral("s"), QStringLiteral("q")));
    CHECK(ScoreRepository::idFor(QStringLiteral("t"), QStringLiteral("p"), QStringLiteral("pre"))
          != ScoreRepository::idFor(QStringLiteral("t"), QStringLiteral("p"), QStringLiteral("post")));
}

TEST_CASE("The change notifier reports committed writes only")
{
    TempStore s;
    QSignalSpy spy(&s->db().notifier(), &ChangeNotifier::changed);
    const QString id = s->participants().add(sampleParticipant()).value();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<ChangeEvent>().id == id);
    Participant bad = sampleParticipant();
    bad.sex = QStringLiteral("?");
    CHECK_FALSE(s->participants().add(bad));
    CHECK(spy.count() == 1);
}

TEST_CASE("The dump lists live records sorted by table and id, without clocks")
{
    TempStore s;
    const Course c = makeCourse(s.store());
    const QJsonObject dump = s->dump();
    CHECK(dump.value(QStringLiteral("participant")).toArray().size() == 1);
    CHECK(dump.value(QStringLiteral("training_session")).toArray().size() == 2);
    const QJsonObject row = dump.value(QStringLiteral("participant")).toArray().at(0).toObject();
    CHECK(row.value(QStringLiteral("id")).toString() == c.person);
    CHECK_FALSE(row.contains(QStringLiteral("stamps")));
    CHECK_FALSE(row.contains(QStringLiteral("vv")));
    const QJsonArray sessions = dump.value(QStringLiteral("training_session")).toArray();
    CHECK(sessions.at(0).toObject().value(QStringLiteral("id")).toString()
          < sessions.at(1).toObject().value(QStringLiteral("id")).toString());
}

TEST_CASE("A large transaction is announced as one bulk change, not row by row")
{
    TempStore s;
    QSignalSpy rows(&s->db().notifier(), &ChangeNotifier::changed);
    QSignalSpy bulk(&s->db().notifier(), &ChangeNotifier::bulkChanged);
    {
        Transaction tx(s->db());
        for (int i = 0; i < 600; ++i)
            REQUIRE(s->participants().add(sampleParticipant(QStringLiteral("P%1").arg(i))));
        REQUIRE(tx.commit());
    }
    CHECK(rows.count() == 0);
    CHECK(bulk.count() == 1);
}

TEST_CASE("An upsert writes what an insert, an update and a restore would, each with its audit line")
{
    TempStore s;
    const Course c = makeCourse(s.store());
    Database &db = s->db();
    RowWriter rows(db);
    const QString id = AttendanceRepository::idFor(c.session1, c.person);
    const QVariantMap present{{QStringLiteral("session_id"), c.session1},
                              {QStringLiteral("participant_id"), c.person},
                              {QStringLiteral("status"), QStringLiteral("present")}};
    QVariantMap absent = present;
    absent.insert(QStringLiteral("status"), QStringLiteral("absent"));
    auto actions = [&] {
        QStringList out;
        for (const AuditEntry &e : db.audit().entries(QStringLiteral("attendance"), id))
            out << e.action + QLatin1Char(':') + e.changes.value(QStringLiteral("status")).toArray().at(1).toString();
        return out;
    };

    REQUIRE(rows.upsert(schema::attendance(), id, present));
    REQUIRE(rows.setDeleted(schema::attendance(), id, true));
    CHECK_FALSE(rows.isLive(schema::attendance(), id));
    REQUIRE(rows.upsert(schema::attendance(), id, absent)); // changes the value and brings it back
    CHECK(rows.isLive(schema::attendance(), id));
    CHECK(rows.read(schema::attendance(), id)->value(QStringLiteral("status")).toString() == u"absent");
    REQUIRE(rows.upsert(schema::attendance(), id, absent)); // nothing to change: nothing written
    CHECK(actions()
          == QStringList{QStringLiteral("created:present"), QStringLiteral("deleted:"), QStringLiteral("updated:absent"),
                         QStringLiteral("restored:")});

    // A row known to be new is inserted without looking for it first: the same stored row.
    const QString other = AttendanceRepository::idFor(c.session2, c.person);
    QVariantMap second = present;
    second.insert(QStringLiteral("session_id"), c.session2);
    REQUIRE(rows.upsert(schema::attendance(), other, second, RowWriter::Known::New));
    const auto stored = rows.read(schema::attendance(), other);
    REQUIRE(stored);
    QVariantMap expected = rows.read(schema::attendance(), id).value();
    expected.insert(QStringLiteral("session_id"), c.session2);
    expected.insert(QStringLiteral("status"), QStringLiteral("present"));
    CHECK(*stored == expected);
    // The caller's promise is checked by the primary key: a row that does exist is refused.
    CHECK_FALSE(rows.upsert(schema::attendance(), other, absent, RowWriter::Known::New));
    CHECK(rows.read(schema::attendance(), other) == stored);
}
