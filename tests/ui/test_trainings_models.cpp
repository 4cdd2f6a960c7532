// The training and session models follow the store row by row, and stay valid models while
// they do (QAbstractItemModelTester checks every signal they emit).

#include "support/testsupport.h"

#include "commands/trainingcommands.h"
#include "common/modelroles.h"
#include "trainings/sessionmodel.h"
#include "trainings/trainingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
QString codeAt(const TrainingModel &model, int row)
{
    return model.index(row, TrainingModel::Code).data().toString();
}
} // namespace

TEST_CASE("TrainingModel follows adds, edits, deletes and restores exactly", "[trainings][model]")
{
    TempStore db;
    const QString first = db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-01"))).value();

    TrainingModel model(db.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    REQUIRE(model.rowCount() == 1);
    CHECK(codeAt(model, 0) == QStringLiteral("CUS-2025-01"));
    CHECK(model.index(0, TrainingModel::Department).data().toString() == QStringLiteral("Cusco"));
    CHECK(model.index(0, TrainingModel::Start).data().toString() == QStringLiteral("10/03/2025"));
    CHECK(model.index(0, TrainingModel::Start).data(SortRole).toDate() == QDate(2025, 3, 10));

    Training second = sampleTraining(QStringLiteral("PUN-2025-02"));
    second.ubigeo = QStringLiteral("210101");
    second.id = db->trainings().add(second).value();
    REQUIRE(model.rowCount() == 2);
    CHECK(inserted.count() == 1);
    CHECK(model.rowOf(second.id) == 1);
    CHECK(codeAt(model, 1) == QStringLiteral("PUN-2025-02"));
    CHECK(model.index(1, TrainingModel::Department).data().toString() == QStringLiteral("Puno"));

    second.title = QStringLiteral("Ruta de atención a víctimas");
    second.status = QStringLiteral("ongoing");
    REQUIRE(db->trainings().update(second).ok());
    CHECK(model.rowCount() == 2);
    CHECK(changed.count() == 1);
    CHECK(changed.first().at(0).value<QModelIndex>().row() == 1);
    CHECK(model.index(1, TrainingModel::Title).data().toString() == second.title);
    CHECK(model.index(1, TrainingModel::Status).data().toString() == QStringLiteral("Ongoing"));

    const RowRefs gone = db->trainings().remove(first).value();
    REQUIRE(model.rowCount() == 1);
    CHECK(removed.count() == 1);
    CHECK(codeAt(model, 0) == QStringLiteral("PUN-2025-02"));
    CHECK(model.rowOf(first) == -1);

    REQUIRE(db->trainings().restore(gone).ok());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowOf(first) >= 0);
    CHECK(codeAt(model, model.rowOf(first)) == QStringLiteral("CUS-2025-01"));

    CHECK(resets.count() == 0); // no edit above may reset the model
}

TEST_CASE("TrainingModel reloads on a bulk change", "[trainings][model]")
{
    TempStore db;
    TrainingModel model(db.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Another connection to the same file writes behind this store's notifier, as an import
    // in another thread would; the model learns of it only through bulkChanged.
    auto other = Store::open(db.path());
    REQUIRE(other.ok());
    REQUIRE(other.value()->trainings().add(sampleTraining(QStringLiteral("A-1"))).ok());
    REQUIRE(other.value()->trainings().add(sampleTraining(QStringLiteral("A-2"))).ok());
    CHECK(model.rowCount() == 0);

    emit db->db().notifier().bulkChanged();
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("SessionModel follows its training's sessions only", "[trainings][model]")
{
    TempStore db;
    QUndoStack undo;
    const QString trainingId = db->trainings().add(sampleTraining()).value();
    const QString otherId = db->trainings().add(sampleTraining(QStringLiteral("OTHER-1"))).value();

    SessionModel model(db.store(), undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTraining(trainingId);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    CHECK(model.rowCount() == 0);

    TrainingSession s;
    s.trainingId = trainingId;
    s.date = QDate(2025, 3, 11);
    s.hours = 3;
    s.id = db->sessions().add(s).value();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, SessionModel::Date).data(Qt::EditRole).toDate() == s.date);

    TrainingSession elsewhere = s;
    elsewhere.id.clear();
    elsewhere.trainingId = otherId;
    REQUIRE(db->sessions().add(elsewhere).ok());
    CHECK(model.rowCount() == 1);

    s.hours = 2.5;
    REQUIRE(db->sessions().update(s).ok());
    CHECK(model.index(0, SessionModel::Hours).data(Qt::EditRole).toDouble() == 2.5);

    const RowRefs gone = db->sessions().remove(s.id).value();
    CHECK(model.rowCount() == 0);
    REQUIRE(db->sessions().restore(gone).ok());
    CHECK(model.rowCount() == 1);
    CHECK(resets.count() == 0);
}

TEST_CASE("SessionModel edits in place through undoable commands", "[trainings][model]")
{
    TempStore db;
    QUndoStack undo;
    const QString trainingId = db->trainings().add(sampleTraining()).value();
    TrainingSession s;
    s.trainingId = trainingId;
    s.date = QDate(2025, 3, 11);
    s.startTime = QStringLiteral("09:00");
    s.endTime = QStringLiteral("12:00");
    s.hours = 3;
    s.id = db->sessions().add(s).value();

    SessionModel model(db.store(), undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTraining(trainingId);
    QSignalSpy failures(&model, &SessionModel::editFailed);

    SECTION("a valid date is stored, undone and redone")
    {
        REQUIRE(model.setData(model.index(0, SessionModel::Date), QDate(2025, 3, 13)));
        CHECK(db->sessions().get(s.id)->date == QDate(2025, 3, 13));
        CHECK(undo.count() == 1);
        undo.undo();
        CHECK(db->sessions().get(s.id)->date == QDate(2025, 3, 11));
        CHECK(model.index(0, SessionModel::Date).data(Qt::EditRole).toDate() == QDate(2025, 3, 11));
        undo.redo();
        CHECK(db->sessions().get(s.id)->date == QDate(2025, 3, 13));
    }
    SECTION("changing a time recomputes the hours")
    {
        REQUIRE(model.setData(model.index(0, SessionModel::EndTime), QTime(13, 30)));
        const TrainingSession stored = db->sessions().get(s.id).value();
        CHECK(stored.endTime == QStringLiteral("13:30"));
        CHECK(stored.hours == 4.5);
    }
    SECTION("a date outside the training is refused and nothing changes")
    {
        const QJsonObject before = db->dump();
        CHECK_FALSE(model.setData(model.index(0, SessionModel::Date), QDate(2025, 4, 1)));
        CHECK(failures.count() == 1);
        CHECK_FALSE(failures.first().at(0).value<Error>().message.isEmpty());
        CHECK(db->dump() == before);
        CHECK(undo.count() == 0);
        CHECK(model.index(0, SessionModel::Date).data(Qt::EditRole).toDate() == QDate(2025, 3, 11));
    }
}
