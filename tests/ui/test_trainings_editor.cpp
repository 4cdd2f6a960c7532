// The Capacitaciones page: field edits are stored at once as undo steps, refusals leave the
// database untouched and are shown next to the field.

#include "support/testsupport.h"

#include "common/modelroles.h"
#include "trainings/sessionmodel.h"
#include "trainings/sessionspanel.h"
#include "trainings/trainingeditor.h"
#include "trainings/trainingmodel.h"
#include "trainings/trainingspage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // finishes the edit, as leaving the field does
}
} // namespace

TEST_CASE("An edit in the training editor is stored, undone and redone", "[trainings][editor]")
{
    TempStore db;
    QUndoStack undo;
    const QString id = db->trainings().add(sampleTraining()).value();
    const QString oldTitle = db->trainings().get(id)->title;

    TrainingEditor editor(db.store(), undo);
    editor.setTraining(id);
    auto *title = child<QLineEdit>(&editor, "titleEdit");
    CHECK(title->text() == oldTitle);

    typeInto(title, QStringLiteral("Trata de personas en Madre de Dios"));
    CHECK(db->trainings().get(id)->title == QStringLiteral("Trata de personas en Madre de Dios"));
    REQUIRE(undo.count() == 1);

    undo.undo();
    CHECK(db->trainings().get(id)->title == oldTitle);
    CHECK(title->text() == oldTitle); // the editor follows the store

    undo.redo();
    CHECK(db->trainings().get(id)->title == QStringLiteral("Trata de personas en Madre de Dios"));
    CHECK(title->text() == QStringLiteral("Trata de personas en Madre de Dios"));

    // Finishing a field without changing it adds no undo step.
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(undo.count() == 1);
}

TEST_CASE("Topics, dates and completion are stored from their widgets", "[trainings][editor]")
{
    TempStore db;
    QUndoStack undo;
    const QString id = db->trainings().add(sampleTraining()).value();
    TrainingEditor editor(db.store(), undo);
    editor.setTraining(id);

    auto *gbv = child<QCheckBox>(&editor, "topic_GBV");
    CHECK_FALSE(gbv->isChecked());
    gbv->click();
    CHECK(db->trainings().get(id)->topics.contains(QStringLiteral("GBV")));
    CHECK(db->trainings().get(id)->topics.contains(QStringLiteral("TIP")));

    auto *end = child<QDateEdit>(&editor, "endDateEdit");
    end->setDate(QDate(2025, 3, 21));
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(db->trainings().get(id)->endDate == QDate(2025, 3, 21));

    CHECK(undo.count() == 2);
    undo.undo();
    CHECK(db->trainings().get(id)->endDate == QDate(2025, 3, 14));
    CHECK(end->date() == QDate(2025, 3, 14));
}

TEST_CASE("An end date before the start is refused, shown, and changes nothing", "[trainings][editor]")
{
    TempStore db;
    QUndoStack undo;
    const QString id = db->trainings().add(sampleTraining()).value();
    TrainingEditor editor(db.store(), undo);
    editor.setTraining(id);
    const QJsonObject before = db->dump();

    auto *end = child<QDateEdit>(&editor, "endDateEdit");
    end->setDate(QDate(2025, 3, 1)); // the training starts on 10 March
    QTest::keyClick(end, Qt::Key_Return);

    CHECK(db->dump() == before);
    CHECK(undo.count() == 0);
    CHECK(end->date() == QDate(2025, 3, 14)); // the field shows the stored value again
    auto *error = child<QLabel>(&editor, "datesBoxError");
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());

    // The next accepted edit clears the message.
    typeInto(child<QLineEdit>(&editor, "venueEdit"), QStringLiteral("Hotel Libertador"));
    CHECK(error->isHidden());
    CHECK(db->trainings().get(id)->venue == QStringLiteral("Hotel Libertador"));
}

TEST_CASE("New training gets the next code and can be undone and redone", "[trainings][page]")
{
    TempStore db; // the fake clock stands in November 2023
    QUndoStack undo;
    Training existing = sampleTraining(QStringLiteral("CAP-2023-007"));
    REQUIRE(db->trainings().add(existing).ok());
    TrainingsPage page(db.store(), undo);
    CHECK(page.nextCode() == QStringLiteral("CAP-2023-008"));

    page.newTraining();
    REQUIRE(page.model()->rowCount() == 2);
    const QString id = page.currentTrainingId();
    REQUIRE_FALSE(id.isEmpty());
    const Training made = db->trainings().get(id).value();
    CHECK(made.code == QStringLiteral("CAP-2023-008"));
    CHECK(made.startDate == db->db().clock().today());
    CHECK(made.endDate == made.startDate);
    CHECK(page.editor()->trainingId() == id);
    CHECK(page.nextCode() == QStringLiteral("CAP-2023-009"));

    undo.undo();
    CHECK_FALSE(db->trainings().get(id).ok());
    CHECK(page.model()->rowCount() == 1);
    undo.redo(); // the same record comes back, not a new one
    CHECK(db->trainings().get(id).ok());
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("Add session proposes the day after the last one, within the training", "[trainings][page]")
{
    TempStore db;
    QUndoStack undo;
    const QString id = db->trainings().add(sampleTraining()).value(); // 10–14 March 2025
    TrainingsPage page(db.store(), undo);
    page.selectTraining(id);
    REQUIRE(page.sessions()->model()->trainingId() == id);

    QList<QDate> expected{QDate(2025, 3, 10), QDate(2025, 3, 11), QDate(2025, 3, 12),
                          QDate(2025, 3, 13), QDate(2025, 3, 14), QDate(2025, 3, 14)};
    for (const QDate &date : expected) {
        page.sessions()->addSession();
        const QList<TrainingSession> stored = db->sessions().listForTraining(id);
        CHECK(stored.last().date == date);
    }
    CHECK(page.sessions()->model()->rowCount() == 6);
    CHECK(undo.count() == 6);

    // Deleting the selected session, then undoing, brings the same row back.
    page.sessions()->view()->selectRow(0);
    const QString first = page.sessions()->view()->currentIndex().data(IdRole).toString();
    page.sessions()->deleteSelected();
    CHECK(page.sessions()->model()->rowCount() == 5);
    CHECK_FALSE(db->sessions().get(first).ok());
    undo.undo();
    CHECK(db->sessions().get(first).ok());
    CHECK(page.sessions()->model()->rowCount() == 6);
}

TEST_CASE("The training search ignores case and accents", "[trainings][page]")
{
    TempStore db;
    QUndoStack undo;
    Training t = sampleTraining(QStringLiteral("LOR-2025-01"));
    t.title = QStringLiteral("Explotación sexual: ruta de atención");
    REQUIRE(db->trainings().add(t).ok());
    REQUIRE(db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-09"))).ok());
    TrainingsPage page(db.store(), undo);
    auto *search = child<QLineEdit>(&page, "trainingSearch");

    search->setText(QStringLiteral("EXPLOTACION"));
    CHECK(page.view()->model()->rowCount() == 1);
    search->setText(QStringLiteral("cusco"));
    CHECK(page.view()->model()->rowCount() == 2); // both are in Cusco
    search->setText(QStringLiteral("cus-2025"));
    CHECK(page.view()->model()->rowCount() == 1);
    search->clear();
    CHECK(page.view()->model()->rowCount() == 2);
}
