// The Sincronizar page: joining a dataset, writing and reading packages off the GUI thread,
// refused packages, and the history it keeps.

#include "test_sync_support.h"

#include "participants/participantmodel.h"
#include "sync/conflictmodel.h"
#include "sync/datasetdialogs.h"
#include "sync/datasetpanel.h"
#include "sync/devicemodel.h"
#include "sync/devicespanel.h"
#include "sync/historymodel.h"
#include "sync/syncpage.h"
#include "sync/synctext.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

int rowsSent(const HistoryModel &model, bool sent)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.recordAt(row).sent == sent ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("The sync page offers to create or join a dataset on a laptop that has none", "[sync][page]")
{
    Laptop a;
    SyncPage page(*a);
    Tester conflicts(page.conflictModel(), kFatal);
    Tester devices(page.deviceModel(), kFatal);
    Tester history(page.historyModel(), kFatal);

    CHECK_FALSE(child<QWidget>(page.datasetPanel(), "notJoinedPart")->isHidden());
    CHECK(child<QWidget>(page.datasetPanel(), "joinedPart")->isHidden());
    CHECK(child<QPushButton>(&page, "createDatasetButton"));
    CHECK(page.tabs()->isHidden());
    CHECK(child<QPushButton>(&page, "writePackageButton")->parentWidget()->isHidden());
    CHECK(page.deviceModel()->rowCount() == 0);
    CHECK(page.openConflictCount() == 0);
}

TEST_CASE("The sync page counts the changes not yet sent when it is seen, not while hidden", "[sync][page]")
{
    TempSettings settings;
    TwoLaptops two;
    send(two.b, two.a); // A knows B, and B has none of A's changes
    REQUIRE(two.a->participants().add(sampleParticipant()));
    const qint64 unsent = two.a.sync.status().value(QStringLiteral("pending_changes")).toInteger();
    REQUIRE(unsent > 0);
    SyncPage page(*two.a);
    auto *pending = child<QLabel>(&page, "pendingChangesLabel");
    // Hidden (as at start-up): the laptops and history are read, the count is not.
    CHECK(pending->text().isEmpty());
    CHECK(page.deviceModel()->rowCount() == 2);
    CHECK(page.historyModel()->rowCount() == 1);

    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    INFO(pending->text().toStdString());
    CHECK(pending->text().startsWith(QString::number(unsent) + QLatin1Char(' ')));

    // A change while hidden is counted on the next showing.
    page.hide();
    REQUIRE(two.a->participants().add(sampleParticipant()));
    QCoreApplication::processEvents();
    CHECK(pending->text().startsWith(QString::number(unsent) + QLatin1Char(' ')));
    page.show();
    CHECK(pending->text().startsWith(QString::number(unsent + 1) + QLatin1Char(' ')));
}

TEST_CASE("The sync page of a joined laptop shows its dataset, laptops and history", "[sync][page]")
{
    TempSettings settings;
    TwoLaptops two;
    send(two.b, two.a);
    SyncPage page(*two.a);
    Tester conflicts(page.conflictModel(), kFatal);
    Tester devices(page.deviceModel(), kFatal);
    Tester history(page.historyModel(), kFatal);

    CHECK(child<QWidget>(page.datasetPanel(), "notJoinedPart")->isHidden());
    CHECK_FALSE(child<QWidget>(page.datasetPanel(), "joinedPart")->isHidden());
    CHECK(child<QLabel>(&page, "datasetName")->text() == QStringLiteral("Programa C-TIP"));
    CHECK(child<QLabel>(&page, "datasetId")->text() == two.a.sync.dataset().id);
    CHECK(child<QLabel>(&page, "siteId")->text() == two.a->db().siteId());
    CHECK(child<QLineEdit>(&page, "deviceNameEdit")->text() == QStringLiteral("Coordinación Cusco"));
    CHECK_FALSE(page.tabs()->isHidden());

    REQUIRE(page.deviceModel()->rowCount() == 2);
    const int self = page.deviceModel()->rowOf(two.a->db().siteId());
    const int other = page.deviceModel()->rowOf(two.b->db().siteId());
    REQUIRE(self >= 0);
    REQUIRE(other >= 0);
    CHECK(page.deviceModel()->index(self, DeviceModel::State).data().toString() == QStringLiteral("This laptop"));
    CHECK(
        page.deviceModel()->index(other, DeviceModel::Name).data().toString() == QStringLiteral("Capacitador Iquitos"));
    CHECK(page.deviceModel()->index(other, DeviceModel::LastReceived).data().toString()
        == SyncText::dateTime(two.a.store.clock().nowMs()));

    CHECK(page.deviceModel()->index(other, DeviceModel::Confirmed).data().toString() == QStringLiteral("nothing yet"));

    REQUIRE(page.historyModel()->rowCount() == 1);
    CHECK(page.historyModel()->index(0, HistoryModel::Direction).data().toString() == QStringLiteral("Read"));
    CHECK(
        page.historyModel()->index(0, HistoryModel::Laptop).data().toString() == QStringLiteral("Capacitador Iquitos"));

    // Renaming this laptop goes through SyncService and shows at once.
    REQUIRE(page.datasetPanel()->renameDevice(QStringLiteral("Coordinación Cusco 2")));
    CHECK(two.a.sync.dataset().deviceName == QStringLiteral("Coordinación Cusco 2"));
    CHECK(
        page.deviceModel()->index(self, DeviceModel::Name).data().toString() == QStringLiteral("Coordinación Cusco 2"));

    // Once B has A's changes and says so in a package, A shows up to when.
    send(two.a, two.b);
    send(two.b, two.a);
    page.refresh();
    CHECK(page.deviceModel()->index(other, DeviceModel::Confirmed).data().toString()
        == SyncText::dateTime(two.a.store.clock().nowMs()));
    CHECK(page.historyModel()->rowCount() == 3);

    // Revoking the other laptop: its packages are refused from then on.
    REQUIRE(page.devicesPanel()->revoke(two.b->db().siteId()));
    CHECK(page.deviceModel()->index(other, DeviceModel::State).data().toString().startsWith(QStringLiteral("Revoked")));
    const QString late = two.b.file(QStringLiteral("late.capacita"));
    REQUIRE(two.b.sync.exportPackage(late));
    CHECK(two.a.sync.importPackage(late).error().code == ErrorCode::Refused);
}

