// capacita-cli enroll, attend and score: facts about a person in a training.
#include "clirunner.h"

#include "storage/attendancerepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/scorerepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int rowsIn(const QByteArray &dump, const char *table)
{
    return QJsonDocument::fromJson(dump).object().value(QLatin1String(table)).toArray().size();
}

struct Setup
{
    Cli cli;
    QString training = cli.addTraining();
    QString session = cli.addSession(training, s("2025-03-10"));
    QString person = cli.addParticipant();
};
} // namespace

TEST_CASE("enrolling twice is one enrollment and unenroll removes it", "[cli][enroll]")
{
    Setup f;
    const CliResult first = f.cli.run({ s("enroll"), f.training, f.person });
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    REQUIRE(isPrintedId(first.out));
    CHECK(first.outText() == capacita::EnrollmentRepository::idFor(f.training, f.person));
    const QByteArray once = f.cli.dump();
    CHECK(rowsIn(once, "enrollment") == 1);

    const CliResult second = f.cli.run({ s("enroll"), f.training, f.person });
    REQUIRE(second.code == 0);
    CHECK(second.outText() == first.outText());
    CHECK(rowsIn(f.cli.dump(), "enrollment") == 1);
    CHECK(f.cli.run({ s("training"), s("show"), f.training }).object().value(s("participants")).toArray()
        == QJsonArray { f.person });

    REQUIRE(f.cli.run({ s("attend"), f.session, f.person, s("present") }).code == 0);
    const CliResult removed = f.cli.run({ s("unenroll"), f.training, f.person });
    REQUIRE(removed.code == 0);
    const QByteArray after = f.cli.dump();
    CHECK(rowsIn(after, "enrollment") == 0);
    CHECK(rowsIn(after, "attendance") == 0); // the marks go with the enrollment
    CHECK(f.cli.run({ s("training"), s("show"), f.training }).object().value(s("participants")).toArray().isEmpty());
}

TEST_CASE("attend again with a new status updates the mark in place", "[cli][attend]")
{
    Setup f;
    REQUIRE(f.cli.run({ s("enroll"), f.training, f.person }).code == 0);
    const CliResult present = f.cli.run({ s("attend"), f.session, f.person, s("present") });
    INFO(present.err.toStdString());
    REQUIRE(present.code == 0);
    REQUIRE(isPrintedId(present.out));
    CHECK(present.outText() == capacita::AttendanceRepository::idFor(f.session, f.person));

    QJsonArray marks = f.cli.run({ s("attendance"), s("list"), f.training }).array();
    REQUIRE(marks.size() == 1);
    CHECK(marks.at(0).toObject().value(s("status")).toString() == s("present"));

    for (const char *status : { "late", "excused", "absent" }) {
        const CliResult again = f.cli.run({ s("attend"), f.session, f.person, s(status) });
        REQUIRE(again.code == 0);
        CHECK(again.outText() == present.outText());
        marks = f.cli.run({ s("attendance"), s("list"), f.training }).array();
        REQUIRE(marks.size() == 1);
        const QJsonObject mark = marks.at(0).toObject();
        CHECK(mark.value(s("id")).toString() == present.outText());
        CHECK(mark.value(s("session_id")).toString() == f.session);
        CHECK(mark.value(s("participant_id")).toString() == f.person);
        CHECK(mark.value(s("status")).toString() == s(status));
        CHECK(rowsIn(f.cli.dump(), "attendance") == 1);
    }
}

