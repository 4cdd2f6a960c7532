// The Duplicados page: probable pairs with their evidence, merging field by field (undoable)
// and "not the same person".

#include "support/testsupport.h"

#include "duplicates/duplicatemodel.h"
#include "duplicates/duplicatespage.h"
#include "duplicates/mergefieldmodel.h"
#include "importing/importwizard.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListWidget>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QByteArray dumpOf(Store &store)
{
    return QJsonDocument(store.dump()).toJson(QJsonDocument::Compact);
}

// Two records of Rosa Quispe Mamani without birth year, one with a DNI, each in a training;
// and someone else.
struct TwoRosas
{
    QString a;
    QString b;
    QString other;

    explicit TwoRosas(Store &store)
    {
        Participant first = sampleParticipant();
        first.birthYear.reset();
        first.institution = u"DEMUNA Cusco"_s;
        first.docType = u"dni"_s;
        first.docNumber = u"04567890"_s;
        Participant second = sampleParticipant();
        second.birthYear.reset();
        second.institution = u"Corte Superior de Justicia"_s;
        second.phone = u"984111222"_s;
        const QString id1 = store.participants().add(first).value();
        const QString id2 = store.participants().add(second).value();
        a = qMin(id1, id2);
        b = qMax(id1, id2);
        other = store.participants().add(sampleParticipant(u"Juan"_s, u"Pérez Huamán"_s)).value();
        const QString t1 = store.trainings().add(sampleTraining(u"CUS-2025-01"_s)).value();
        const QString t2 = store.trainings().add(sampleTraining(u"CUS-2025-02"_s)).value();
        REQUIRE(store.enrollments().enroll(t1, id1));
        REQUIRE(store.enrollments().enroll(t2, id2));
    }
};

void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAPACITA_UI_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}
} // namespace

TEST_CASE("The duplicates model lists two records with the same names and no birth year", "[duplicates]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    DuplicateModel model(db.store());
    QAbstractItemModelTester tester(&model, kFatal);

    REQUIRE(model.rowCount() == 1);
    CHECK(model.pairAt(0).a.id == rosas.a);
    CHECK(model.pairAt(0).b.id == rosas.b);
    CHECK(model.rowOf(rosas.b, rosas.a) == 0);
    CHECK(model.rowOf(rosas.a, rosas.other) == -1);
    const QString evidence = model.index(0, DuplicateModel::Evidence).data().toString();
    CHECK(evidence.contains(u"same names"_s));
    CHECK(evidence.contains(u"birth year missing"_s));
    CHECK(model.index(0, DuplicateModel::PersonA).data().toString().contains(u"Quispe Mamani"_s));
}

TEST_CASE("The fields of a pair side by side offer a choice only where both differ", "[duplicates]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    DuplicateModel pairs(db.store());
    MergeFieldModel fields(db.store());
    QAbstractItemModelTester tester(&fields, kFatal);
    REQUIRE(pairs.rowCount() == 1);
    fields.setPair(pairs.pairAt(0));

    const int institution = fields.rowOf(u"institution"_s);
    const int given = fields.rowOf(u"given_names"_s);
    const int phone = fields.rowOf(u"phone"_s);
    REQUIRE(institution >= 0);
    CHECK(fields.flags(fields.index(institution, MergeFieldModel::ValueB)) & Qt::ItemIsUserCheckable);
    CHECK_FALSE(fields.flags(fields.index(given, MergeFieldModel::ValueB)) & Qt::ItemIsUserCheckable);
    CHECK_FALSE(fields.flags(fields.index(phone, MergeFieldModel::ValueB)) & Qt::ItemIsUserCheckable);
    CHECK(fields.index(institution, MergeFieldModel::ValueA).data(Qt::CheckStateRole) == Qt::Checked);
    CHECK(fields.takeFromOther().isEmpty());

    CHECK(fields.choose(u"institution"_s, true));
    CHECK(fields.index(institution, MergeFieldModel::ValueA).data(Qt::CheckStateRole) == Qt::Unchecked);
    CHECK(fields.index(institution, MergeFieldModel::ValueB).data(Qt::CheckStateRole) == Qt::Checked);
    CHECK(fields.takeFromOther() == QStringList{u"institution"_s});
    CHECK_FALSE(fields.choose(u"given_names"_s, true));

    // Each record's trainings are listed.
    const int trainings = fields.rowCount() - 1;
    CHECK(fields.index(trainings, MergeFieldModel::ValueA).data().toString().contains(u"CUS-2025-0"_s));
    CHECK(fields.index(trainings, MergeFieldModel::ValueB).data().toString().contains(u"CUS-2025-0"_s));
}