TEST_CASE("Creating a dataset through the page writes a join file other laptops join with", "[sync][page]")
{
    Laptop a, b;
    SyncPage page(*a);
    const QString joinFile = a.file(QStringLiteral("programa.capacita-join"));

    // A join file that cannot be written leaves the laptop as it was.
    const Status nowhere = page.datasetPanel()->createDataset(
        QStringLiteral("Programa"), {}, a.file(QStringLiteral("missing/dir/x.capacita-join")));
    CHECK_FALSE(nowhere.ok());
    CHECK_FALSE(a.sync.dataset().joined());

    REQUIRE(page.datasetPanel()->createDataset(QStringLiteral("Programa Loreto"), "una frase larga de paso", joinFile));
    REQUIRE(QFile::exists(joinFile));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(joinFile) & others) == QFile::Permissions()); // a secret key: owner only
    CHECK(a.sync.dataset().name == QStringLiteral("Programa Loreto"));
    CHECK(child<QWidget>(page.datasetPanel(), "notJoinedPart")->isHidden());
    CHECK_FALSE(child<QWidget>(page.datasetPanel(), "joinedPart")->isHidden());
    CHECK(page.deviceModel()->rowCount() == 1);

    // Another laptop joins with the file, through its own page.
    SyncPage other(*b);
    REQUIRE(other.datasetPanel()->joinWithFile(joinFile));
    CHECK(b.sync.dataset().id == a.sync.dataset().id);
    // And a third one with the id and the passphrase.
    Laptop c;
    SyncPage third(*c);
    REQUIRE(third.datasetPanel()->joinWithPassphrase(a.sync.dataset().id, "una frase larga de paso"));
    const QString path = a.file(QStringLiteral("to-c.capacita"));
    REQUIRE(a.sync.exportPackage(path));
    CHECK(c.sync.importPackage(path).ok());
}

TEST_CASE("The create-dataset dialog asks for a long passphrase typed twice", "[sync][page]")
{
    CreateDatasetDialog dialog;
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no name yet
    child<QLineEdit>(&dialog, "datasetNameEdit")->setText(QStringLiteral("Programa"));
    CHECK(ok->isEnabled()); // the passphrase is optional
    child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("corta"));
    CHECK_FALSE(ok->isEnabled());
    child<QLineEdit>(&dialog, "passphraseEdit")->setText(QStringLiteral("una frase larga de paso"));
    CHECK_FALSE(ok->isEnabled()); // not repeated yet
    child<QLineEdit>(&dialog, "repeatPassphraseEdit")->setText(QStringLiteral("una frase larga de paso"));
    CHECK(ok->isEnabled());
    CHECK(dialog.passphrase() == "una frase larga de paso");
}

TEST_CASE("Writing a package through the page runs off the GUI thread and another laptop imports it", "[sync][page]")
{
    TempSettings settings;
    TwoLaptops two;
    const QString rosa = two.a->participants().add(sampleParticipant()).value();
    SyncPage page(*two.a);
    Tester history(page.historyModel(), kFatal);
    PackageExchange &exchange = *page.exchange();
    QSignalSpy finished(&exchange, &PackageExchange::finished);
    QSignalSpy written(&exchange, &PackageExchange::written);

    const QString path = two.a.file(QStringLiteral("from-a.capacita"));
    exchange.writePackage(path, false);
    CHECK_FALSE(child<QPushButton>(&page, "writePackageButton")->isEnabled()); // busy
    waitForJob(exchange, finished);
    REQUIRE(written.count() == 1);
    CHECK(child<QPushButton>(&page, "writePackageButton")->isEnabled());

    const QJsonObject summary = exchange.lastSummary();
    CHECK(summary.value(QStringLiteral("verified")).toBool());
    CHECK(summary.value(QStringLiteral("counts")).toObject().value(QStringLiteral("participant")).toInt() == 1);
    REQUIRE(exchange.shownBox());
    CHECK(exchange.shownBox()->objectName() == QStringLiteral("writeResult"));
    CHECK(exchange.shownBox()->informativeText().contains(QStringLiteral("1 participant")));
    CHECK(exchange.shownBox()->informativeText().contains(QStringLiteral("Verified:")));
    CHECK(rowsSent(*page.historyModel(), true) == 1);

    REQUIRE(two.b.sync.importPackage(path));
    CHECK(two.b->participants().get(rosa)->fullName() == QStringLiteral("Rosa Quispe Mamani"));
}

