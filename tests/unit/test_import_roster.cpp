#include "importing/importing.h"
#include "importing/rosterwriter.h"
#include "storage/auditlog.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return test::testDataPath(u"rosters/"_s + QString::fromLatin1(name));
}

ImportSummary importFixture(Store &store, const char *name, ImportOptions options = {})
{
    auto summary = RosterImporter(store).importFile(fixture(name), options);
    if (!summary)
        FAIL(summary.error().text().toStdString());
    return *summary;
}

QByteArray dumpOf(Store &store)
{
    return QJsonDocument(store.dump()).toJson(QJsonDocument::Compact);
}

Participant personNamed(Store &store, const QString &given)
{
    for (const Participant &p : store.participants().list()) {
        if (p.givenNames == given)
            return p;
    }
    FAIL("nobody named " << given.toStdString());
    return {};
}

QString personOf(Store &store, const QString &participantId)
{
    const auto p = store.participants().get(participantId);
    return p ? p->givenNames : QString();
}

// Attendance of one person in one training, in session order.
QStringList marksOf(Store &store, const Training &t, const QString &participantId)
{
    QStringList out;
    for (const TrainingSession &s : store.sessions().listForTraining(t.id))
        out << store.attendance().status(s.id, participantId).value_or(u"-"_s);
    return out;
}

} // namespace

