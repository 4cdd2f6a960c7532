// The main window: pages, shortcuts, the "Saved" notice, the dashboard, settings, and an undo
// stack that stays sound when the database refuses a redo.

#include "support/tempsettings.h"
#include "support/testsupport.h"

#include "commands/trainingcommands.h"
#include "common/errorreporter.h"
#include "assessment/assessmentpage.h"
#include "attendance/attendancepage.h"
#include "attendance/trainingselector.h"
#include "mainwindow.h"
#include "shell/homepage.h"
#include "shell/settingspage.h"
#include "trainings/trainingmodel.h"
#include "trainings/trainingspage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
// Settings written by a test go to a folder of its own, never to the user's.
} // namespace

TEST_CASE("The main window opens on every page by name and by shortcut", "[shell]")
{
    TempSettings settings;
    TempStore db;
    MainWindow window(db.store());
    CHECK(window.currentPage() == MainWindow::Home);

    const QStringList names = MainWindow::pageNames();
    REQUIRE(names.size() == MainWindow::PageCount);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        const auto byName = MainWindow::pageFromName(names.at(page));
        REQUIRE(byName.has_value());
        window.showPage(*byName);
        CHECK(window.currentPage() == page);
        CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.page(*byName));
        CHECK(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow() == page);
    }
    CHECK(MainWindow::pageFromName(QStringLiteral("reportes")) == MainWindow::Reports);
    CHECK_FALSE(MainWindow::pageFromName(QStringLiteral("informes")).has_value());
    CHECK(MainWindow::pageFromName(QStringLiteral(" Participantes ")) == MainWindow::Participants);

    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        auto *action = window.findChild<QAction *>(names.at(page) + QStringLiteral("Action"));
        REQUIRE(action != nullptr);
        CHECK(action->shortcut() == QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + page))));
        action->trigger();
        CHECK(window.currentPage() == page);
    }

    // Clicking in the navigation list switches too.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(MainWindow::Trainings);
    CHECK(window.currentPage() == MainWindow::Trainings);
}

