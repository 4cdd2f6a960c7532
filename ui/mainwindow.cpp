#include "mainwindow.h"

#include "assessment/assessmentpage.h"
#include "attendance/attendancepage.h"
#include "shell/aboutdialog.h"
#include "shell/homepage.h"
#include "shell/integritycheck.h"
#include "shell/settingspage.h"
#include "common/errorreporter.h"
#include "duplicates/duplicatemodel.h"
#include "duplicates/duplicatespage.h"
#include "importing/duplicates.h"
#include "importing/importwizard.h"
#include "participants/participantspage.h"
#include "reports/dashboard.h"
#include "reports/reportspage.h"
#include "storage/store.h"
#include "sync/syncpage.h"
#include "trainings/trainingspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

namespace capacita {

namespace {
const QString kGeometryKey = QStringLiteral("ui/geometry");
// Up to this many people the duplicate pairs are counted while the window is built (well
// under a tenth of a second); beyond, on a worker (see the constructor).
constexpr qsizetype kCountAtStartPeople = 5000;
}

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Capacita — %1").arg(QFileInfo(store.db().path()).fileName()));
    buildPages();
    buildMenus();

    connect(&store.db().notifier(), &ChangeNotifier::changed, this,
            [this] { statusBar()->showMessage(tr("Saved"), 4000); });
    connect(&ErrorReporter::instance(), &ErrorReporter::failed, this, &MainWindow::showCommandError);
    connect(m_trainings, &TrainingsPage::attendanceRequested, this,
            [this](const QString &id) { openTraining(Attendance, id); });
    connect(m_trainings, &TrainingsPage::scoresRequested, this,
            [this](const QString &id) { openTraining(Assessment, id); });
    connect(m_sync, &SyncPage::openConflictsChanged, this, &MainWindow::showOpenConflicts);
    showOpenConflicts(m_sync->openConflictCount());
    connect(m_duplicates, &DuplicatesPage::refreshed, this,
            [this] { showDuplicateCount(m_duplicates->model()->rowCount()); });
    // While the Duplicados page is out of date (not looked at since a change), the count comes
    // from the dashboard, whose report counts the pairs on a worker after every change.
    connect(m_home->dashboard(), &Dashboard::updated, this, [this] {
        const auto &figures = m_home->dashboard()->indicators();
        if (figures && !m_duplicates->isLoaded())
            showDuplicateCount(int(figures->dataQuality.probableDuplicates));
    });
    // Kept in the database since the last count. When people changed since (an import or a
    // sync by capacita-cli), a large database is left to the dashboard's first report,
    // which counts on a worker: the search would hold the window back for seconds.
    DuplicateFinder finder(m_store);
    if (const auto kept = finder.cachedCount())
        showDuplicateCount(int(*kept));
    else if (m_store.participants().count() <= kCountAtStartPeople)
        showDuplicateCount(int(finder.count()));

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray())) {
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
        resize(room.boundedTo(QSize(1366, 800)));
    }
    showPage(Home);
    if (store.db().checksDeferred())
        m_integrity = new IntegrityCheck(store.db().path(), store.db().clock(), this);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once the window is up: the check reads the whole file on a worker thread.
    if (m_integrity && !m_integrity->isRunning() && !m_integrity->outcome())
        QTimer::singleShot(0, m_integrity, &IntegrityCheck::start);
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &title, const QIcon &icon)
{
    widget->setObjectName(pageNames().at(page) + QStringLiteral("Page"));
    m_pages[page] = widget;
    m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, 40));
}

