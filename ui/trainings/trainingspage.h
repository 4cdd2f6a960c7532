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

    TrainingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TrainingEditor *editor() const { return m_editor; }
    SessionsPanel *sessions() const { return m_sessions; }
    SheetPrinter *sheetPrinter() const { return m_printer; }

    QString currentTrainingId() const;
    void selectTraining(const QString &trainingId);

    void newTraining();
    void deleteCurrent();
    // The next free code of the form CAP-<year>-NNN.
    QString nextCode() const;

signals:
    void attendanceRequested(const QString &trainingId);
    void scoresRequested(const QString &trainingId);

private:
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
