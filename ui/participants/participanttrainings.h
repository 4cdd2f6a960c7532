#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace capacita {

class EnrollChoiceModel;
class Store;
struct ChangeEvent;

// The trainings one person is enrolled in, with enrolling in another and leaving one.
class ParticipantTrainings : public QWidget
{
    Q_OBJECT
public:
    ParticipantTrainings(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setParticipant(const QString &participantId);
    QListWidget *list() const { return m_list; }
    QComboBox *trainingChoice() const { return m_choice; }

    void enrollChosen();
    void unenrollSelected();

private:
    void refresh();
    void choose(const QString &trainingId); // that one if offered, else the first
    void onChanged(const ChangeEvent &event);
    void showError(const QString &message);

    Store &m_store;
    QUndoStack &m_undo;
    QString m_participantId;
    QListWidget *m_list = nullptr;
    EnrollChoiceModel *m_choices = nullptr;
    QComboBox *m_choice = nullptr;
    QString m_chosenBeforeReset;
    QPushButton *m_enroll = nullptr;
    QPushButton *m_unenroll = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace capacita