TEST_CASE("Merging through the page is undone exactly", "[duplicates]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    QUndoStack undo;
    DuplicatesPage page(db.store(), undo);
    page.resize(1200, 600);
    QAbstractItemModelTester pairTester(page.model(), kFatal);
    QAbstractItemModelTester fieldTester(page.fieldModel(), kFatal);
    REQUIRE(page.model()->rowCount() == 1);
    REQUIRE(page.currentRow() == 0);
    REQUIRE(page.fieldModel()->hasPair());
    grab(&page, u"duplicates-page"_s);
    const QByteArray before = dumpOf(db.store());

    const QString institutionOfB = db->participants().get(rosas.b).value().institution;
    REQUIRE(page.fieldModel()->choose(u"institution"_s, true));
    REQUIRE(page.mergeSelected());
    CHECK(undo.count() == 1);
    CHECK(page.model()->rowCount() == 0);
    const QList<Participant> live = db->participants().list();
    REQUIRE(live.size() == 2);
    const Participant kept = db->participants().get(rosas.a).value();
    CHECK(kept.institution == institutionOfB); // chosen from B
    CHECK(kept.docNumber == u"04567890"_s); // only one had it: kept or filled
    CHECK(kept.phone == u"984111222"_s);
    CHECK(db->enrollments().trainingsOf(rosas.a).size() == 2);
    CHECK(dumpOf(db.store()) != before);

    undo.undo();
    CHECK(dumpOf(db.store()) == before);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));

    undo.redo();
    CHECK(db->participants().list().size() == 2);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 0; }, 5000));
    undo.undo();
    CHECK(dumpOf(db.store()) == before);
}

TEST_CASE("Duplicados searches on a worker, saying so, when shown and after people change", "[duplicates]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    QUndoStack undo;
    DuplicatesPage page(db.store(), undo);
    // The page's own widgets: the accessors would search at once, on this thread.
    auto *view = page.findChild<QTableView *>(u"duplicatePairs"_s);
    auto *searching = page.findChild<QLabel *>(u"duplicatesSearching"_s);
    auto *merge = page.findChild<QPushButton *>(u"mergeButton"_s);
    REQUIRE(view != nullptr);
    REQUIRE(searching != nullptr);
    REQUIRE(merge != nullptr);
    QSignalSpy refreshed(&page, &DuplicatesPage::refreshed);

    page.show();
    CHECK(page.isSearching());
    CHECK(searching->isVisible());
    CHECK_FALSE(view->isEnabled());
    CHECK(view->model()->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return refreshed.count() == 1; }, 10000));
    CHECK_FALSE(searching->isVisible());
    CHECK(view->isEnabled());
    CHECK(view->model()->rowCount() == 1);
    CHECK(page.currentRow() == 0);
    CHECK(merge->isEnabled());

    // A third record of Rosa stored while a search runs (it may have read the people
    // before): the page searches again once that search ends.
    page.refreshInBackground();
    REQUIRE(page.isSearching());
    CHECK_FALSE(merge->isEnabled());
    Participant third = sampleParticipant();
    third.birthYear.reset();
    REQUIRE(db->participants().add(third));
    REQUIRE(QTest::qWaitFor([&] { return !page.isSearching() && page.isLoaded(); }, 10000));
    CHECK(view->model()->rowCount() == 3); // every two of the three Rosas
    // Stored while nothing runs: searched again as well.
    REQUIRE(db->participants().add(third));
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 6; }, 10000));
    CHECK(page.isLoaded());

    // A merge searches again on the worker too: B's pairs leave with B.
    page.selectPair(0);
    REQUIRE(page.mergeSelected());
    CHECK(page.isSearching());
    REQUIRE(QTest::qWaitFor([&] { return !page.isSearching() && page.isLoaded(); }, 10000));
    CHECK(view->model()->rowCount() == 3); // three Rosas again
}

TEST_CASE("Not the same person removes the pair for good", "[duplicates]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    QUndoStack undo;
    DuplicatesPage page(db.store(), undo);
    QAbstractItemModelTester tester(page.model(), kFatal);
    REQUIRE(page.model()->rowCount() == 1);

    REQUIRE(page.dismissSelected());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.currentRow() == -1);
    CHECK_FALSE(page.fieldModel()->hasPair());
    CHECK(db->participants().list().size() == 3);

    DuplicateModel fresh(db.store());
    CHECK(fresh.rowCount() == 0);
    CHECK_FALSE(page.dismissSelected());
}

TEST_CASE("The main window has a Duplicados page and an Import roster action", "[duplicates][import]")
{
    TempStore db;
    const TwoRosas rosas(db.store());
    MainWindow window(db.store());
    REQUIRE(MainWindow::pageFromName(u"duplicados"_s) == MainWindow::Duplicates);
    CHECK(MainWindow::Duplicates == MainWindow::Participants + 1);
    CHECK(window.page(MainWindow::Duplicates) == window.duplicatesPage());
    CHECK(window.duplicatesPage()->model()->rowCount() == 1);
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(nav != nullptr);
    CHECK(nav->item(MainWindow::Duplicates)->text() == u"Duplicates (1)"_s);
    REQUIRE(window.duplicatesPage()->dismissSelected());
    CHECK(nav->item(MainWindow::Duplicates)->text() == u"Duplicates"_s);
    window.resize(1280, 720);
    window.showPage(MainWindow::Duplicates);
    grab(&window, u"duplicates-window"_s);

    auto *import = window.findChild<QAction *>(u"importRosterAction"_s);
    REQUIRE(import != nullptr);
    CHECK(import->shortcut() == QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_I)));
    ImportWizard *wizard = window.importRoster();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ImportWizard::FilePageId);
    wizard->close();
}
