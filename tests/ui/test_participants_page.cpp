// The Participantes page: the model follows the store, the search forgives accents, edits
// are undoable, and enrolling works both ways.

#include "support/testsupport.h"

#include "commands/participantcommands.h"
#include "common/districtpicker.h"
#include "common/modelroles.h"
#include "common/searchproxymodel.h"
#include "participants/participanteditor.h"
#include "participants/participantmodel.h"
#include "participants/participantspage.h"
#include "participants/participanttrainings.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
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

QStringList familyNamesShown(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ParticipantModel::FamilyNames).data().toString();
    return names;
}

// How many rows show this person (a reload must never list anyone twice).
int rowsOf(const ParticipantModel *model, const QString &id)
{
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->recordAt(row).id == id ? 1 : 0;
    return rows;
}

QString addPerson(TempStore &db, const QString &given, const QString &family, const QString &dni = {},
                  const QString &institution = {})
{
    Participant p = sampleParticipant(given, family);
    if (!dni.isEmpty()) {
        p.docType = QStringLiteral("dni");
        p.docNumber = dni;
    }
    p.institution = institution;
    auto id = db->participants().add(p);
    REQUIRE(id.ok());
    return id.value();
}
} // namespace

TEST_CASE("ParticipantModel follows adds, edits and deletes exactly", "[participants][model]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    ParticipantModel model(db.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(model.rowCount() == 1);

    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"),
                                   QStringLiteral("45678912"));
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOf(jose);
    CHECK(model.index(row, ParticipantModel::GivenNames).data().toString() == QStringLiteral("José"));
    CHECK(model.index(row, ParticipantModel::Document).data().toString() == QStringLiteral("DNI 45678912"));
    CHECK(model.index(row, ParticipantModel::Type).data().toString() == QStringLiteral("Community leader"));

    Participant edited = db->participants().get(jose).value();
    edited.institution = QStringLiteral("PNP Puerto Maldonado");
    REQUIRE(db->participants().update(edited).ok());
    CHECK(model.index(row, ParticipantModel::Institution).data().toString()
          == QStringLiteral("PNP Puerto Maldonado"));

    const RowRefs gone = db->participants().remove(rosa).value();
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(rosa) == -1);
    REQUIRE(db->participants().restore(gone).ok());
    CHECK(model.rowCount() == 2);
    CHECK(resets.count() == 0);
}

