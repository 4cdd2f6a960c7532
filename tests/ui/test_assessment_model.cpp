#include "test_attendance_fixture.h"

#include "assessment/assessmentgrid.h"
#include "assessment/assessmentmodel.h"
#include "assessment/assessmentpage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace capacita;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

using M = AssessmentModel;

std::optional<double> stored(GridFixture &f, int person, const QString &kind)
{
    const auto s = f.store().scores().get(f.trainingId, f.participantIds[person], kind);
    return s ? std::optional(s->score) : std::nullopt;
}

AssessmentScore score(GridFixture &f, int person, const QString &kind, double value, double max = 20)
{
    AssessmentScore s;
    s.trainingId = f.trainingId;
    s.participantId = f.participantIds[person];
    s.kind = kind;
    s.score = value;
    s.maxScore = max;
    return s;
}

// Types as a person does: the first key opens the editor, the rest go to it (where the focus
// went), then Enter.
void typeScore(AssessmentGrid *grid, const QString &text)
{
    QTest::keyClick(grid, text.at(0).toLatin1());
    QLineEdit *editor = nullptr;
    for (auto *candidate : grid->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    REQUIRE(editor);
    QTest::keyClicks(editor, text.mid(1));
    CHECK(editor->text() == text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
}

} // namespace

TEST_CASE("AssessmentModel shows one row per enrolled person with scores and gain")
{
    GridFixture f;
    REQUIRE(f.store().scores().set(score(f, 2, u"pre"_s, 10)));
    REQUIRE(f.store().scores().set(score(f, 2, u"post"_s, 15)));
    REQUIRE(f.store().attendance().set(f.sessionIds[0], f.participantIds[2], u"present"_s));
    REQUIRE(f.store().attendance().set(f.sessionIds[1], f.participantIds[2], u"late"_s));
    REQUIRE(f.store().attendance().set(f.sessionIds[2], f.participantIds[2], u"absent"_s));
    M model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);

    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == M::ColumnCount);
    CHECK(model.headerData(M::GainColumn, Qt::Horizontal).toString() == u"Gain"_s);
    CHECK(model.index(0, M::NameColumn).data().toString() == u"Apaza Condori, Luz"_s);
    CHECK(model.index(2, M::PreColumn).data().toString() == u"10"_s);
    CHECK(model.index(2, M::PostColumn).data().toString() == u"15"_s);
    CHECK(model.index(2, M::MaxColumn).data().toString() == u"20"_s);
    CHECK(model.index(2, M::GainColumn).data().toString() == u"+5 (25 %)"_s);
    CHECK(model.index(2, M::AttendedColumn).data().toString() == u"66.7 %"_s);
    CHECK(model.index(0, M::PreColumn).data().toString().isEmpty());
    CHECK(model.index(0, M::GainColumn).data().toString().isEmpty());
    CHECK(model.index(0, M::MaxColumn).data().toString() == u"20"_s); // Peru's 0-20 scale
    CHECK(model.flags(model.index(0, M::PreColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(0, M::MaxColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, M::GainColumn)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("AssessmentModel: setData stores scores as undoable commands and shows the gain")
{
    GridFixture f;
    M model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    QSignalSpy refused(&model, &M::refused);

    REQUIRE(model.setData(model.index(1, M::PreColumn), 12));
    REQUIRE(model.setData(model.index(1, M::PostColumn), u"16"_s));
    CHECK(stored(f, 1, u"pre"_s) == 12.0);
    CHECK(stored(f, 1, u"post"_s) == 16.0);
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[1], u"post"_s)->maxScore == 20.0);
    CHECK(model.index(1, M::GainColumn).data().toString().startsWith(u"+4"_s));
    CHECK(model.index(1, M::GainColumn).data().toString() == u"+4 (20 %)"_s);
    CHECK(f.undo.count() == 2);

    SECTION("a score above the maximum is refused with core's message; nothing changes")
    {
        CHECK_FALSE(model.setData(model.index(1, M::PostColumn), 25));
        REQUIRE(refused.size() == 1);
        CHECK(refused[0][0].toString().contains(u"20"_s));
        CHECK(stored(f, 1, u"post"_s) == 16.0);
        CHECK(f.undo.count() == 2);
        CHECK(model.index(1, M::PostColumn).data().toString() == u"16"_s);
    }
    SECTION("undo restores the old score, or none")
    {
        REQUIRE(model.setData(model.index(1, M::PostColumn), u"18,5"_s)); // decimal comma
        CHECK(stored(f, 1, u"post"_s) == 18.5);
        CHECK(model.index(1, M::GainColumn).data().toString() == u"+6.5 (32.5 %)"_s);
        f.undo.undo();
        CHECK(stored(f, 1, u"post"_s) == 16.0);
        f.undo.undo();
        CHECK_FALSE(stored(f, 1, u"post"_s).has_value());
        CHECK(model.index(1, M::GainColumn).data().toString().isEmpty());
        f.undo.redo();
        CHECK(stored(f, 1, u"post"_s) == 16.0);
    }
    SECTION("an empty value clears the score; text that is not a number is refused")
    {
        REQUIRE(model.setData(model.index(1, M::PreColumn), QString()));
        CHECK_FALSE(stored(f, 1, u"pre"_s).has_value());
        CHECK(f.undo.count() == 3);
        CHECK_FALSE(model.setData(model.index(1, M::PreColumn), u"doce"_s));
        CHECK(refused.size() == 1);
        CHECK(f.undo.count() == 3);
    }
}

TEST_CASE("AssessmentModel: the maximum applies to both scores and refuses one below them")
{
    GridFixture f;
    M model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    QSignalSpy refused(&model, &M::refused);

    // Before any score, the chosen maximum waits for the first one.
    REQUIRE(model.setData(model.index(0, M::MaxColumn), 10));
    CHECK(model.index(0, M::MaxColumn).data().toString() == u"10"_s);
    REQUIRE(model.setData(model.index(0, M::PreColumn), 6));
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"pre"_s)->maxScore == 10.0);
    // Others now default to the maximum this training uses.
    CHECK(model.index(1, M::MaxColumn).data().toString() == u"10"_s);

    REQUIRE(model.setData(model.index(0, M::PostColumn), 9));
    REQUIRE(model.setData(model.index(0, M::MaxColumn), 20));
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"pre"_s)->maxScore == 20.0);
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"post"_s)->maxScore == 20.0);
    CHECK(model.index(0, M::GainColumn).data().toString() == u"+3 (15 %)"_s);

    CHECK_FALSE(model.setData(model.index(0, M::MaxColumn), 8)); // the post-test has 9
    CHECK(refused.size() == 1);
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"pre"_s)->maxScore == 20.0);

    f.undo.undo(); // back to 10 for both, as one step
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"pre"_s)->maxScore == 10.0);
    CHECK(f.store().scores().get(f.trainingId, f.participantIds[0], u"post"_s)->maxScore == 10.0);
}