TEST_CASE("score records pre and post and again replaces and max sets the scale", "[cli][score]")
{
    Setup f;
    REQUIRE(f.cli.run({ s("enroll"), f.training, f.person }).code == 0);
    const CliResult pre = f.cli.run({ s("score"), f.training, f.person, s("pre"), s("9") });
    INFO(pre.err.toStdString());
    REQUIRE(pre.code == 0);
    REQUIRE(isPrintedId(pre.out));
    CHECK(pre.outText() == capacita::ScoreRepository::idFor(f.training, f.person, s("pre")));
    const CliResult post = f.cli.run({ s("score"), f.training, f.person, s("post"), s("15.5") });
    REQUIRE(post.code == 0);
    CHECK(post.outText() != pre.outText());

    QJsonArray scores = f.cli.run({ s("score"), s("list"), f.training }).array();
    REQUIRE(scores.size() == 2);
    for (const QJsonValue &v : scores) {
        const QJsonObject score = v.toObject();
        CHECK(score.value(s("participant_id")).toString() == f.person);
        CHECK(score.value(s("training_id")).toString() == f.training);
        CHECK(score.value(s("max_score")).toDouble() == Approx(20.0));
        if (score.value(s("kind")).toString() == s("pre"))
            CHECK(score.value(s("score")).toDouble() == Approx(9.0));
        else
            CHECK(score.value(s("score")).toDouble() == Approx(15.5));
    }

    // Re-scoring on another scale replaces the record; a later score without --max keeps it.
    REQUIRE(f.cli.run({ s("score"), f.training, f.person, s("pre"), s("7"), s("--max"), s("10") }).code == 0);
    REQUIRE(f.cli.run({ s("score"), f.training, f.person, s("pre"), s("8") }).code == 0);
    scores = f.cli.run({ s("score"), s("list"), f.training }).array();
    REQUIRE(scores.size() == 2);
    for (const QJsonValue &v : scores) {
        const QJsonObject score = v.toObject();
        if (score.value(s("kind")).toString() == s("pre")) {
            CHECK(score.value(s("score")).toDouble() == Approx(8.0));
            CHECK(score.value(s("max_score")).toDouble() == Approx(10.0));
        }
    }
    CHECK(rowsIn(f.cli.dump(), "assessment_score") == 2);
}

TEST_CASE("enroll attend and score refusals leave the database unchanged", "[cli][refusal]")
{
    Setup f;
    const QString stranger = f.cli.addParticipant(s("Juan"), s("Apaza Ticona"));
    REQUIRE(f.cli.run({ s("enroll"), f.training, f.person }).code == 0);
    REQUIRE(f.cli.run({ s("attend"), f.session, f.person, s("present") }).code == 0);
    REQUIRE(f.cli.run({ s("score"), f.training, f.person, s("pre"), s("12") }).code == 0);
    const QString none = s("00000000-0000-4000-8000-000000000000");
    requireRefusals(f.cli,
        {
            { { s("enroll"), none, f.person }, 1, s("training_id") },
            { { s("enroll"), f.training, none }, 1, s("participant_id") },
            { { s("enroll"), f.training }, 2, s("usage") },
            { { s("unenroll"), f.training, stranger }, 1, s("participant_id") },
            { { s("attend"), f.session, f.person, s("maybe") }, 1, s("status") },
            { { s("attend"), f.session, f.person, s("PRESENT") }, 1, s("status") },
            { { s("attend"), none, f.person, s("present") }, 1, s("session_id") },
            { { s("attend"), f.session, stranger, s("present") }, 1, s("participant_id") },
            { { s("attend"), f.session, f.person }, 2, s("usage") },
            { { s("attendance"), s("list"), none }, 1, s("id") },
            { { s("attendance"), s("show"), f.training }, 2, s("show") },
            { { s("score"), f.training, f.person, s("pre"), s("21") }, 1, s("score") },
            { { s("score"), f.training, f.person, s("post"), s("-1") }, 1, s("score") },
            { { s("score"), f.training, f.person, s("post"), s("12"), s("--max"), s("10") }, 1, s("score") },
            { { s("score"), f.training, f.person, s("post"), s("5"), s("--max"), s("0") }, 1, s("max") },
            { { s("score"), f.training, f.person, s("post"), s("5"), s("--max"), s("veinte") }, 1, s("max") },
            { { s("score"), f.training, f.person, s("post"), s("doce") }, 1, s("score") },
            { { s("score"), f.training, f.person, s("mid"), s("12") }, 1, s("kind") },
            { { s("score"), f.training, stranger, s("post"), s("12") }, 1, s("participant_id") },
            { { s("score"), none, f.person, s("post"), s("12") }, 1, s("participant_id") },
            { { s("score"), f.training, f.person, s("post") }, 2, s("usage") },
            { { s("score"), f.training, f.person, s("post"), s("12"), s("--out-of"), s("20") }, 2, s("--out-of") },
            { { s("score"), s("list"), none }, 1, s("id") },
        });
}
