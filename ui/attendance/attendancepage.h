#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace capacita {

class AttendanceGrid;
class AttendanceModel;
class Store;
class TrainingSelector;

// Asistencia: pick a training, then mark who came to each session, from the keyboard.
class AttendancePage : public QWidget
{
    Q_OBJECT
public:
    AttendancePage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setTraining(const QString &trainingId);

    // For tests and for the main window's screenshots; each fills the picker first.
    TrainingSelector *selector();
    AttendanceGrid *grid();
    AttendanceModel *model();
    QString statusMessage() const;

signals:
    // The training shown changed (by the selector or setTraining), so the main window can
    // keep the other page on the same training.
    void trainingChanged(const QString &trainingId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Fills the picker and shows its first training, once: when the page is first shown, or
    // first asked for its training, picker, grid or model.
    void ensureLoaded();
    void onTrainingChanged(const QString &trainingId);
    void updateState();
    void showError(const QString &message);
    QWidget *makeLegend();

    Store &m_store;
    TrainingSelector *m_selector = nullptr;
    QPushButton *m_markAll = nullptr;
    AttendanceModel *m_model = nullptr;
    AttendanceGrid *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace capacita
