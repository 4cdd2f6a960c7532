#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;
class QTableView;
class QUndoStack;

namespace capacita {

class SearchProxyModel;
class SessionsPanel;
class SheetPrinter;
class Store;
class TrainingEditor;
class TrainingModel;

// Capacitaciones: the list of trainings with a search box, the editor of the selected one
// and its sessions.
class TrainingsPage : public QWidget
{
    Q_OBJECT
public:
    TrainingsPage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    // The list is read when the page is first shown or when one of these first asks for it
    // (thousands of trainings, sorted and measured, need not hold the window's start back).
    TrainingModel *model();
    QTableView *view();
    TrainingEditor *editor();
    SessionsPanel *sessions();
    SheetPrinter *sheetPrinter() const { return m_printer; }
    bool isLoaded() const;

    QString currentTrainingId();
    void selectTraining(const QString &trainingId);

    void newTraining();
    void deleteCurrent();
    // The next free code of the form CAP-<year>-NNN.
    QString nextCode() const;

signals:
    void attendanceRequested(const QString &trainingId);
    void scoresRequested(const QString &trainingId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Lists the trainings and selects the first, once.
    void ensureLoaded();
    void onCurrentChanged();

    Store &m_store;
    QUndoStack &m_undo;
    TrainingModel *m_model = nullptr;
    SearchProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    TrainingEditor *m_editor = nullptr;
    SessionsPanel *m_sessions = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_attendance = nullptr;
    QPushButton *m_scores = nullptr;
    QToolButton *m_print = nullptr; // the paper sign-in and score sheets
    SheetPrinter *m_printer = nullptr;
};

} // namespace capacita
