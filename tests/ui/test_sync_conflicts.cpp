// The conflicts view of the Sincronizar page: both values side by side with who and when,
// keeping one of them, and the count shown in the navigation.

#include "test_sync_support.h"

#include "common/modelroles.h"
#include "mainwindow.h"
#include "sync/conflictmodel.h"
#include "sync/conflictspanel.h"
#include "sync/datasetdialogs.h"
#include "sync/syncpage.h"
#include "sync/synctext.h"
#include "sync/writepackagedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
QString cell(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    return model.index(0, column).data(role).toString();
}
bool bold(const QAbstractItemModel &model, int column)
{
    return model.index(0, column).data(Qt::FontRole).value<QFont>().bold();
}
} // namespace

TEST_CASE("The conflicts view shows both values with the laptop and time of each", "[sync][conflicts]")
{
    TwoLaptops two;
    const qint64 aEditedAt = two.a.store.clock().nowMs();
    const QString rosa = two.conflictOnA();
    const qint64 bEditedAt = two.b.store.clock().nowMs();
    REQUIRE(bEditedAt > aEditedAt);

    SyncPage page(*two.a);
    ConflictModel &model = *page.conflictModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(page.openConflictCount() == 1);
    CHECK(page.tabs()->tabText(SyncPage::ConflictsTab) == QStringLiteral("Conflicts (1)"));

    // The person's current name labels the record; B's later edit is the one in use.
    CHECK(cell(model, ConflictModel::Record) == QStringLiteral("Participant · Rosa Elena Quispe Mamani"));
    CHECK(cell(model, ConflictModel::Field) == QStringLiteral("Given names"));
    CHECK(cell(model, ConflictModel::LocalValue) == QStringLiteral("Rosa María"));
    CHECK(cell(model, ConflictModel::RemoteValue) == QStringLiteral("Rosa Elena"));
    CHECK(cell(model, ConflictModel::LocalSource)
        == QStringLiteral("Coordinación Cusco\n") + SyncText::dateTime(aEditedAt));
    CHECK(cell(model, ConflictModel::RemoteSource)
        == QStringLiteral("Capacitador Iquitos\n") + SyncText::dateTime(bEditedAt));
    CHECK(bold(model, ConflictModel::RemoteValue));
    CHECK_FALSE(bold(model, ConflictModel::LocalValue));
    CHECK(model.index(0, 0).data(IdRole).toLongLong() == two.a.sync.conflicts().front().id);
    CHECK(two.a->participants().get(rosa)->givenNames == QStringLiteral("Rosa Elena"));
}

