// Help ▸ About shows the version, dataset, this laptop and where the files are; and Spanish
// shows dates as dd/mm/yyyy and numbers with a decimal comma.

#include "support/tempsettings.h"
#include "support/testsupport.h"

#include "assessment/scoreformat.h"
#include "mainwindow.h"
#include "shell/aboutdialog.h"
#include "shell/settingspage.h"
#include "sync/sync.h"
#include "trainings/sessionmodel.h"
#include "trainings/trainingeditor.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {

// Runs a test in a language's locale and puts the tests' English one back afterwards.
struct DefaultLocale
{
    explicit DefaultLocale(const QString &language) { QLocale::setDefault(SettingsPage::localeFor(language)); }
    ~DefaultLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

QString text(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    REQUIRE(label != nullptr);
    return label->text();
}
} // namespace

TEST_CASE("Help About shows the version dataset laptop and where the database and backups are", "[about]")
{
    TempSettings settings;
    TempStore db;
    SyncService service(db.store());
    REQUIRE(service.setDeviceName(QStringLiteral("Laptop Iquitos 2")));
    REQUIRE(service.createDataset(QStringLiteral("Programa Loreto")));
    const DatasetInfo dataset = service.dataset();

    MainWindow window(db.store());
    auto *action = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto *about = window.findChild<AboutDialog *>();
    REQUIRE(about != nullptr);
    CHECK(about->isVisible());

    CHECK(text(about, "versionValue") == QStringLiteral(CAPACITA_VERSION));
    CHECK(text(about, "datasetValue").contains(QStringLiteral("Programa Loreto")));
    CHECK(text(about, "datasetValue").contains(dataset.id));
    CHECK(text(about, "laptopValue").contains(QStringLiteral("Laptop Iquitos 2")));
    CHECK(text(about, "laptopValue").contains(db->db().siteId()));
    CHECK(text(about, "databaseValue") == QDir::toNativeSeparators(db.path()));
    CHECK(text(about, "backupsValue") == QDir::toNativeSeparators(QDir(db.dir()).filePath(QStringLiteral("backups"))));
    CHECK(text(about, "qtVersionValue") == QString::fromLatin1(qVersion()));
    CHECK(text(about, "licencesText").contains(QStringLiteral("MIT")));
}

TEST_CASE("Help About on a laptop without a dataset says so", "[about]")
{
    TempStore db;
    AboutDialog about(db.store());
    CHECK(text(&about, "datasetValue").contains(QStringLiteral("None yet")));
    CHECK(text(&about, "laptopValue").contains(db->db().siteId()));
}

TEST_CASE("In Spanish a date edit shows dd/mm/yyyy and numbers use a decimal comma", "[locale]")
{
    DefaultLocale spanish(QStringLiteral("es"));
    TempStore db;
    QUndoStack undo;

    TrainingEditor editor(db.store(), undo);
    auto *start = editor.findChild<QDateEdit *>(QStringLiteral("startDateEdit"));
    REQUIRE(start != nullptr);
    start->setDate(QDate(2025, 3, 9));
    CHECK(start->text() == QStringLiteral("09/03/2025"));
    CHECK(start->locale().language() == QLocale::Spanish);

    // A decimal on screen: a session's hours and a test score.
    Training t = sampleTraining();
    auto trainingId = db->trainings().add(t);
    REQUIRE(trainingId);
    TrainingSession s;
    s.trainingId = *trainingId;
    s.date = t.startDate;
    s.hours = 2.5;
    REQUIRE(db->sessions().add(s));
    SessionModel sessions(db.store(), undo);
    sessions.setTraining(*trainingId);
    REQUIRE(sessions.rowCount() == 1);
    CHECK(sessions.index(0, SessionModel::Hours).data().toString() == QStringLiteral("2,5"));
    CHECK(sessions.index(0, SessionModel::Date).data().toString().endsWith(t.startDate.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(scoreformat::number(14.5) == QStringLiteral("14,5"));
}

TEST_CASE("In English numbers use a decimal point", "[locale]")
{
    DefaultLocale english(QStringLiteral("en"));
    CHECK(scoreformat::number(14.5) == QStringLiteral("14.5"));
}
