#include "test_attendance_fixture.h"

#include "attendance/attendancemodel.h"
#include "attendance/attendancestyle.h"

#include <QColor>
#include <QSet>
#include <QSignalSpy>

using namespace capacita;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {
QString headerText(const QAbstractItemModel &model, int section, Qt::Orientation o = Qt::Horizontal)
{
    return model.headerData(section, o, Qt::DisplayRole).toString();
}
} // namespace

TEST_CASE("AttendanceModel lays out enrolled people by sessions")
{
    GridFixture f;
    AttendanceModel model(f.store(), f.undo);
    auto tester = testModel(&model);
    CHECK(model.rowCount() == 0);

    model.setTraining(f.trainingId);
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == 4); // three sessions and the attended share
    CHECK(model.shareColumn() == 3);
    CHECK(headerText(model, 0).startsWith(u"Sess. 1\n10/03/2025\n"_s));
    CHECK(headerText(model, 2).contains(u"12/03/2025"_s));
    CHECK(headerText(model, 0).endsWith(u"0 present"_s));
    CHECK(headerText(model, 3) == u"Attended"_s);
    CHECK(headerText(model, 0, Qt::Vertical) == u"Apaza Condori, Luz"_s);
    CHECK(headerText(model, 2, Qt::Vertical) == u"Quispe Mamani, Rosa"_s);
    CHECK(model.data(model.index(1, 2), AttendanceModel::ParticipantIdRole).toString() == f.participantIds[1]);
    CHECK(model.data(model.index(1, 2), AttendanceModel::SessionIdRole).toString() == f.sessionIds[2]);
    CHECK(model.data(model.index(0, 0)).toString().isEmpty());
    CHECK(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, 3)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("AttendanceModel follows marks written through the repository with exact signals")
{
    GridFixture f;
    REQUIRE(f.store().attendance().set(f.sessionIds[0], f.participantIds[2], u"late"_s));
    AttendanceModel model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    CHECK(model.status(model.index(2, 0)) == u"late"_s);
    CHECK(headerText(model, 0).endsWith(u"1 present"_s));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    REQUIRE(f.store().attendance().set(f.sessionIds[1], f.participantIds[0], u"present"_s));
    CHECK(resets.isEmpty());
    REQUIRE(changes.size() == 2); // the cell and the person's share
    CHECK(changes[0][0].toModelIndex() == model.index(0, 1));
    CHECK(changes[0][1].toModelIndex() == model.index(0, 1));
    CHECK(changes[1][0].toModelIndex() == model.index(0, 3));
    REQUIRE(headers.size() == 1);
    CHECK(headers[0][1].toInt() == 1);
    CHECK(model.data(model.index(0, 1)).toString() == attendancestyle::letter(u"present"_s));
    CHECK(model.attendedCount(1) == 1);
    CHECK(model.data(model.index(0, 3)).toString() == u"33 %"_s);

    // Absent and excused do not count as attended; clearing removes the mark.
    REQUIRE(f.store().attendance().set(f.sessionIds[1], f.participantIds[1], u"absent"_s));
    REQUIRE(f.store().attendance().set(f.sessionIds[1], f.participantIds[2], u"excused"_s));
    CHECK(model.attendedCount(1) == 1);
    REQUIRE(f.store().attendance().clear(f.sessionIds[1], f.participantIds[0]));
    CHECK(model.status(model.index(0, 1)).isEmpty());
    CHECK(model.attendedCount(1) == 0);
    CHECK(headerText(model, 1).endsWith(u"0 present"_s));
    CHECK(resets.isEmpty());

    // Another training's marks do not touch this grid.
    const QString other = f.addTraining(u"LIM-2025-02"_s);
    TrainingSession s;
    s.trainingId = other;
    s.date = QDate(2025, 3, 11);
    const QString otherSession = f.store().sessions().add(s).value();
    REQUIRE(f.store().enrollments().enroll(other, f.participantIds[0]));
    changes.clear();
    resets.clear();
    REQUIRE(f.store().attendance().set(otherSession, f.participantIds[0], u"present"_s));
    CHECK(changes.isEmpty());
    CHECK(resets.isEmpty());
}

