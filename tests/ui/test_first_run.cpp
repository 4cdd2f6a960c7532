// The first-run assistant: completing it creates the dataset and names the laptop, skipping it
// leaves a usable database, it can load example data, and it is shown only once, only on a new
// database. Also the language chosen from the system locale.

#include "support/tempsettings.h"
#include "support/testsupport.h"

#include "firstrun/firstrunwizard.h"
#include "shell/settingspage.h"
#include "storage/exampledata.h"
#include "sync/datasetpanel.h"
#include "sync/sync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
void nameLaptop(FirstRunWizard &wizard, const QString &name)
{
    REQUIRE(wizard.currentId() == FirstRunWizard::LanguagePage);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::LaptopPage);
    wizard.findChild<QLineEdit *>(QStringLiteral("laptopNameEdit"))->setText(name);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::DatasetPage);
}
} // namespace

TEST_CASE("Completing the first-run wizard creates the dataset and names this laptop", "[firstrun]")
{
    TempSettings settings;
    TempStore db;
    REQUIRE(FirstRunWizard::shouldShow(db.store()));

    FirstRunWizard wizard(db.store(), QStringLiteral("es"));
    wizard.show();
    nameLaptop(wizard, QStringLiteral("Laptop Cusco 1"));
    const QString joinPath = db.dir() + QStringLiteral("/programa.capacita-join");
    REQUIRE(wizard.datasetPanel()->createDataset(QStringLiteral("Programa Cusco"), {}, joinPath));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::ExamplePage);
    // Invented people must not reach a shared dataset.
    CHECK_FALSE(wizard.findChild<QCheckBox *>(QStringLiteral("exampleDataCheck"))->isEnabled());
    wizard.accept();

    SyncService service(db.store());
    const DatasetInfo dataset = service.dataset();
    CHECK(dataset.joined());
    CHECK(dataset.name == QStringLiteral("Programa Cusco"));
    CHECK(dataset.deviceName == QStringLiteral("Laptop Cusco 1"));
    const QList<DeviceInfo> devices = service.devices();
    REQUIRE(devices.size() == 1);
    CHECK(devices.first().name == QStringLiteral("Laptop Cusco 1"));
    CHECK(QFileInfo::exists(joinPath));
    CHECK(db->trainings().list().isEmpty());
    CHECK(QSettings().value(SettingsPage::languageKey()).toString() == QStringLiteral("es"));
    CHECK_FALSE(FirstRunWizard::shouldShow(db.store()));
}

TEST_CASE("Skipping the first-run wizard leaves the database usable and is not asked again", "[firstrun]")
{
    TempSettings settings;
    TempStore db;
    {
        FirstRunWizard wizard(db.store(), QStringLiteral("es"));
        wizard.show();
        wizard.reject(); // the Skip button
    }
    CHECK_FALSE(FirstRunWizard::shouldShow(db.store()));
    CHECK_FALSE(SyncService(db.store()).dataset().joined());
    CHECK(db->trainings().list().isEmpty());
    auto added = db->participants().add(sampleParticipant());
    REQUIRE(added);
    CHECK(db->participants().list().size() == 1);
}

TEST_CASE("The first-run wizard loads the example data when asked", "[firstrun]")
{
    TempSettings settings;
    TempStore db;
    FirstRunWizard wizard(db.store(), QStringLiteral("en"));
    wizard.show();
    nameLaptop(wizard, QStringLiteral("Prueba"));
    wizard.next(); // no dataset yet
    REQUIRE(wizard.currentId() == FirstRunWizard::ExamplePage);
    auto *example = wizard.findChild<QCheckBox *>(QStringLiteral("exampleDataCheck"));
    REQUIRE(example->isEnabled());
    CHECK_FALSE(example->isChecked()); // opt-in
    example->setChecked(true);
    wizard.accept();

    CHECK(db->trainings().list().size() == 2);
    CHECK(db->participants().list().size() == 12);
    CHECK(SyncService(db.store()).dataset().deviceName == QStringLiteral("Prueba"));
    CHECK(QSettings().value(SettingsPage::languageKey()).toString() == QStringLiteral("en"));
    CHECK_FALSE(FirstRunWizard::shouldShow(db.store()));
}

TEST_CASE("The first-run wizard is not shown for an existing dataset or existing records", "[firstrun]")
{
    TempSettings settings;
    TempStore joined;
    REQUIRE(SyncService(joined.store()).createDataset(QStringLiteral("Programa")));
    CHECK_FALSE(FirstRunWizard::shouldShow(joined.store()));

    TempStore withRecords;
    REQUIRE(withRecords->participants().add(sampleParticipant()));
    CHECK_FALSE(FirstRunWizard::shouldShow(withRecords.store()));
}

TEST_CASE("The example data is added whole or not at all", "[firstrun]")
{
    TempStore db;
    auto first = addExampleData(db.store());
    REQUIRE(first);
    CHECK(first->trainings == 2);
    CHECK(first->participants == 12);
    const QJsonObject before = db->dump();
    // A second time the training codes are taken: refused, and nothing half-added.
    auto second = addExampleData(db.store());
    REQUIRE_FALSE(second);
    CHECK(db->dump() == before);
}

TEST_CASE("The language follows the system locale until one is chosen", "[firstrun]")
{
    TempSettings settings;
    CHECK(SettingsPage::languageFor(QLocale(QStringLiteral("es_PE"))) == QStringLiteral("es"));
    CHECK(SettingsPage::languageFor(QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(SettingsPage::languageFor(QLocale(QStringLiteral("en_US"))) == QStringLiteral("en"));
    // Spanish first: any other language gets Spanish.
    CHECK(SettingsPage::languageFor(QLocale(QStringLiteral("qu_PE"))) == QStringLiteral("es"));
    CHECK(SettingsPage::languageFor(QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("es"));
    CHECK(SettingsPage::savedLanguage() == SettingsPage::languageFor(QLocale::system()));
    QSettings().setValue(SettingsPage::languageKey(), QStringLiteral("en"));
    CHECK(SettingsPage::savedLanguage() == QStringLiteral("en"));

    // The wizard opens on the language the program runs in.
    TempStore db;
    FirstRunWizard wizard(db.store(), QStringLiteral("en"));
    CHECK(wizard.findChild<QComboBox *>(QStringLiteral("firstRunLanguageCombo"))->currentData().toString()
          == QStringLiteral("en"));
    CHECK(wizard.language() == QStringLiteral("en"));
}