TEST_CASE("roster: a Spanish CSV makes trainings, sessions, people, attendance and scores", "[import][roster]")
{
    test::TempStore store;
    store.clock().set(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    const ImportSummary s = importFixture(store.store(), "cusco_bom_semicolon.csv");
    CHECK(s.committed);
    CHECK(s.rejectedRows.isEmpty());
    CHECK(s.rowsRead == 4);
    CHECK(s.rowsImported == 4);
    CHECK(s.trainingsCreated == 2);
    CHECK(s.participantsCreated == 4);
    CHECK(s.participantsMatched == 0);

    const auto cusco = store->trainings().findByCode(u"CUS-2024-01"_s);
    REQUIRE(cusco);
    CHECK(cusco->title == u"Trata de personas: identificación"_s);
    CHECK(cusco->topics == QStringList { u"TIP"_s, u"GBV"_s });
    CHECK(cusco->ubigeo == u"080101"_s); // only the department was given: its capital district
    CHECK(cusco->startDate == QDate(2024, 3, 4));
    CHECK(cusco->endDate == QDate(2024, 3, 8));
    CHECK(cusco->status == u"completed"_s);
    QList<QDate> dates;
    for (const TrainingSession &session : store->sessions().listForTraining(cusco->id))
        dates << session.date;
    CHECK(dates
        == QList<QDate> {
            QDate(2024, 3, 4), QDate(2024, 3, 5), QDate(2024, 3, 6), QDate(2024, 3, 7), QDate(2024, 3, 8) });
    const auto puno = store->trainings().findByCode(u"PUN-2024-02"_s);
    REQUIRE(puno);
    CHECK(puno->ubigeo == u"210101"_s);
    CHECK(store->sessions().listForTraining(puno->id).size() == 1);

    const Participant maria = personNamed(store.store(), u"María José"_s);
    CHECK(maria.familyNames == u"Quispe Mamani"_s);
    CHECK(maria.dni() == u"04567890"_s);
    CHECK(maria.sex == u"F"_s);
    CHECK(maria.birthYear == 1985);
    CHECK(maria.type == u"judge"_s);
    CHECK(maria.institution == u"Corte Superior de Justicia de Cusco"_s); // a wrapped cell, one line
    CHECK(marksOf(store.store(), *cusco, maria.id) == QStringList(5, u"present"_s));
    const auto pre = store->scores().get(cusco->id, maria.id, u"pre"_s);
    REQUIRE(pre);
    CHECK(pre->score == 12.5);
    CHECK(pre->maxScore == 20);

    const Participant juan = personNamed(store.store(), u"Juan"_s);
    CHECK(juan.type == u"police"_s);
    CHECK(juan.dni().isEmpty());
    CHECK(marksOf(store.store(), *cusco, juan.id)
        == QStringList { u"present"_s, u"present"_s, u"present"_s, u"present"_s, u"absent"_s });
    CHECK(store->scores().get(cusco->id, juan.id, u"post"_s)->score == 15.5);

    // A row that leaves the training columns blank belongs to the training its code names.
    const Participant rosa = personNamed(store.store(), u"Rosa"_s);
    CHECK(rosa.type == u"community_leader"_s);
    CHECK(rosa.institution == u"Comunidad \"Qolla\""_s);
    CHECK(marksOf(store.store(), *cusco, rosa.id).count(u"present"_s) == 3);
    CHECK_FALSE(store->scores().get(cusco->id, rosa.id, u"pre"_s));

    const Participant ana = personNamed(store.store(), u"Ana"_s);
    CHECK(ana.type == u"prosecutor"_s);
    CHECK(store->enrollments().isEnrolled(puno->id, ana.id));
    CHECK_FALSE(store->enrollments().isEnrolled(cusco->id, ana.id));
}

TEST_CASE("roster: importing the same file again changes nothing", "[import][roster]")
{
    test::TempStore store;
    for (const char *name : { "cusco_bom_semicolon.csv", "cusco_shared_inline_sparse.xlsx", "loreto_cp1252_comma.csv",
             "puno_xlsxwriter.xlsx" }) {
        INFO(name);
        const ImportSummary first = importFixture(store.store(), name);
        REQUIRE(first.committed);
        REQUIRE(first.participantsCreated > 0);
        const QByteArray before = dumpOf(store.store());
        int events = 0;
        QObject::connect(&store->db().notifier(), &ChangeNotifier::changed, [&events] { ++events; });
        QObject::connect(&store->db().notifier(), &ChangeNotifier::bulkChanged, [&events] { ++events; });
        const ImportSummary again = importFixture(store.store(), name);
        CHECK(again.committed);
        CHECK(again.rowsImported == first.rowsImported);
        CHECK(again.trainingsCreated == 0);
        CHECK(again.trainingsUpdated == 0);
        CHECK(again.participantsCreated == 0);
        CHECK(again.participantsMatched == first.participantsCreated + first.participantsMatched);
        CHECK(again.probableDuplicates.isEmpty());
        CHECK(dumpOf(store.store()) == before);
        CHECK(events == 0); // not one row was written
        store->db().notifier().disconnect();
    }
}

TEST_CASE(
    "roster: rejected rows carry their line, first column and reason; the file is refused whole", "[import][roster]")
{
    test::TempStore store;
    importFixture(store.store(), "cusco_bom_semicolon.csv");
    const QByteArray before = dumpOf(store.store());

    const ImportSummary s = importFixture(store.store(), "madre_de_dios_rejects.csv");
    CHECK(s.refused);
    CHECK_FALSE(s.committed);
    CHECK(dumpOf(store.store()) == before);
    CHECK(s.rowsRead == 9);
    CHECK(s.rowsValid == 2);
    CHECK(s.rowsImported == 0);
    CHECK(s.trainingsCreated == 0);
    CHECK(s.participantsCreated == 0);

    QList<std::pair<int, QString>> got;
    for (const RejectedRow &r : s.rejectedRows)
        got.append({ r.line, r.column });
    // Line 2 spans two lines (a quoted line break), so the next record starts on line 4.
    const QList<std::pair<int, QString>> expected { { 4, u"dni"_s }, { 5, u"family_names"_s }, { 6, u"attended"_s },
        { 7, u"pre_score"_s }, { 8, u"training_title"_s }, { 9, u"department"_s }, { 10, u"start_date"_s } };
    CHECK(got == expected);
    CHECK(s.rejectedRows.at(0).header == u"dni"_s);
    CHECK(s.rejectedRows.at(0).reason.contains(u"7 digits"_s));
    CHECK(s.rejectedRows.at(2).reason.contains(u"training had 3"_s));
    CHECK(s.rejectedRows.at(3).reason.contains(u"21"_s));
    CHECK(s.rejectedRows.at(4).reason.contains(u"line 2"_s));
    CHECK(s.rejectedRows.at(4).header == u"titulo"_s);
    CHECK(s.rejectedRows.at(6).reason.contains(u"31/02/2024"_s));

    const QJsonObject json = s.toJson();
    CHECK(json.value(u"refused"_s).toBool());
    CHECK(json.value(u"rejected_rows"_s).toArray().at(1).toObject().value(u"line"_s).toInt() == 5);
    CHECK(json.value(u"rejected_rows"_s).toArray().at(1).toObject().value(u"column"_s).toString() == u"family_names"_s);
}

TEST_CASE("roster: skip-invalid imports the valid rows; dry run and cancel store nothing", "[import][roster]")
{
    test::TempStore store;
    const QByteArray empty = dumpOf(store.store());

    ImportOptions dry;
    dry.dryRun = true;
    dry.skipInvalid = true;
    const ImportSummary preview = importFixture(store.store(), "madre_de_dios_rejects.csv", dry);
    CHECK_FALSE(preview.committed);
    CHECK_FALSE(preview.refused);
    CHECK(preview.rowsImported == 2);
    CHECK(preview.trainingsCreated == 1);
    CHECK(preview.participantsCreated == 2);
    CHECK(preview.rejectedRows.size() == 7);
    CHECK(dumpOf(store.store()) == empty);

    ImportOptions cancel;
    int calls = 0;
    cancel.progress = [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return done == 0;
    };
    const ImportSummary cancelled = importFixture(store.store(), "cusco_bom_semicolon.csv", cancel);
    CHECK(cancelled.cancelled);
    CHECK_FALSE(cancelled.committed);
    CHECK(calls == 2);
    CHECK(dumpOf(store.store()) == empty);

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportSummary s = importFixture(store.store(), "madre_de_dios_rejects.csv", skip);
    CHECK(s.committed);
    CHECK(s.rowsImported == 2);
    const auto mdd = store->trainings().findByCode(u"MDD-2024-03"_s);
    REQUIRE(mdd);
    CHECK(mdd->ubigeo == u"170101"_s);
    CHECK(store->enrollments().participantsOf(mdd->id).size() == 2);
    CHECK(personNamed(store.store(), u"Zoe"_s).institution == u"Colegio \"San Martín\""_s);
    CHECK(personNamed(store.store(), u"Zoe"_s).sex == u"X"_s);
    CHECK_FALSE(store->trainings().findByCode(u"UCA-2024-02"_s)); // all its rows were rejected
}

// Rows are written without a savepoint each; a row that fails inside the database after
// writing part of itself makes the import start again with them (RosterImporter).
TEST_CASE("roster: a row the database refuses midway leaves nothing of itself, wherever it fails", "[import][roster]")
{
    // Juan's row (line 4) writes his person, enrollment, marks and pre-test before the
    // post-test; the first trigger refuses that last write, the second his very first.
    const QString refusals[] = {
        u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON assessment_score "
        "WHEN NEW.kind = 'post' AND NEW.score = 15.5 BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s,
        u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON participant "
        "WHEN NEW.given_names = 'Juan' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s,
    };
    for (const QString &refusal : refusals) {
        CAPTURE(refusal);
        test::TempStore store;
        REQUIRE(store->db().execSql(refusal));
        ImportOptions skip;
        skip.skipInvalid = true;
        const ImportSummary s = importFixture(store.store(), "cusco_bom_semicolon.csv", skip);
        CHECK(s.committed);
        CHECK(s.rowsImported == 3);
        CHECK(s.participantsCreated == 3);
        CHECK(s.trainingsCreated == 2);
        REQUIRE(s.rejectedRows.size() == 1);
        CHECK(s.rejectedRows.front().line == 4);

        QStringList names;
        for (const Participant &p : store->participants().list())
            names << p.givenNames;
        names.sort();
        CHECK(names == QStringList { u"Ana"_s, u"María José"_s, u"Rosa"_s });
        // Every stored row is someone's, and every audit line is about a stored row: nothing
        // of Juan's half-written row is left, in the tables or in the log.
        const QJsonObject dump = store->dump();
        QSet<QString> ids;
        for (const QJsonValue &rows : dump)
            for (const QJsonValue &row : rows.toArray())
                ids.insert(row[u"id"].toString());
        for (const QJsonValue &row : dump[u"attendance"].toArray())
            CHECK(names.contains(personOf(store.store(), row[u"participant_id"].toString())));
        const QList<AuditEntry> lines = store->db().audit().entries();
        CHECK(lines.size() == ids.size());
        for (const AuditEntry &line : lines)
            CHECK(ids.contains(line.rowId));
        const auto cusco = store->trainings().findByCode(u"CUS-2024-01"_s);
        REQUIRE(cusco);
        CHECK(marksOf(store.store(), *cusco, personNamed(store.store(), u"Rosa"_s).id)
            == QStringList { u"present"_s, u"present"_s, u"present"_s, u"absent"_s, u"absent"_s });
    }
}

TEST_CASE("roster: xlsx rosters import like CSV", "[import][roster]")
{
    test::TempStore store;
    const ImportSummary s = importFixture(store.store(), "cusco_shared_inline_sparse.xlsx");
    CHECK(s.committed);
    CHECK(s.rejectedRows.isEmpty());
    CHECK(s.ignoredColumns == QStringList { u"verificado"_s });
    CHECK(s.warnings.size() == 1);
    const auto t = store->trainings().findByCode(u"CUS-2024-05"_s);
    REQUIRE(t);
    CHECK(t->startDate == QDate(2024, 3, 4));
    CHECK(t->endDate == QDate(2024, 3, 8));
    const Participant rosa = personNamed(store.store(), u"Rosa Elena"_s);
    CHECK(rosa.familyNames == u"Quispe Mamani"_s);
    CHECK(rosa.dni() == u"04567890"_s);
    CHECK(rosa.type == u"judge"_s);
    CHECK(rosa.birthYear == 1985);
    CHECK(store->scores().get(t->id, rosa.id, u"post"_s)->score == 17.5);
    CHECK(marksOf(store.store(), *t, rosa.id).count(u"present"_s) == 4);
    const Participant hilda = personNamed(store.store(), u"Hilda"_s);
    CHECK(marksOf(store.store(), *t, hilda.id) == QStringList(5, u"present"_s));

    const ImportSummary puno = importFixture(store.store(), "puno_xlsxwriter.xlsx");
    CHECK(puno.committed);
    const auto pt = store->trainings().findByCode(u"PUN-2024-06"_s);
    REQUIRE(pt);
    CHECK(pt->topics == QStringList { u"TIP"_s, u"CEFM"_s });
    CHECK(personNamed(store.store(), u"Julia"_s).dni() == u"01234567"_s);
    CHECK(personNamed(store.store(), u"Julia"_s).type == u"community_leader"_s);
    CHECK(personNamed(store.store(), u"Teófilo"_s).type == u"educator"_s);
}

TEST_CASE("roster: English headers in Windows-1252", "[import][roster]")
{
    test::TempStore store;
    const ImportSummary s = importFixture(store.store(), "loreto_cp1252_comma.csv");
    CHECK(s.committed);
    CHECK(s.ignoredColumns == QStringList { u"notas_extra"_s });
    const Participant martin = personNamed(store.store(), u"Martín"_s);
    CHECK(martin.familyNames == u"Peña Ñahui"_s);
    CHECK(martin.institution == u"Fiscalía \"Maynas\""_s);
    const auto t = store->trainings().findByCode(u"LOR-2023-07"_s);
    REQUIRE(t);
    CHECK(t->title == u"Atención a víctimas"_s);
    CHECK(t->topics == QStringList { u"TIP"_s, u"CEFM"_s });
    CHECK(t->ubigeo == u"160101"_s);
}

TEST_CASE("roster: files that cannot be read at all are errors and change nothing", "[import][roster]")
{
    test::TempStore store;
    const QByteArray before = dumpOf(store.store());
    for (const char *name : { "missing_column.csv", "unterminated_quote.csv", "truncated.xlsx", "no_such_file.csv" }) {
        INFO(name);
        auto s = RosterImporter(store.store()).importFile(fixture(name));
        REQUIRE_FALSE(s);
        CHECK_FALSE(s.error().message.isEmpty());
    }
    CHECK(RosterImporter(store.store())
              .importFile(fixture("missing_column.csv"))
              .error()
              .message.contains(u"apellidos"_s));
    CHECK(dumpOf(store.store()) == before);
}

TEST_CASE("roster: sessions are spread over the training's days and never outside them", "[import][roster]")
{
    const QDate mon(2024, 3, 4);
    CHECK(RosterWriter::sessionDates(mon, mon.addDays(4), 5)
        == QList<QDate> { mon, mon.addDays(1), mon.addDays(2), mon.addDays(3), mon.addDays(4) });
    CHECK(RosterWriter::sessionDates(mon, mon.addDays(9), 2) == QList<QDate> { mon, mon.addDays(5) });
    CHECK(RosterWriter::sessionDates(mon, mon, 3) == QList<QDate>(3, mon));
    for (int n = 1; n <= 12; ++n) {
        for (int days = 0; days < 6; ++days) {
            const auto dates = RosterWriter::sessionDates(mon, mon.addDays(days), n);
            REQUIRE(dates.size() == n);
            CHECK(dates.first() == mon);
            CHECK(std::is_sorted(dates.cbegin(), dates.cend()));
            CHECK(dates.last() <= mon.addDays(days));
        }
    }
}

TEST_CASE("roster: a training on record is updated where the file differs, and only there", "[import][roster]")
{
    test::TempStore store;
    Training t = test::sampleTraining(u"CUS-2024-01"_s);
    t.title = u"Título antiguo"_s;
    t.ubigeo = u"080108"_s; // Wanchaq, in Cusco: kept, since the file gives only the department
    t.startDate = QDate(2024, 3, 4);
    t.endDate = QDate(2024, 3, 8);
    auto id = store->trainings().add(t);
    REQUIRE(id);
    TrainingSession first;
    first.trainingId = *id;
    first.date = QDate(2024, 3, 4);
    first.hours = 3;
    REQUIRE(store->sessions().add(first));

    const ImportSummary s = importFixture(store.store(), "cusco_bom_semicolon.csv");
    CHECK(s.trainingsCreated == 1); // Puno
    CHECK(s.trainingsUpdated == 1);
    const auto updated = store->trainings().get(*id);
    CHECK(updated->title == u"Trata de personas: identificación"_s);
    CHECK(updated->topics == QStringList { u"TIP"_s, u"GBV"_s });
    CHECK(updated->ubigeo == u"080108"_s);
    const auto sessions = store->sessions().listForTraining(*id);
    REQUIRE(sessions.size() == 5); // the four missing ones were added
    CHECK(sessions.first().hours == 3); // the one on record is untouched
}

TEST_CASE("roster: rows that only name a training on record join it", "[import][roster]")
{
    test::TempStore store;
    Training t = test::sampleTraining(u"LIM-1"_s);
    auto id = store->trainings().add(t);
    REQUIRE(id);
    for (int i = 0; i < 2; ++i) {
        TrainingSession s;
        s.trainingId = *id;
        s.date = t.startDate.addDays(i);
        REQUIRE(store->sessions().add(s));
    }
    RosterTable table;
    table.header = { u"codigo_capacitacion"_s, u"titulo"_s, u"fecha_inicio"_s, u"fecha_fin"_s, u"sesiones"_s,
        u"nombres"_s, u"apellidos"_s, u"asistencias"_s };
    table.records = {
        { 2, { { u"LIM-1"_s }, {}, {}, {}, {}, { u"Eva"_s }, { u"Rey"_s }, { u"2"_s } } },
        { 3, { { u"LIM-1"_s }, {}, {}, {}, { u"4"_s }, { u"Ciro"_s }, { u"Alegría"_s }, { u"1"_s } } },
        { 4, { { u"LIM-2"_s }, {}, {}, {}, {}, { u"Flor"_s }, { u"Paz"_s }, {} } },
        { 5, { { u"LIM-1"_s }, {}, {}, {}, {}, { u"EVA"_s }, { u"rey"_s }, { u"1"_s } } },
    };
    const auto s = RosterImporter(store.store()).importTable(table, {});
    REQUIRE(s);
    REQUIRE(s->rejectedRows.size() == 3);
    CHECK(s->rejectedRows.at(0).line == 3);
    CHECK(s->rejectedRows.at(0).column == u"sessions"_s); // 4 disagrees with the 2 on record
    CHECK(s->rejectedRows.at(1).line == 4);
    CHECK(s->rejectedRows.at(1).column == u"training_title"_s); // LIM-2 exists nowhere
    CHECK(s->rejectedRows.at(2).line == 5);
    CHECK(s->rejectedRows.at(2).reason.contains(u"line 2"_s)); // the same person twice in one training

    ImportOptions skip;
    skip.skipInvalid = true;
    const auto imported = RosterImporter(store.store()).importTable(table, skip);
    REQUIRE(imported);
    CHECK(imported->rowsImported == 1);
    CHECK(imported->trainingsCreated == 0);
    CHECK(imported->trainingsUpdated == 0);
    CHECK(marksOf(store.store(), *store->trainings().get(*id), personNamed(store.store(), u"Eva"_s).id)
        == QStringList { u"present"_s, u"present"_s });
}

TEST_CASE("roster: the wizard's preview shows the first rows and what each column was taken for", "[import][roster]")
{
    auto p = rosterfile::preview(fixture("loreto_cp1252_comma.csv"), {}, 1);
    REQUIRE(p);
    CHECK(p->rowCount == 2);
    REQUIRE(p->rows.size() == 1);
    CHECK(p->rows.first().cell(8).text == u"Martín"_s);
    CHECK(p->columns.first() == u"training_code"_s);
    CHECK(p->columns.at(9) == u"family_names"_s);
    CHECK(p->columns.last().isEmpty()); // notas_extra
    CHECK(p->ignored == QStringList { u"notas_extra"_s });
    CHECK(p->headerError.isEmpty());

    auto missing = rosterfile::preview(fixture("missing_column.csv"));
    REQUIRE(missing); // the preview still shows the file...
    CHECK(missing->headerError.contains(u"apellidos"_s)); // ...and why it cannot be imported
    CHECK(missing->columns.at(5) == u"given_names"_s);
}