TEST_CASE("AttendanceModel reloads when enrolments or sessions change")
{
    GridFixture f;
    AttendanceModel model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const QString newcomer = f.enrollNew(f.trainingId, u"Ana"_s, u"Bautista Flores"_s);
    CHECK(resets.size() == 1);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.data(model.index(1, 0), AttendanceModel::ParticipantIdRole).toString() == newcomer);

    TrainingSession s;
    s.trainingId = f.trainingId;
    s.date = QDate(2025, 3, 13);
    REQUIRE(f.store().sessions().add(s));
    CHECK(resets.size() == 2);
    CHECK(model.sessionCount() == 4);

    REQUIRE(f.store().enrollments().unenroll(f.trainingId, newcomer));
    CHECK(model.rowCount() == 3);

    // A rename of someone in the grid refreshes the header; other people's edits do nothing.
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    Participant luz = f.store().participants().get(f.participantIds[0]).value();
    luz.givenNames = u"Luz Marina"_s;
    REQUIRE(f.store().participants().update(luz));
    CHECK(resets.size() == 3); // so far: the newcomer, the session, the newcomer leaving
    CHECK(headers.size() >= 1);
    CHECK(headerText(model, 0, Qt::Vertical) == u"Apaza Condori, Luz Marina"_s);
    headers.clear();
    const QString stranger = f.store().participants().add(sampleParticipant(u"Eva"_s, u"Zela Ríos"_s)).value();
    Participant eva = f.store().participants().get(stranger).value();
    eva.institution = u"DEMUNA Puno"_s;
    REQUIRE(f.store().participants().update(eva));
    CHECK(headers.isEmpty());
    CHECK(resets.size() == 3);

    emit f.store().db().notifier().bulkChanged();
    CHECK(resets.size() == 4);
    CHECK(model.rowCount() == 3);

    REQUIRE(f.store().trainings().remove(f.trainingId));
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
}

TEST_CASE("AttendanceModel edits are undo commands; refusals are reported and not pushed")
{
    GridFixture f;
    AttendanceModel model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    QSignalSpy refused(&model, &AttendanceModel::refused);

    REQUIRE(model.setData(model.index(0, 0), u"present"_s));
    CHECK(f.mark(0, 0) == u"present"_s);
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText() == u"Mark Luz Apaza Condori present in session 1"_s);
    REQUIRE(model.setData(model.index(0, 0), u"absent"_s));
    CHECK(f.undo.count() == 2);

    CHECK_FALSE(model.setData(model.index(0, 0), u"sleeping"_s));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0][0].toString().startsWith(u"status"_s));
    CHECK(f.undo.count() == 2);
    CHECK(f.mark(0, 0) == u"absent"_s);

    f.undo.undo();
    CHECK(f.mark(0, 0) == u"present"_s);
    f.undo.undo();
    CHECK_FALSE(f.mark(0, 0).has_value());
    CHECK(model.status(model.index(0, 0)).isEmpty());
    f.undo.redo();
    CHECK(f.mark(0, 0) == u"present"_s);
}

TEST_CASE("Everyone present marks only the unmarked, as one undo step")
{
    GridFixture f;
    AttendanceModel model(f.store(), f.undo);
    auto tester = testModel(&model);
    model.setTraining(f.trainingId);
    REQUIRE(f.store().attendance().set(f.sessionIds[2], f.participantIds[1], u"excused"_s));

    REQUIRE(model.markAllPresent(2));
    CHECK(f.undo.count() == 1);
    CHECK(f.mark(2, 0) == u"present"_s);
    CHECK(f.mark(2, 1) == u"excused"_s);
    CHECK(f.mark(2, 2) == u"present"_s);
    CHECK_FALSE(f.mark(1, 0).has_value());
    CHECK(model.attendedCount(2) == 2);

    QSignalSpy refused(&model, &AttendanceModel::refused);
    CHECK_FALSE(model.markAllPresent(2)); // nobody left without a mark
    CHECK(refused.size() == 1);
    CHECK(f.undo.count() == 1);

    f.undo.undo();
    CHECK_FALSE(f.mark(2, 0).has_value());
    CHECK(f.mark(2, 1) == u"excused"_s);
    CHECK_FALSE(f.mark(2, 2).has_value());
    CHECK(model.attendedCount(2) == 0);
}

TEST_CASE("Attendance marks show a letter, a colour and the full word")
{
    GridFixture f;
    AttendanceModel model(f.store(), f.undo);
    model.setTraining(f.trainingId);
    QSet<QRgb> colours;
    QSet<QString> letters;
    int column = 0;
    for (const QString &status : { u"present"_s, u"late"_s, u"excused"_s }) {
        REQUIRE(model.setData(model.index(0, column), status));
        const QModelIndex cell = model.index(0, column++);
        letters.insert(model.data(cell).toString());
        colours.insert(model.data(cell, Qt::BackgroundRole).value<QColor>().rgb());
        CHECK(model.data(cell, Qt::ToolTipRole).toString().contains(attendancestyle::name(status)));
    }
    REQUIRE(model.setData(model.index(1, 0), u"absent"_s));
    letters.insert(model.data(model.index(1, 0)).toString());
    colours.insert(model.data(model.index(1, 0), Qt::BackgroundRole).value<QColor>().rgb());
    CHECK(letters.size() == 4);
    CHECK_FALSE(letters.contains(QString()));
    CHECK(colours.size() == 4);
    CHECK(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(u"Present"_s));
    CHECK_FALSE(model.data(model.index(2, 0), Qt::BackgroundRole).isValid());
}