void MainWindow::buildPages()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(180);
    m_stack = new QStackedWidget(this);

    QStyle *s = style();
    auto icon = [s](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(themeName), s->standardIcon(fallback));
    };
    m_home = new HomePage(m_store, this);
    m_trainings = new TrainingsPage(m_store, *m_undo, this);
    m_participants = new ParticipantsPage(m_store, *m_undo, this);
    m_settings = new SettingsPage(m_store, this);
    addPage(Home, m_home, tr("Home"), icon("go-home", QStyle::SP_DirHomeIcon));
    addPage(Trainings, m_trainings, tr("Trainings"),
            icon("x-office-calendar", QStyle::SP_FileDialogDetailedView));
    addPage(Participants, m_participants, tr("Participants"),
            icon("system-users", QStyle::SP_DirIcon));
    m_duplicates = new DuplicatesPage(m_store, *m_undo, this);
    addPage(Duplicates, m_duplicates, tr("Duplicates"), icon("edit-copy", QStyle::SP_FileDialogListView));
    m_attendance = new AttendancePage(m_store, *m_undo, this);
    m_assessment = new AssessmentPage(m_store, *m_undo, this);
    addPage(Attendance, m_attendance, tr("Attendance"),
            icon("x-office-spreadsheet", QStyle::SP_DialogApplyButton));
    addPage(Assessment, m_assessment, tr("Assessments"),
            icon("accessories-calculator", QStyle::SP_FileDialogContentsView));
    m_reports = new ReportsPage(m_store, this);
    addPage(Reports, m_reports, tr("Reports"), icon("x-office-presentation", QStyle::SP_FileDialogInfoView));
    m_sync = new SyncPage(m_store, this);
    addPage(Sync, m_sync, tr("Sync"), icon("view-refresh", QStyle::SP_BrowserReload));
    addPage(Settings, m_settings, tr("Settings"),
            icon("preferences-system", QStyle::SP_ComputerIcon));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this,
            [this](int row) { showPage(static_cast<Page>(row)); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import roster…"),
                                      this, [this] { importRoster(); });
    import->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key_I));
    import->setObjectName(QStringLiteral("importRosterAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = go->addAction(m_nav->item(page)->icon(), m_nav->item(page)->text());
        action->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + page)));
        action->setObjectName(pageNames().at(page) + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, [this, page] { showPage(static_cast<Page>(page)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Capacita"), this, [this] { showAbout(); });
    about->setObjectName(QStringLiteral("aboutAction"));
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("inicio"),      QStringLiteral("capacitaciones"),
            QStringLiteral("participantes"), QStringLiteral("duplicados"),
            QStringLiteral("asistencia"),
            QStringLiteral("evaluaciones"), QStringLiteral("reportes"),
            QStringLiteral("sincronizar"),
            QStringLiteral("ajustes")};
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    const qsizetype index = pageNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Page>(index);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (page == Attendance || page == Assessment) {
        // Follow the training chosen in Capacitaciones, unless the page was already set to it
        // (then a training picked on the page itself stays).
        // A Capacitaciones never shown (nor asked) has no choice of the user's to follow.
        const QString selected = m_trainings->isLoaded() ? m_trainings->currentTrainingId() : QString();
        if (!selected.isEmpty() && selected != m_shownTraining[page])
            setTrainingOn(page, selected);
    }
    m_stack->setCurrentIndex(page);
    if (m_nav->currentRow() != page)
        m_nav->setCurrentRow(page);
}

void MainWindow::openTraining(Page page, const QString &trainingId)
{
    setTrainingOn(page, trainingId);
    showPage(page);
}

void MainWindow::setTrainingOn(Page page, const QString &trainingId)
{
    m_shownTraining[page] = trainingId;
    if (page == Attendance)
        m_attendance->setTraining(trainingId);
    else if (page == Assessment)
        m_assessment->setTraining(trainingId);
}

void MainWindow::showCommandError(const Error &error)
{
    showError(this, tr("The change could not be undone or redone; the list of changes was adjusted."),
              error);
}

// A count on the navigation entry, so open conflicts are seen from every page.
void MainWindow::showOpenConflicts(int count)
{
    QListWidgetItem *item = m_nav->item(Sync);
    item->setText(count > 0 ? tr("Sync (%1)").arg(count) : tr("Sync"));
    item->setToolTip(count > 0 ? tr("%n conflict(s) to review", nullptr, count) : QString());
}

ImportWizard *MainWindow::importRoster()
{
    auto *wizard = new ImportWizard(m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::showDuplicateCount(int count)
{
    m_nav->item(Duplicates)->setText(count > 0 ? tr("Duplicates (%1)").arg(count) : tr("Duplicates"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace capacita
