#include "reports/sheets.h"
#include "storage/privatefile.h"
#include "support/testsupport.h"
#include "test_report_outputs_samples.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace capacita;
using namespace capacita::reports;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

int pagesOf(const QString &path)
{
    auto bytes = readWholeFile(path, 64 * 1024 * 1024);
    REQUIRE(bytes.ok());
    REQUIRE(bytes->startsWith("%PDF-"));
    return test::pdfPageCount(*bytes);
}

QString addTraining(test::TempStore &s, int sessions, int people)
{
    Training t = test::sampleTraining();
    t.venue = u"Auditorio de la Corte Superior"_s;
    t.startDate = QDate(2025, 3, 3);
    t.endDate = QDate(2025, 3, 28);
    auto id = s->trainings().add(t);
    REQUIRE(id.ok());
    for (int i = 0; i < sessions; ++i) {
        TrainingSession session;
        session.trainingId = *id;
        session.date = t.startDate.addDays(i * 2);
        session.startTime = u"09:00"_s;
        session.endTime = u"13:00"_s;
        session.hours = 4;
        REQUIRE(s->sessions().add(session).ok());
    }
    for (int i = 0; i < people; ++i) {
        Participant p = test::sampleParticipant(u"Persona%1"_s.arg(i), u"Ñaupari Huamán"_s);
        p.docType = u"dni"_s;
        p.docNumber = u"4%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        p.institution = u"Fiscalía Provincial de Cusco"_s;
        auto pid = s->participants().add(p);
        REQUIRE(pid.ok());
        REQUIRE(s->enrollments().enroll(*id, *pid).ok());
    }
    return *id;
}

} // namespace

TEST_CASE("report outputs - a training sheet is read from the store by id or code", "[reports][outputs][sheets]")
{
    test::TempStore s;
    const QString id = addTraining(s, 3, 2);
    auto byCode = loadTrainingSheet(s.store(), u"CUS-2025-01"_s);
    REQUIRE(byCode.ok());
    auto byId = loadTrainingSheet(s.store(), id);
    REQUIRE(byId.ok());
    CHECK(byId->code == byCode->code);
    CHECK(byCode->title == test::sampleTraining().title);
    CHECK_FALSE(byCode->department.isEmpty()); // from the UBIGEO table
    CHECK(byCode->place.endsWith(byCode->department));
    CHECK(byCode->sessions.size() == 3);
    CHECK(byCode->sessions.at(1).date == QDate(2025, 3, 5));
    REQUIRE(byCode->people.size() == 2);
    CHECK(byCode->people.at(0).name == u"Ñaupari Huamán, Persona0"_s);
    CHECK(byCode->people.at(0).dni == u"40000000"_s);
    CHECK(byCode->maxScore == 20);

    auto missing = loadTrainingSheet(s.store(), u"NO-EXISTE"_s);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(u"NO-EXISTE"_s));
}

TEST_CASE("report outputs - the sign-in sheet lists the enrolled with a column per session", "[reports][outputs][sheets]")
{
    test::TempStore s;
    addTraining(s, 4, 30);
    auto sheet = loadTrainingSheet(s.store(), u"CUS-2025-01"_s);
    REQUIRE(sheet.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"asistencia.pdf"_s);
    const Status written = writeSignInSheet(*sheet, path);
    INFO((written.ok() ? QString() : written.error().text()).toStdString());
    REQUIRE(written.ok());
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    CHECK(pagesOf(path) >= 2); // 30 people and blank rows do not fit one page

    const QString text = test::pdfText(path);
    CHECK_FALSE(text.contains(QChar::ReplacementCharacter));
    CHECK(text.contains(u"CUS-2025-01"_s));
    CHECK(text.contains(u"Auditorio de la Corte Superior"_s));
    for (int i = 0; i < 30; ++i)
        CHECK(text.contains(u"Persona%1"_s.arg(i)));
    CHECK(text.contains(u"40000029"_s));
    CHECK(text.contains(u"Session 4"_s));
    CHECK(text.contains(u"09/03/2025"_s)); // the fourth session's date
}

TEST_CASE("report outputs - many sessions split the sign-in sheet into sets of pages", "[reports][outputs][sheets]")
{
    TrainingSheet sheet;
    sheet.code = u"LIM-2025-07"_s;
    sheet.title = u"Curso largo"_s;
    sheet.startDate = QDate(2025, 4, 1);
    sheet.endDate = QDate(2025, 4, 30);
    for (int i = 0; i < 10; ++i)
        sheet.sessions.append({ sheet.startDate.addDays(i), {}, {} });
    sheet.people = { { u"Quispe Mamani, Rosa"_s, u"12345678"_s, u"PNP"_s } };
    QTemporaryDir dir;
    const QString path = dir.filePath(u"largo.pdf"_s);
    REQUIRE(writeSignInSheet(sheet, path).ok());
    const int pages = pagesOf(path);
    CHECK(pages >= 2);
    const QString text = test::pdfText(path);
    CHECK(text.count(u"Quispe Mamani, Rosa"_s) == pages); // everybody again on each set
    CHECK(text.contains(u"Session 10"_s));
    CHECK(text.contains(u"10/04/2025"_s));
}

TEST_CASE("report outputs - the score sheet has pre and post columns and the maximum", "[reports][outputs][sheets]")
{
    test::TempStore s;
    addTraining(s, 1, 3);
    auto sheet = loadTrainingSheet(s.store(), u"CUS-2025-01"_s);
    REQUIRE(sheet.ok());
    sheet.value().maxScore = 25;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notas.pdf"_s);
    REQUIRE(writeScoreSheet(*sheet, path).ok());
    CHECK(pagesOf(path) == 1);
    const QString text = test::pdfText(path);
    CHECK(text.contains(u"Persona2"_s));
    CHECK(text.contains(u"40000001"_s));
    CHECK(text.contains(u"Pre test"_s));
    CHECK(text.contains(u"Post test"_s));
    CHECK(text.contains(u"Maximum score: 25"_s));

    const QString missing = dir.filePath(u"no-such-folder/notas.pdf"_s);
    const Status failed = writeScoreSheet(*sheet, missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
}