TEST_CASE("Undo and redo actions carry the standard shortcuts", "[shell]")
{
    TempSettings settings;
    TempStore db;
    MainWindow window(db.store());
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Z"))));
    CHECK(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    CHECK(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
    CHECK_FALSE(undo->isEnabled());

    window.trainingsPage()->newTraining();
    CHECK(undo->isEnabled());
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved"));
    const QString id = window.trainingsPage()->currentTrainingId();
    undo->trigger();
    CHECK_FALSE(db->trainings().get(id).ok());
    redo->trigger();
    CHECK(db->trainings().get(id).ok());
}

TEST_CASE("The home page counts what is recorded", "[shell]")
{
    TempSettings settings;
    TempStore db;
    HomePage home(db.store());
    // The page counts on a worker; refreshed() says the figures shown are current.
    QSignalSpy refreshed(&home, &HomePage::refreshed);
    REQUIRE(refreshed.wait(10000));
    CHECK(home.count(QStringLiteral("trainings")) == 0);

    const QString training = db->trainings().add(sampleTraining()).value();
    TrainingSession s;
    s.trainingId = training;
    s.date = QDate(2025, 3, 10);
    s.hours = 4;
    REQUIRE(db->sessions().add(s).ok());
    const QString a = db->participants().add(sampleParticipant()).value();
    const QString b = db->participants().add(sampleParticipant(QStringLiteral("Juan"), QStringLiteral("Apaza"))).value();
    REQUIRE(db->enrollments().enroll(training, a).ok());
    Training coming = sampleTraining(QStringLiteral("FUT-1"));
    coming.startDate = db->db().clock().today().addDays(10);
    coming.endDate = coming.startDate.addDays(2);
    REQUIRE(db->trainings().add(coming).ok());

    home.refresh(); // the page refreshes on its own once events run; this is the same call
    REQUIRE(refreshed.wait(10000));
    CHECK(home.count(QStringLiteral("trainings")) == 2);
    CHECK(home.count(QStringLiteral("sessions")) == 1);
    CHECK(home.count(QStringLiteral("participants")) == 2);
    CHECK(home.count(QStringLiteral("enrollments")) == 1);
    // The fake clock stands in November 2023: both are ahead, the nearest first.
    REQUIRE(home.upcoming()->topLevelItemCount() == 2);
    CHECK(home.upcoming()->topLevelItem(0)->text(1) == QStringLiteral("FUT-1"));
    CHECK(home.upcoming()->topLevelItem(1)->text(1) == QStringLiteral("CUS-2025-01"));
    CHECK(home.upcoming()->topLevelItem(1)->text(3) == QStringLiteral("Cusco"));
    CHECK(home.upcoming()->topLevelItem(1)->text(4) == QStringLiteral("1")); // sessions
    CHECK(home.upcoming()->topLevelItem(1)->text(5) == QStringLiteral("1")); // enrolled

    REQUIRE(db->participants().remove(b).ok());
    REQUIRE(refreshed.wait(10000)); // the deferred refresh after a change
    CHECK(home.count(QStringLiteral("participants")) == 1);
}

TEST_CASE("Settings save the language and show the database facts", "[shell]")
{
    TempSettings settings;
    TempStore db;
    SettingsPage page(db.store());
    CHECK(SettingsPage::savedLanguage() == QStringLiteral("es"));
    auto *language = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    emit language->activated(language->currentIndex());
    CHECK(SettingsPage::savedLanguage() == QStringLiteral("en"));
    CHECK_FALSE(page.findChild<QLabel *>(QStringLiteral("languageNote"))->isHidden());
    CHECK(page.findChild<QLabel *>(QStringLiteral("siteId"))->text() == db->db().siteId());
    CHECK(page.findChild<QLabel *>(QStringLiteral("schemaVersion"))->text()
          == QString::number(db->db().schemaVersion()));
}

TEST_CASE("A redo the database refuses is reported and leaves the stack sound", "[shell][commands]")
{
    TempStore db;
    QUndoStack undo;
    Training t = sampleTraining();
    t.id = db->trainings().add(t).value();
    Training renamed = t;
    renamed.title = QStringLiteral("Otro título");
    REQUIRE(StoreCommand::run(undo, std::make_unique<EditTrainingCommand>(db.store(), t, renamed)).ok());
    undo.undo();
    CHECK(db->trainings().get(t.id)->title == t.title);

    // The training disappears behind the stack's back (another window, a sync).
    REQUIRE(db->trainings().remove(t.id).ok());
    QSignalSpy reported(&ErrorReporter::instance(), &ErrorReporter::failed);
    undo.redo();
    CHECK(reported.count() == 1);
    CHECK(undo.count() == 0);  // the command that cannot apply is gone
    CHECK_FALSE(undo.canRedo());

    // A refused first run never reaches the stack.
    const Status refused =
        StoreCommand::run(undo, std::make_unique<EditTrainingCommand>(db.store(), t, renamed));
    CHECK_FALSE(refused.ok());
    CHECK(undo.count() == 0);
}

TEST_CASE("Attendance and Scores open the grid pages on the selected training", "[shell]")
{
    TempSettings settings;
    TempStore db;
    const QString cusco = db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-01"))).value();
    const QString puno = db->trainings().add(sampleTraining(QStringLiteral("PUN-2025-01"))).value();
    MainWindow window(db.store());
    TrainingsPage *trainings = window.trainingsPage();

    trainings->selectTraining(puno);
    trainings->findChild<QPushButton *>(QStringLiteral("attendanceButton"))->click();
    CHECK(window.currentPage() == MainWindow::Attendance);
    CHECK(window.attendancePage()->selector()->currentTrainingId() == puno);

    trainings->selectTraining(cusco);
    trainings->findChild<QPushButton *>(QStringLiteral("scoresButton"))->click();
    CHECK(window.currentPage() == MainWindow::Assessment);
    CHECK(window.assessmentPage()->selector()->currentTrainingId() == cusco);

    // Going to Asistencia by its shortcut follows the training chosen in Capacitaciones...
    window.showPage(MainWindow::Attendance);
    CHECK(window.attendancePage()->selector()->currentTrainingId() == cusco);
    // ...but a training picked on the page itself stays while that choice is unchanged.
    REQUIRE(window.attendancePage()->selector()->selectTraining(puno));
    window.showPage(MainWindow::Home);
    window.showPage(MainWindow::Attendance);
    CHECK(window.attendancePage()->selector()->currentTrainingId() == puno);
}

TEST_CASE("Pages list their trainings when first shown, not while the window is built", "[shell]")
{
    TempSettings settings;
    TempStore db;
    const QString cusco = db->trainings().add(sampleTraining(QStringLiteral("CUS-2025-01"))).value();
    MainWindow window(db.store());
    // Found as children, not through the accessors (which fill them when asked).
    auto *trainings = window.page(MainWindow::Trainings)->findChild<TrainingModel *>();
    auto *attendance = window.page(MainWindow::Attendance)->findChild<TrainingSelector *>();
    REQUIRE(trainings);
    REQUIRE(attendance);
    CHECK_FALSE(trainings->isLoaded());
    CHECK(attendance->count() == 0);

    window.show();
    window.showPage(MainWindow::Attendance);
    CHECK(attendance->count() == 1);
    CHECK(attendance->currentTrainingId() == cusco);
    window.showPage(MainWindow::Trainings);
    CHECK(trainings->rowCount() == 1);
    // Kept current from then on.
    REQUIRE(db->trainings().add(sampleTraining(QStringLiteral("PUN-2025-01"))).ok());
    CHECK(trainings->rowCount() == 2);
    CHECK(attendance->count() == 2);
}