TEST_CASE("Reading a package through the page previews, then imports and refreshes", "[sync][page]")
{
    TempSettings settings;
    TwoLaptops two;
    const QString juan
        = two.b->participants().add(sampleParticipant(QStringLiteral("Juan"), QStringLiteral("Apaza"))).value();
    const QString path = two.b.file(QStringLiteral("from-b.capacita"));
    REQUIRE(two.b.sync.exportPackage(path));

    SyncPage page(*two.a);
    ParticipantModel people(*two.a);
    Tester peopleTester(&people, kFatal);
    Tester history(page.historyModel(), kFatal);
    PackageExchange &exchange = *page.exchange();
    QSignalSpy finished(&exchange, &PackageExchange::finished);
    QSignalSpy bulk(&two.a->db().notifier(), &ChangeNotifier::bulkChanged);
    const QByteArray before = two.a.dump();

    exchange.readPackage(path);
    waitForJob(exchange, finished);
    CHECK(two.a.dump() == before); // a dry run changes nothing
    CHECK(exchange.pendingImport() == path);
    REQUIRE(exchange.shownBox());
    CHECK(exchange.shownBox()->objectName() == QStringLiteral("importPreview"));
    CHECK(exchange.shownBox()->informativeText().contains(QStringLiteral("2 new record"))); // Juan and B's laptop
    CHECK(exchange.lastSummary().value(QStringLiteral("dry_run")).toBool());
    CHECK(page.historyModel()->rowCount() == 0);
    CHECK(people.rowCount() == 0);

    QSignalSpy peopleReloaded(&people, &ParticipantModel::loaded);
    exchange.confirmImport();
    waitForJob(exchange, finished);
    CHECK(two.a.dump() != before);
    CHECK(two.a->participants().get(juan).ok());
    CHECK(bulk.count() == 1);
    // The rest of the program reloaded (the people on a worker).
    REQUIRE(QTest::qWaitFor([&] { return peopleReloaded.count() == 1; }, 20'000));
    CHECK(people.rowCount() == 1);
    CHECK(exchange.shownBox()->objectName() == QStringLiteral("importResult"));
    CHECK(rowsSent(*page.historyModel(), false) == 1);
    CHECK(page.deviceModel()->rowCount() == 2);

    // The GUI's clock caught up with the worker's: its next edit sorts after the import.
    const std::uint64_t persisted = Hlc::fromText(two.a->db().setting(QStringLiteral("hlc")));
    CHECK(two.a->db().nextStamp() > persisted);

    // The same package again: reported as already imported, no Import button.
    exchange.readPackage(path);
    waitForJob(exchange, finished);
    CHECK(exchange.lastSummary().value(QStringLiteral("already_imported")).toBool());
    CHECK(exchange.pendingImport().isEmpty());
    CHECK(exchange.shownBox()->findChild<QPushButton *>(QStringLiteral("importButton")) == nullptr);
}

TEST_CASE("A refused package shows the core's message and changes nothing", "[sync][page]")
{
    TempSettings settings;
    TwoLaptops two;
    two.a->participants().add(sampleParticipant()).value();
    const QString text = two.a.file(QStringLiteral("notes.capacita"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Lista de asistentes\nRosa;Juan\n");
    file.close();

    SyncPage page(*two.a);
    PackageExchange &exchange = *page.exchange();
    QSignalSpy finished(&exchange, &PackageExchange::finished);
    QSignalSpy failed(&exchange, &PackageExchange::failed);
    const QByteArray before = two.a.dump();

    exchange.readPackage(text);
    waitForJob(exchange, finished);
    REQUIRE(failed.count() == 1);
    REQUIRE(exchange.lastError());
    CHECK(exchange.lastError()->code == ErrorCode::Refused);
    CHECK(exchange.pendingImport().isEmpty());
    REQUIRE(exchange.shownBox());
    CHECK(exchange.shownBox()->objectName() == QStringLiteral("errorBox"));
    CHECK(exchange.shownBox()->informativeText() == exchange.lastError()->message);
    CHECK(exchange.shownBox()->informativeText().contains(QStringLiteral("not a Capacita sync package")));
    CHECK(two.a.dump() == before);
    CHECK(page.historyModel()->rowCount() == 0);

    // Nothing pending, so a stray confirmation does nothing either.
    exchange.confirmImport();
    CHECK_FALSE(exchange.isBusy());
    CHECK(two.a.dump() == before);
}