TEST_CASE("The participant search finds Pérez by perez, by DNI and by institution", "[participants][search]")
{
    TempStore db;
    addPerson(db, QStringLiteral("María Elena"), QStringLiteral("Pérez Quispe"), QStringLiteral("45678912"),
              QStringLiteral("Corte Superior de Justicia de Cusco"));
    addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"), QStringLiteral("70011223"),
              QStringLiteral("PNP Puerto Maldonado"));
    addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Ñaupari Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel *shown = page.proxy();
    REQUIRE(shown->rowCount() == 3);

    page.setSearchText(QStringLiteral("perez"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Pérez Quispe")});
    page.setSearchText(QStringLiteral("PÉREZ"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Pérez Quispe")});
    page.setSearchText(QStringLiteral("45678912"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Pérez Quispe")});
    page.setSearchText(QStringLiteral("4567"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Pérez Quispe")});
    page.setSearchText(QStringLiteral("maldonado"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Huamán Condori")});
    page.setSearchText(QStringLiteral("naupari rosa"));
    CHECK(familyNamesShown(shown) == QStringList{QStringLiteral("Ñaupari Mamani")});
    page.setSearchText(QStringLiteral("perez huaman"));
    CHECK(shown->rowCount() == 0);
    page.setSearchText(QString());
    CHECK(shown->rowCount() == 3);
}

TEST_CASE("Participant edits are undoable and a bad DNI changes nothing", "[participants][editor]")
{
    TempStore db;
    QUndoStack undo;
    const QString id = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    ParticipantEditor editor(db.store(), undo);
    editor.setParticipant(id);

    auto *family = child<QLineEdit>(&editor, "familyNamesEdit");
    family->selectAll();
    QTest::keyClicks(family, QStringLiteral("Quispe Apaza"));
    QTest::keyClick(family, Qt::Key_Return);
    CHECK(db->participants().get(id)->familyNames == QStringLiteral("Quispe Apaza"));
    undo.undo();
    CHECK(db->participants().get(id)->familyNames == QStringLiteral("Quispe Mamani"));
    CHECK(family->text() == QStringLiteral("Quispe Mamani"));
    undo.redo();
    CHECK(db->participants().get(id)->familyNames == QStringLiteral("Quispe Apaza"));

    // Choosing DNI waits for the number; a number that is not 8 digits is refused.
    const QJsonObject before = db->dump();
    const int steps = undo.count();
    auto *type = child<QComboBox>(&editor, "docTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("dni")));
    emit type->activated(type->currentIndex());
    CHECK(db->dump() == before);
    auto *number = child<QLineEdit>(&editor, "docNumberEdit");
    number->setText(QStringLiteral("1234"));
    QTest::keyClick(number, Qt::Key_Return);
    CHECK(db->dump() == before);
    CHECK(undo.count() == steps);
    CHECK_FALSE(child<QLabel>(&editor, "documentBoxError")->isHidden());

    CHECK(number->text().isEmpty()); // the refused number is gone with the refusal
    type->setCurrentIndex(type->findData(QStringLiteral("dni")));
    emit type->activated(type->currentIndex());
    CHECK(number->isEnabled());
    number->setText(QStringLiteral("40123456"));
    QTest::keyClick(number, Qt::Key_Return);
    const Participant stored = db->participants().get(id).value();
    CHECK(stored.docType == QStringLiteral("dni"));
    CHECK(stored.docNumber == QStringLiteral("40123456"));
    CHECK(child<QLabel>(&editor, "documentBoxError")->isHidden());

    // Clearing the name is refused: names are required.
    auto *given = child<QLineEdit>(&editor, "givenNamesEdit");
    given->clear();
    QTest::keyClick(given, Qt::Key_Return);
    CHECK(db->participants().get(id)->givenNames == QStringLiteral("Rosa"));
    CHECK(given->text() == QStringLiteral("Rosa"));
}

TEST_CASE("New and delete participant go through undo", "[participants][page]")
{
    TempStore db;
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    page.newParticipant();
    REQUIRE(page.model()->rowCount() == 1);
    const QString id = page.currentParticipantId();
    REQUIRE(db->participants().get(id).ok());
    CHECK(page.editor()->participantId() == id);
    undo.undo();
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(db->participants().get(id).ok());
    undo.redo();
    CHECK(db->participants().get(id).ok());

    REQUIRE(StoreCommand::run(undo, std::make_unique<DeleteParticipantCommand>(
                                        db.store(), db->participants().get(id).value())).ok());
    CHECK(page.model()->rowCount() == 0);
    undo.undo();
    CHECK(page.model()->rowCount() == 1);
    CHECK(db->participants().get(id).ok());
}

TEST_CASE("Shown, the participant page reads its people on a worker and says it is loading", "[participants][page]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    addPerson(db, QStringLiteral("Luz"), QStringLiteral("Ñaupari Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    // Not page.model(): asking for it would read the people at once.
    auto *model = page.findChild<ParticipantModel *>();
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    auto *loading = child<QLabel>(&page, "participantsLoading");
    auto *view = child<QTableView>(&page, "participantsView");

    page.show();
    CHECK(model->isLoading());
    CHECK_FALSE(model->isLoaded());
    CHECK(model->rowCount() == 0);
    CHECK(loading->isVisible());
    CHECK(loading->text() == QStringLiteral("Loading participants…"));
    CHECK_FALSE(view->isEnabled());

    REQUIRE(loaded.wait(20'000));
    CHECK(loaded.count() == 1);
    CHECK(model->isLoaded());
    CHECK_FALSE(model->isLoading());
    REQUIRE(model->rowCount() == 3);
    CHECK(model->rowOf(rosa) >= 0);
    CHECK(loading->isHidden());
    CHECK(view->isEnabled());
    // The first row by family names is current, as when the people were read on show.
    CHECK(page.currentParticipantId() == jose);
    CHECK(page.editor()->participantId() == jose);

    // Followed from then on, row by row.
    const QString eva = addPerson(db, QStringLiteral("Eva"), QStringLiteral("Zela Ríos"));
    CHECK(model->rowCount() == 4);
    CHECK(model->rowOf(eva) >= 0);
}

TEST_CASE("Changes stored while the participant page reads on a worker are in the list once read",
          "[participants][page]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    auto *model = page.findChild<ParticipantModel *>();
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(model, &ParticipantModel::loaded);

    // Stored through the window's Store before the event loop hands the worker's rows over.
    // At once, they are most likely in what the worker reads; after a pause, most likely not
    // (its read has ended). Either way they must end up in the list, once.
    const int pauseMs = GENERATE(0, 300);
    page.show();
    REQUIRE(model->isLoading());
    QThread::msleep(static_cast<unsigned long>(pauseMs));
    const QString luz = addPerson(db, QStringLiteral("Luz"), QStringLiteral("Apaza Ccori"));
    Participant edited = db->participants().get(rosa).value();
    edited.institution = QStringLiteral("Fiscalía de Puno");
    REQUIRE(db->participants().update(edited).ok());
    REQUIRE(db->participants().remove(jose).ok());
    REQUIRE(model->isLoading());

    REQUIRE(loaded.wait(20'000));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowOf(luz) >= 0);
    CHECK(model->rowOf(jose) == -1);
    CHECK(rowsOf(model, luz) == 1);
    CHECK(model->index(model->rowOf(rosa), ParticipantModel::Institution).data().toString()
          == QStringLiteral("Fiscalía de Puno"));
}

TEST_CASE("A bulk change while the participant page reads on a worker reads the people again",
          "[participants][page]")
{
    TempStore db;
    addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    auto *model = page.findChild<ParticipantModel *>();
    REQUIRE(model != nullptr);
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    QSignalSpy bulk(&db->db().notifier(), &ChangeNotifier::bulkChanged);

    // More rows in one transaction than the notifier lists one by one: it says bulkChanged.
    constexpr int kMany = 600;
    {
        Transaction tx(db->db());
        REQUIRE(tx.begun());
        for (int i = 0; i < kMany; ++i)
            REQUIRE(db->participants().add(sampleParticipant(QStringLiteral("Persona"), QStringLiteral("Apaza %1").arg(i))));
        page.show();
        REQUIRE(model->isLoading());
        // Most likely the worker has read the uncommitted state (one person) by now; if not,
        // it reads all of them, and the list must be the same either way.
        QThread::msleep(300);
        REQUIRE(tx.commit());
    }
    REQUIRE(bulk.count() == 1);
    REQUIRE(model->isLoading());
    REQUIRE(loaded.wait(20'000));
    CHECK(loaded.count() == 1);
    CHECK(model->rowCount() == kMany + 1);
}

TEST_CASE("Asking the participant page for its rows while they are read on a worker reads them at once",
          "[participants][page]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    auto *model = page.findChild<ParticipantModel *>();
    REQUIRE(model != nullptr);
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    page.show();
    REQUIRE(model->isLoading());

    CHECK(page.currentParticipantId() == rosa); // read here, the worker's rows dropped
    CHECK_FALSE(model->isLoading());
    CHECK(child<QLabel>(&page, "participantsLoading")->isHidden());
    const QString luz = addPerson(db, QStringLiteral("Luz"), QStringLiteral("Apaza Ccori"));
    // The dropped worker ends on its own; nothing of it reaches the list.
    REQUIRE(QTest::qWaitFor([&] { return model->findChildren<ParticipantRowsJob *>().isEmpty(); }, 20'000));
    CHECK(loaded.count() == 0);
    CHECK(model->rowCount() == 2);
    CHECK(model->rowOf(luz) >= 0);
}

namespace {
// Writes through a second connection to the file, behind the window's notifier, as an import
// or a sync on a worker does; the window learns of it through bulkChanged only.
std::unique_ptr<Store> otherConnection(TempStore &db)
{
    auto other = Store::open(db.path());
    REQUIRE(other.ok());
    return std::move(other.value());
}

QString addBehind(Store &other, const QString &given, const QString &family)
{
    auto id = other.participants().add(sampleParticipant(given, family));
    REQUIRE(id.ok());
    return id.value();
}

// The page shown and its first rows in: its model, read without forcing a load.
ParticipantModel *shownAndLoaded(ParticipantsPage &page)
{
    auto *model = page.findChild<ParticipantModel *>();
    REQUIRE(model != nullptr);
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    page.show();
    REQUIRE(loaded.wait(20'000));
    return model;
}
} // namespace

TEST_CASE("After a bulk change the participant page reads again on a worker, keeping the list in use",
          "[participants][page][reload]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    const QString luz = addPerson(db, QStringLiteral("Luz"), QStringLiteral("Ñaupari Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    ParticipantModel *model = shownAndLoaded(page);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *view = child<QTableView>(&page, "participantsView");
    auto *updating = child<QLabel>(&page, "participantsUpdating");
    view->sortByColumn(ParticipantModel::GivenNames, Qt::DescendingOrder);
    page.setSearchText(QStringLiteral("mamani"));
    page.selectParticipant(luz);
    REQUIRE(page.currentParticipantId() == luz);
    CHECK(updating->isHidden());

    auto other = otherConnection(db);
    const QString ana = addBehind(*other, QStringLiteral("Ana"), QStringLiteral("Condori Mamani"));
    Participant moved = other->participants().get(luz).value();
    moved.institution = QStringLiteral("Fiscalía de Puno");
    REQUIRE(other->participants().update(moved).ok());
    REQUIRE(other->participants().remove(jose).ok());
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    emit db->db().notifier().bulkChanged();

    // At once: the rows read before, still in use; nothing read on this thread.
    CHECK(model->isLoading());
    CHECK(resets.count() == 0);
    CHECK(model->rowCount() == 3);
    CHECK(model->rowOf(ana) == -1);
    CHECK(page.currentParticipantId() == luz);
    CHECK(view->isEnabled());
    CHECK(updating->isVisible());
    CHECK(updating->text() == QStringLiteral("Updating…"));

    REQUIRE(loaded.wait(20'000));
    CHECK(resets.count() == 1);
    CHECK_FALSE(model->isLoading());
    CHECK(model->rowCount() == 3);
    CHECK(model->rowOf(jose) == -1);
    CHECK(model->index(model->rowOf(luz), ParticipantModel::Institution).data().toString()
          == QStringLiteral("Fiscalía de Puno"));
    // The same search, the same order, the same person current (and in the editor).
    CHECK(child<QLineEdit>(&page, "participantSearch")->text() == QStringLiteral("mamani"));
    CHECK(view->horizontalHeader()->sortIndicatorSection() == ParticipantModel::GivenNames);
    CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(familyNamesShown(page.proxy())
          == QStringList({QStringLiteral("Quispe Mamani"), QStringLiteral("Ñaupari Mamani"),
                          QStringLiteral("Condori Mamani")}));
    CHECK(page.currentParticipantId() == luz);
    CHECK(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    CHECK(page.editor()->participantId() == luz);
    CHECK(child<QLineEdit>(page.editor(), "institutionEdit")->text() == QStringLiteral("Fiscalía de Puno"));
    CHECK(updating->isHidden());
    CHECK(model->rowOf(rosa) >= 0);
}

TEST_CASE("When the current person is gone after a reload, the one now at their row is current",
          "[participants][page][reload]")
{
    TempStore db;
    addPerson(db, QStringLiteral("Ana"), QStringLiteral("Apaza Ccori"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    ParticipantModel *model = shownAndLoaded(page);
    page.selectParticipant(jose);
    REQUIRE(page.editor()->participantId() == jose);

    auto other = otherConnection(db);
    REQUIRE(other->participants().remove(jose).ok());
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    emit db->db().notifier().bulkChanged();
    REQUIRE(loaded.wait(20'000));
    REQUIRE(model->rowCount() == 2);
    CHECK(page.currentParticipantId() == rosa);
    CHECK(page.editor()->participantId() == rosa);
}

TEST_CASE("Changes stored while the participant page reads again are shown at once and kept",
          "[participants][page][reload]")
{
    TempStore db;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    ParticipantModel *model = shownAndLoaded(page);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto other = otherConnection(db);
    const QString ana = addBehind(*other, QStringLiteral("Ana"), QStringLiteral("Condori Mamani"));
    QSignalSpy loaded(model, &ParticipantModel::loaded);
    emit db->db().notifier().bulkChanged();
    REQUIRE(model->isLoading());

    // As in the first read: at once the worker most likely reads them, after a pause not.
    const int pauseMs = GENERATE(0, 300);
    QThread::msleep(static_cast<unsigned long>(pauseMs));
    Participant edited = db->participants().get(rosa).value();
    edited.institution = QStringLiteral("Fiscalía de Puno");
    REQUIRE(db->participants().update(edited).ok());
    REQUIRE(db->participants().remove(jose).ok());
    page.newParticipant(); // selected at once, in the rows still shown
    const QString added = page.currentParticipantId();
    REQUIRE_FALSE(added.isEmpty());
    REQUIRE(model->isLoading());
    CHECK(model->rowOf(jose) == -1);
    CHECK(model->index(model->rowOf(rosa), ParticipantModel::Institution).data().toString()
          == QStringLiteral("Fiscalía de Puno"));

    REQUIRE(loaded.wait(20'000));
    REQUIRE(model->rowCount() == 3);
    CHECK(model->rowOf(ana) >= 0);
    CHECK(model->rowOf(jose) == -1);
    CHECK(rowsOf(model, added) == 1);
    CHECK(model->index(model->rowOf(rosa), ParticipantModel::Institution).data().toString()
          == QStringLiteral("Fiscalía de Puno"));
    CHECK(page.currentParticipantId() == added);
}

TEST_CASE("A second bulk change while the participant page reads again ends with every change",
          "[participants][page][reload]")
{
    TempStore db;
    addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    QUndoStack undo;
    ParticipantsPage page(db.store(), undo);
    ParticipantModel *model = shownAndLoaded(page);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(model, &ParticipantModel::loaded);

    auto other = otherConnection(db);
    const QString ana = addBehind(*other, QStringLiteral("Ana"), QStringLiteral("Condori Mamani"));
    emit db->db().notifier().bulkChanged();
    REQUIRE(model->isLoading());
    QThread::msleep(300); // most likely its read has ended without Eva
    const QString eva = addBehind(*other, QStringLiteral("Eva"), QStringLiteral("Zela Ríos"));
    emit db->db().notifier().bulkChanged();
    REQUIRE(model->isLoading());
    CHECK(model->rowCount() == 1);

    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 20'000));
    CHECK(loaded.count() == 1);
    CHECK(model->rowCount() == 3);
    CHECK(model->rowOf(ana) >= 0);
    CHECK(model->rowOf(eva) >= 0);
    CHECK(child<QLabel>(&page, "participantsUpdating")->isHidden());
}

TEST_CASE("Enrolling from the participant page, with undo", "[participants][page]")
{
    TempStore db;
    QUndoStack undo;
    const QString person = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString cusco = db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-01"))).value();
    const QString puno = db->trainings().add(sampleTraining(QStringLiteral("PUN-2025-01"))).value();
    ParticipantTrainings panel(db.store(), undo);
    panel.setParticipant(person);
    CHECK(panel.list()->count() == 0);
    REQUIRE(panel.trainingChoice()->count() == 2);

    panel.trainingChoice()->setCurrentIndex(panel.trainingChoice()->findData(puno));
    panel.enrollChosen();
    CHECK(db->enrollments().isEnrolled(puno, person));
    CHECK(panel.list()->count() == 1);
    CHECK(panel.trainingChoice()->count() == 1); // no enrolling twice
    CHECK(panel.trainingChoice()->itemData(0).toString() == cusco);

    undo.undo();
    CHECK_FALSE(db->enrollments().isEnrolled(puno, person));
    CHECK(panel.list()->count() == 0);
    undo.redo();
    CHECK(db->enrollments().isEnrolled(puno, person));

    // Enrolling someone already enrolled is refused before it reaches the stack.
    const int steps = undo.count();
    const Status twice = StoreCommand::run(undo, std::make_unique<EnrollCommand>(db.store(), puno, person));
    CHECK_FALSE(twice.ok());
    CHECK(undo.count() == steps);

    panel.list()->setCurrentRow(0);
    panel.unenrollSelected();
    CHECK_FALSE(db->enrollments().isEnrolled(puno, person));
    undo.undo();
    CHECK(db->enrollments().isEnrolled(puno, person));
}

namespace {
QStringList choiceIds(const QComboBox *choice)
{
    QStringList ids;
    for (int i = 0; i < choice->count(); ++i)
        ids << choice->itemData(i).toString();
    return ids;
}

// What the panel offered when it listed every training again for each person.
QStringList offeredIds(TempStore &db, const QString &person)
{
    QStringList ids;
    for (const Training &t : db->trainings().list()) {
        if (!db->enrollments().isEnrolled(t.id, person))
            ids << t.id;
    }
    return ids;
}
} // namespace

TEST_CASE("The trainings to enrol in follow trainings added, renamed and removed after they were listed",
          "[participants][page]")
{
    TempStore db;
    QUndoStack undo;
    const QString rosa = addPerson(db, QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"));
    const QString jose = addPerson(db, QStringLiteral("José"), QStringLiteral("Huamán Condori"));
    const QString cusco = db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-01"))).value();
    const QString puno = db->trainings().add(sampleTraining(QStringLiteral("PUN-2025-01"))).value();
    REQUIRE(db->enrollments().enroll(cusco, jose));
    ParticipantTrainings panel(db.store(), undo);
    QComboBox *choice = panel.trainingChoice();
    QAbstractItemModelTester tester(choice->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *enroll = child<QPushButton>(&panel, "enrollButton");
    CHECK(choice->count() == 0); // nobody chosen
    panel.setParticipant(rosa);
    REQUIRE(choiceIds(choice) == offeredIds(db, rosa));

    // Added after the list was filled: there, newest first, as the store lists them.
    Training later = sampleTraining(QStringLiteral("LOR-2025-02"));
    later.startDate = QDate(2025, 9, 1);
    later.endDate = QDate(2025, 9, 3);
    const QString loreto = db->trainings().add(later).value();
    CHECK(choiceIds(choice) == offeredIds(db, rosa));
    CHECK(choice->itemText(0) == QStringLiteral("LOR-2025-02 — Trata de personas: identificación y derivación (01/09/2025)"));

    Training renamed = db->trainings().get(puno).value();
    renamed.title = QStringLiteral("Atención a víctimas");
    REQUIRE(db->trainings().update(renamed).ok());
    CHECK(choice->itemText(choice->findData(puno)) == QStringLiteral("PUN-2025-01 — Atención a víctimas (10/03/2025)"));

    // Another person: only those they are not in, the new ones too.
    panel.setParticipant(jose);
    CHECK(choiceIds(choice) == offeredIds(db, jose));
    CHECK(choice->findData(cusco) == -1);
    choice->setCurrentIndex(choice->findData(puno));
    REQUIRE(db->trainings().remove(loreto).ok());
    CHECK(choiceIds(choice) == offeredIds(db, jose));
    CHECK(choice->currentData().toString() == puno);

    // Written behind the notifier, as a sync on a worker does: read again, the choice kept.
    auto other = otherConnection(db);
    Training arequipa = sampleTraining(QStringLiteral("ARE-2025-01"));
    arequipa.startDate = QDate(2025, 6, 2);
    arequipa.endDate = QDate(2025, 6, 4);
    const QString added = other->trainings().add(arequipa).value();
    emit db->db().notifier().bulkChanged();
    CHECK(choice->findData(added) >= 0);
    CHECK(choiceIds(choice) == offeredIds(db, jose));
    CHECK(choice->currentData().toString() == puno);
    CHECK(enroll->isEnabled());

    panel.setParticipant({});
    CHECK(choice->count() == 0);
    CHECK_FALSE(enroll->isEnabled());
}

TEST_CASE("The district picker matches without case or accents and keeps the code", "[participants][district]")
{
    TempStore db;
    DistrictPicker picker(db->reference());
    QSignalSpy chosen(&picker, &DistrictPicker::ubigeoChosen);

    QCompleter *completer = picker.completer();
    completer->setCompletionPrefix(QStringLiteral("asunción"));
    REQUIRE(completer->completionCount() > 0);
    CHECK(completer->currentCompletion().startsWith(QStringLiteral("Asuncion — ")));
    completer->setCompletionPrefix(QStringLiteral("MADRE DE dios"));
    CHECK(completer->completionCount() > 5); // every district of the department

    picker.setText(QStringLiteral("tambopata — tambopata"));
    QTest::keyClick(&picker, Qt::Key_Return);
    CHECK(picker.ubigeo() == QStringLiteral("170101"));
    CHECK(picker.text() == QStringLiteral("Tambopata — Tambopata, Madre de Dios"));
    REQUIRE(chosen.count() == 1);

    picker.setText(QStringLiteral("no such place"));
    QTest::keyClick(&picker, Qt::Key_Return);
    CHECK(picker.ubigeo() == QStringLiteral("170101")); // an unknown text keeps the district
    CHECK(chosen.count() == 1);

    picker.clear();
    QTest::keyClick(&picker, Qt::Key_Return);
    CHECK(picker.ubigeo().isEmpty());
    CHECK(chosen.count() == 2);

    picker.setUbigeo(QStringLiteral("080101"));
    CHECK(picker.text() == QStringLiteral("Cusco — Cusco, Cusco"));
    CHECK(chosen.count() == 2); // loading a value is not a choice
}
