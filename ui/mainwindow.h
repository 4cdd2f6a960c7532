#pragma once

#include <QMainWindow>

#include <array>
#include <optional>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace capacita {

class AboutDialog;
class AssessmentPage;
class AttendancePage;
class DuplicatesPage;
class HomePage;
class ImportWizard;
class IntegrityCheck;
class ParticipantsPage;
class ReportsPage;
class SettingsPage;
class Store;
class SyncPage;
class TrainingsPage;
struct Error;

// The window: a list of pages on the left, the page on the right, one undo stack for every
// edit. There is no Save: each edit is stored when it is made, and the status bar says so.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Home, Trainings, Participants, Duplicates, Attendance, Assessment, Reports, Sync, Settings, PageCount };

    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    // "inicio", "capacitaciones", … as used by --page; nullopt for an unknown name.
    static std::optional<Page> pageFromName(const QString &name);
    static QStringList pageNames();

    void showPage(Page page);
    Page currentPage() const;
    // Opens the attendance or assessment page on a training.
    void openTraining(Page page, const QString &trainingId);

    QUndoStack *undoStack() const { return m_undo; }
    TrainingsPage *trainingsPage() const { return m_trainings; }
    ParticipantsPage *participantsPage() const { return m_participants; }
    HomePage *homePage() const { return m_home; }
    AttendancePage *attendancePage() const { return m_attendance; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    SyncPage *syncPage() const { return m_sync; }
    DuplicatesPage *duplicatesPage() const { return m_duplicates; }
    ReportsPage *reportsPage() const { return m_reports; }
    QWidget *page(Page page) const { return m_pages.at(page); }
    // The full check of a large file, started once the window shows; nullptr when the file
    // was checked whole at open (Database::checksDeferred).
    IntegrityCheck *integrityCheck() const { return m_integrity; }

    // File ▸ Import roster…: the import wizard, window-modal; returned so tests can drive it.
    ImportWizard *importRoster();
    // Help ▸ About Capacita, window-modal; returned so tests can read it.
    AboutDialog *showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void addPage(Page page, QWidget *widget, const QString &title, const QIcon &icon);
    void setTrainingOn(Page page, const QString &trainingId);
    void showCommandError(const Error &error);
    void showOpenConflicts(int count);
    void showDuplicateCount(int count);

    Store &m_store;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<QWidget *, PageCount> m_pages{};
    std::array<QString, PageCount> m_shownTraining; // what the grid pages were last set to
    HomePage *m_home = nullptr;
    TrainingsPage *m_trainings = nullptr;
    ParticipantsPage *m_participants = nullptr;
    SettingsPage *m_settings = nullptr;
    AttendancePage *m_attendance = nullptr;
    AssessmentPage *m_assessment = nullptr;
    SyncPage *m_sync = nullptr;
    DuplicatesPage *m_duplicates = nullptr;
    ReportsPage *m_reports = nullptr;
    IntegrityCheck *m_integrity = nullptr;
};

} // namespace capacita