TEST_CASE("Keeping this laptop's value through the page changes the record and clears the count", "[sync][conflicts]")
{
    TempSettings settings;
    TwoLaptops two;
    const QString rosa = two.conflictOnA();
    MainWindow window(*two.a);
    SyncPage *page = window.syncPage();
    QAbstractItemModelTester tester(page->conflictModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(page, &SyncPage::openConflictsChanged);

    // Sincronizar sits between Reportes and Ajustes, on Ctrl+8 (Duplicados is Ctrl+4).
    auto *go = window.findChild<QAction *>(QStringLiteral("sincronizarAction"));
    REQUIRE(go);
    CHECK(go->shortcut() == QKeySequence(QStringLiteral("Ctrl+8")));
    go->trigger();
    CHECK(window.currentPage() == MainWindow::Sync);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(nav->item(MainWindow::Sync)->text() == QStringLiteral("Sync (1)"));

    ConflictsPanel *panel = page->conflictsPanel();
    panel->selectConflict(two.a.sync.conflicts().front().id);
    auto *keepLocal = panel->findChild<QPushButton *>(QStringLiteral("keepLocalButton"));
    REQUIRE(keepLocal);
    REQUIRE(keepLocal->isEnabled());
    keepLocal->click();

    CHECK(two.a->participants().get(rosa)->givenNames == QStringLiteral("Rosa María"));
    CHECK(two.a.sync.conflicts().isEmpty());
    CHECK(page->conflictModel()->rowCount() == 0);
    REQUIRE(counted.count() == 1);
    CHECK(counted.front().front().toInt() == 0);
    CHECK(nav->item(MainWindow::Sync)->text() == QStringLiteral("Sync"));
    CHECK(page->tabs()->tabText(SyncPage::ConflictsTab) == QStringLiteral("Conflicts"));
    CHECK_FALSE(panel->findChild<QLabel *>(QStringLiteral("noConflictsLabel"))->isHidden());
    CHECK_FALSE(keepLocal->isEnabled());

    // The choice is an edit like any other: it wins on the other laptop too.
    send(two.a, two.b);
    CHECK(two.b->participants().get(rosa)->givenNames == QStringLiteral("Rosa María"));
}

TEST_CASE("Keeping the received value through the page writes it as a new edit", "[sync][conflicts]")
{
    TwoLaptops two;
    const QString rosa = two.conflictOnA();
    SyncPage page(*two.a);
    REQUIRE(page.conflictModel()->rowCount() == 1);
    const qint64 id = page.conflictModel()->recordAt(0).conflictId;
    REQUIRE(page.conflictsPanel()->resolve(id, false));
    CHECK(two.a->participants().get(rosa)->givenNames == QStringLiteral("Rosa Elena"));
    CHECK(page.conflictModel()->rowCount() == 0);
    // A conflict already resolved cannot be resolved again.
    CHECK_FALSE(page.conflictsPanel()->resolve(id, true));
}

// Not run by default: writes pictures of the page for a person to look at.
// ui_tests "[.screenshot]" with CAPACITA_SHOT_DIR set.
TEST_CASE("Screenshots of the sync page", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("CAPACITA_SHOT_DIR", QDir::tempPath());
    TempSettings settings;
    {
        Laptop alone;
        SyncPage page(*alone);
        page.resize(1186, 760);
        CHECK(page.grab().save(dir + QStringLiteral("/sync-not-joined.png")));
    }
    TwoLaptops two;
    two.conflictOnA();
    MainWindow window(*two.a);
    window.resize(1366, 800);
    window.showPage(MainWindow::Sync);
    window.show();
    window.syncPage()->tabs()->setCurrentIndex(SyncPage::ConflictsTab);
    CHECK(window.grab().save(dir + QStringLiteral("/sync-conflicts.png")));
    window.syncPage()->tabs()->setCurrentIndex(SyncPage::LaptopsTab);
    CHECK(window.grab().save(dir + QStringLiteral("/sync-laptops.png")));
    window.syncPage()->tabs()->setCurrentIndex(SyncPage::HistoryTab);
    CHECK(window.grab().save(dir + QStringLiteral("/sync-history.png")));

    WritePackageDialog writeDialog(QStringLiteral("Coordinación Cusco"), QDateTime::currentDateTime());
    writeDialog.show();
    CHECK(writeDialog.grab().save(dir + QStringLiteral("/sync-write-dialog.png")));
    CreateDatasetDialog createDialog;
    createDialog.show();
    CHECK(createDialog.grab().save(dir + QStringLiteral("/sync-create-dialog.png")));
    JoinDatasetDialog joinDialog;
    joinDialog.show();
    CHECK(joinDialog.grab().save(dir + QStringLiteral("/sync-join-dialog.png")));

    PackageExchange &exchange = *window.syncPage()->exchange();
    QSignalSpy finished(&exchange, &PackageExchange::finished);
    exchange.writePackage(two.a.file(QStringLiteral("shot.capacita")), true);
    waitForJob(exchange, finished);
    CHECK(exchange.shownBox()->grab().save(dir + QStringLiteral("/sync-write-result.png")));
    two.b->participants().add(sampleParticipant(QStringLiteral("Juan"), QStringLiteral("Apaza"))).value();
    const QString fromB = two.b.file(QStringLiteral("shot-b.capacita"));
    REQUIRE(two.b.sync.exportPackage(fromB));
    exchange.readPackage(fromB);
    waitForJob(exchange, finished);
    CHECK(exchange.shownBox()->grab().save(dir + QStringLiteral("/sync-preview.png")));
    const QString junk = two.a.file(QStringLiteral("junk.capacita"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("hola");
    file.close();
    exchange.readPackage(junk);
    waitForJob(exchange, finished);
    CHECK(exchange.shownBox()->grab().save(dir + QStringLiteral("/sync-refused.png")));
}
