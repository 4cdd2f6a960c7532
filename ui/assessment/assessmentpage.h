#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace capacita {

class AssessmentGrid;
class AssessmentModel;
class Store;
class TrainingSelector;

// Evaluaciones: pick a training, then type each person's pre- and post-test scores; the gain
// and the group's means follow as you type.
class AssessmentPage : public QWidget
{
    Q_OBJECT
public:
    AssessmentPage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setTraining(const QString &trainingId);

    TrainingSelector *selector();
    AssessmentGrid *grid();
    AssessmentModel *model();
    QString statusMessage() const;
    QString summaryText() const;

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
    void updateSummary();

    TrainingSelector *m_selector = nullptr;
    AssessmentModel *m_model = nullptr;
    AssessmentGrid *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace capacita
