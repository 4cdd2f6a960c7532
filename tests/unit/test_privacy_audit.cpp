// The audit log: one line per changed row, with who, when, which laptop and where the change
// came from; and the person export that gathers everything about one person.

#include "importing/merger.h"
#include "storage/auditlog.h"
#include "storage/personexport.h"
#include "synctestsupport.h"

#include <QJsonArray>

using namespace capacita;
using namespace capacita::test;

namespace {
QJsonArray pair(const AuditEntry &e, const char *field)
{
    return e.changes.value(QLatin1String(field)).toArray();
}
} // namespace

TEST_CASE("Audit lines record who changed which field from what to what and on which laptop", "[privacy][audit]")
{
    TempStore store;
    Store &s = store.store();
    AuditLog &audit = s.db().audit();
    REQUIRE(audit.setOperatorName(QStringLiteral("  Ana Torres ")));
    store.clock().set(1'750'000'000'000);
    const QString id = s.participants().add(sampleParticipant()).value();
    Participant p = s.participants().get(id).value();
    p.givenNames = QStringLiteral("Rosa María");
    p.phone = QStringLiteral("987654321");
    store.clock().advance(60'000);
    REQUIRE(s.participants().update(p));
    REQUIRE(s.participants().update(p)); // no change, no line
    REQUIRE(s.participants().remove(id));

    const auto lines = audit.entries(QStringLiteral("participant"), id);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).action == QStringLiteral("created"));
    CHECK(pair(lines.at(0), "family_names") == QJsonArray{QJsonValue(), QStringLiteral("Quispe Mamani")});
    CHECK_FALSE(lines.at(0).changes.contains(QStringLiteral("phone"))); // empty fields are left out
    const AuditEntry &edit = lines.at(1);
    CHECK(edit.action == QStringLiteral("updated"));
    CHECK(edit.operatorName == QStringLiteral("Ana Torres"));
    CHECK(edit.siteId == s.db().siteId());
    CHECK_FALSE(edit.device.isEmpty());
    CHECK(edit.origin == QStringLiteral("local"));
    CHECK(edit.at == 1'750'000'060'000);
    CHECK(edit.changes.size() == 2);
    CHECK(pair(edit, "given_names") == QJsonArray{QStringLiteral("Rosa"), QStringLiteral("Rosa María")});
    CHECK(pair(edit, "phone") == QJsonArray{QJsonValue(), QStringLiteral("987654321")});
    CHECK(lines.at(2).action == QStringLiteral("deleted"));
    CHECK(lines.at(2).about == QStringLiteral("Rosa María Quispe Mamani"));
}

TEST_CASE("Audit lines of a training include its sessions enrollments and attendance", "[privacy][audit]")
{
    TempStore store;
    Store &s = store.store();
    const QString person = s.participants().add(sampleParticipant()).value();
    const QString training = s.trainings().add(sampleTraining()).value();
    TrainingSession session;
    session.trainingId = training;
    session.date = QDate(2025, 3, 11);
    const QString sessionId = s.sessions().add(session).value();
    REQUIRE(s.enrollments().enroll(training, person));
    REQUIRE(s.attendance().set(sessionId, person, QStringLiteral("absent")));
    REQUIRE(s.attendance().set(sessionId, person, QStringLiteral("present")));

    const auto lines = s.db().audit().entries(QStringLiteral("training"), training);
    QStringList tables;
    for (const AuditEntry &e : lines)
        tables << e.table;
    CHECK(tables == QStringList{QStringLiteral("training"), QStringLiteral("training_session"), QStringLiteral("enrollment"),
                                QStringLiteral("attendance"), QStringLiteral("attendance")});
    CHECK(pair(lines.last(), "status") == QJsonArray{QStringLiteral("absent"), QStringLiteral("present")});
    CHECK(lines.last().about == QStringLiteral("CUS-2025-01 2025-03-11 · Rosa Quispe Mamani"));
    // The person's history shows the same marks.
    CHECK(s.db().audit().entries(QStringLiteral("participant"), person).size() == 4);
}