TEST_CASE("AssessmentModel follows scores written elsewhere, with exact signals and means")
{
    GridFixture f;
    M model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy summaries(&model, &M::summaryChanged);

    REQUIRE(f.store().scores().set(score(f, 0, u"pre"_s, 8)));
    REQUIRE(changes.size() >= 1);
    CHECK(changes[0][0].toModelIndex().row() == 0);
    CHECK(changes[0][1].toModelIndex().row() == 0);
    CHECK(model.index(0, M::PreColumn).data().toString() == u"8"_s);
    CHECK(model.summary().paired == 0);

    REQUIRE(f.store().scores().set(score(f, 0, u"post"_s, 14)));
    REQUIRE(f.store().scores().set(score(f, 2, u"pre"_s, 12)));
    REQUIRE(f.store().scores().set(score(f, 2, u"post"_s, 14)));
    CHECK(summaries.size() == 4);
    const M::Summary s = model.summary();
    CHECK(s.paired == 2);
    CHECK(s.meanPre == Approx(10));
    CHECK(s.meanPost == Approx(14));
    CHECK(s.meanGain == Approx(4));
    CHECK(s.meanGainPercent == Approx(20));

    changes.clear();
    REQUIRE(f.store().attendance().set(f.sessionIds[0], f.participantIds[1], u"present"_s));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][0].toModelIndex() == model.index(1, M::AttendedColumn));
    CHECK(model.index(1, M::AttendedColumn).data().toString() == u"33.3 %"_s);
    CHECK(resets.isEmpty());

    f.enrollNew(f.trainingId, u"Ana"_s, u"Bautista Flores"_s);
    CHECK(resets.size() == 1);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("Assessment page: typing a score and Enter stores it and moves down")
{
    GridFixture f;
    AssessmentPage page(f.store(), f.undo);
    page.setTraining(f.trainingId);
    page.resize(900, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    AssessmentGrid *grid = page.grid();
    M *model = page.model();
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, M::PreColumn));

    typeScore(grid, u"12"_s);
    CHECK(stored(f, 0, u"pre"_s) == 12.0);
    CHECK(grid->currentIndex() == model->index(1, M::PreColumn));

    // A refused score keeps the cursor where it was and says why.
    grid->setCurrentIndex(model->index(0, M::PostColumn));
    typeScore(grid, u"25"_s);
    CHECK_FALSE(stored(f, 0, u"post"_s).has_value());
    CHECK(grid->currentIndex() == model->index(0, M::PostColumn));
    CHECK(page.statusMessage().contains(u"20"_s));

    typeScore(grid, u"16"_s);
    CHECK(stored(f, 0, u"post"_s) == 16.0);
    CHECK(page.statusMessage().isEmpty());
    CHECK(page.summaryText().contains(u"+4 (20 %)"_s));

    // Delete clears the score under the cursor; undo brings it back.
    grid->setCurrentIndex(model->index(0, M::PostColumn));
    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK_FALSE(stored(f, 0, u"post"_s).has_value());
    f.undo.undo();
    CHECK(stored(f, 0, u"post"_s) == 16.0);
}
