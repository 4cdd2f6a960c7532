#pragma once

#include <QComboBox>

namespace capacita {

class Store;
struct ChangeEvent;

// The training picker at the top of the Asistencia and Evaluaciones pages: every live training
// as "CODE — Title", newest first, kept current from the database's change notifier so a
// training created or renamed on another page shows up here at once. It starts empty and is
// filled by ensureLoaded() (its page calls it when first shown or asked for): a programme of
// thousands of trainings would otherwise be listed twice while the window is built.
class TrainingSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit TrainingSelector(Store &store, QWidget *parent = nullptr);

    // Fills the list the first time; later calls do nothing (the notifier keeps it current).
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }

    QString currentTrainingId() const;
    // Selects the training; an unknown id leaves the selection as it is and returns false.
    bool selectTraining(const QString &trainingId);

signals:
    // Emitted when the selection changes, by the user or because the list changed under it
    // (the selected training was deleted). An empty id means there is no training to show.
    void trainingChanged(const QString &trainingId);

private:
    void reload();
    void onChanged(const ChangeEvent &event);
    void onIndexChanged();

    Store &m_store;
    QString m_current;
    bool m_loaded = false;
};

} // namespace capacita