TEST_CASE("Audit lines say whether a change came from a sync package or a merge", "[privacy][audit][sync]")
{
    Laptop a, b;
    joinAll(a, {&b});
    REQUIRE((*a).db().setSetting(QStringLiteral("device_name"), QStringLiteral("Laptop Iquitos")));
    const QString id = (*a).participants().add(sampleParticipant()).value();
    send(a, b);
    const auto received = (*b).db().audit().entries(QStringLiteral("participant"), id);
    REQUIRE(received.size() == 1);
    CHECK(received.first().origin == QStringLiteral("sync"));
    CHECK(received.first().action == QStringLiteral("created"));
    CHECK(received.first().detail.contains(QStringLiteral("Laptop Iquitos")));
    CHECK(received.first().detail.contains((*a).db().siteId()));
    CHECK(received.first().siteId == (*b).db().siteId()); // the laptop that wrote the line

    const QString twin = (*b).participants().add(sampleParticipant(QStringLiteral("Rosa"), QStringLiteral("Mamani Quispe"))).value();
    REQUIRE(Merger(*b).merge(id, twin));
    const auto merged = (*b).db().audit().entries(QStringLiteral("participant"), twin);
    REQUIRE(merged.size() >= 3);
    CHECK(merged.last().origin == QStringLiteral("merge"));
    CHECK(merged.last().action == QStringLiteral("deleted"));
}

TEST_CASE("A person export holds the record, trainings, marks, scores and audit lines", "[privacy][export]")
{
    TempStore store;
    Store &s = store.store();
    Participant p = sampleParticipant();
    p.consentDate = QDate(2025, 3, 10);
    p.consentNotice = QStringLiteral("v2");
    p.consentBy = QStringLiteral("Ana Torres");
    const QString id = s.participants().add(p).value();
    const QString other = s.participants().add(sampleParticipant(QStringLiteral("Luis"), QStringLiteral("Huamán"))).value();
    const QString training = s.trainings().add(sampleTraining()).value();
    TrainingSession session;
    session.trainingId = training;
    session.date = QDate(2025, 3, 11);
    const QString sessionId = s.sessions().add(session).value();
    REQUIRE(s.enrollments().enroll(training, id));
    REQUIRE(s.enrollments().enroll(training, other));
    REQUIRE(s.attendance().set(sessionId, id, QStringLiteral("late")));
    AssessmentScore score{{}, training, id, QStringLiteral("post"), 17, 20};
    REQUIRE(s.scores().set(score));

    const auto exported = exportPerson(s, id);
    REQUIRE(exported);
    const QJsonObject o = *exported;
    CHECK(o.value(QStringLiteral("participant")).toObject().value(QStringLiteral("family_names")).toString() == QStringLiteral("Quispe Mamani"));
    CHECK(o.value(QStringLiteral("participant")).toObject().value(QStringLiteral("consent_notice")).toString() == QStringLiteral("v2"));
    const QJsonArray enrollments = o.value(QStringLiteral("enrollments")).toArray();
    REQUIRE(enrollments.size() == 1);
    CHECK(enrollments.at(0).toObject().value(QStringLiteral("training_code")).toString() == QStringLiteral("CUS-2025-01"));
    CHECK(enrollments.at(0).toObject().value(QStringLiteral("training_title")).toString().startsWith(QStringLiteral("Trata")));
    CHECK(o.value(QStringLiteral("attendance")).toArray().at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("late"));
    CHECK(o.value(QStringLiteral("scores")).toArray().at(0).toObject().value(QStringLiteral("score")).toDouble() == 17);
    CHECK(o.value(QStringLiteral("audit")).toArray().size() == 4); // person, enrollment, mark, score
    // Nothing about the other person.
    CHECK_FALSE(QJsonDocument(o).toJson().contains("Luis"));
    CHECK_FALSE(exportPerson(s, QStringLiteral("no-such-id")));
}

TEST_CASE("Consent is stored, validated and taken over by a merge", "[privacy][consent]")
{
    TempStore store;
    Store &s = store.store();
    Participant p = sampleParticipant();
    p.consentNotice = QStringLiteral("v2");
    const auto refused = s.participants().add(p);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("consent_date"));

    p.consentDate = QDate(2025, 3, 10);
    p.consentBy = QStringLiteral("Ana Torres");
    const QString id = s.participants().add(p).value();
    const Participant stored = s.participants().get(id).value();
    CHECK(stored.hasConsent());
    CHECK(stored.consentDate == QDate(2025, 3, 10));
    CHECK(stored.consentNotice == QStringLiteral("v2"));
    CHECK(stored.consentBy == QStringLiteral("Ana Torres"));

    const QString keep = s.participants().add(sampleParticipant(QStringLiteral("Rosa"), QStringLiteral("Mamani Quispe"))).value();
    REQUIRE_FALSE(s.participants().get(keep).value().hasConsent());
    const auto report = Merger(s).merge(keep, id);
    REQUIRE(report);
    CHECK(report->fieldsFromOther.contains(QStringLiteral("consent")));
    CHECK(s.participants().get(keep).value().consentDate == QDate(2025, 3, 10));
}
