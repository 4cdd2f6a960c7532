#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace capacita {

class ParticipantEditor;
class ParticipantModel;
class ParticipantTrainings;
class SearchProxyModel;
class Store;

// Participantes: a searchable list of people, the editor of the selected person and the
// trainings they are enrolled in.
class ParticipantsPage : public QWidget
{
    Q_OBJECT
public:
    ParticipantsPage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    // The people are read when first needed, not when the window is built: 50,000 of them
    // take most of a second. Shown, the page reads them on a worker and says it is loading;
    // these accessors (and currentParticipantId, selectParticipant) read them at once if
    // that has not finished. After a bulk change (an import, a sync, a merge, a restore) they
    // are read again on a worker: meanwhile the list shows, and these give, the rows read
    // before, kept up to date person by person; the page says it is updating. The new rows
    // replace them with the same person current, the search and the sort kept.
    ParticipantModel *model() const { ensureLoaded(); return m_model; }
    SearchProxyModel *proxy() const { ensureLoaded(); return m_proxy; }
    QTableView *view() const { ensureLoaded(); return m_view; }
    ParticipantEditor *editor() const { return m_editor; }
    ParticipantTrainings *trainings() const { return m_trainings; }

    QString currentParticipantId() const;
    void selectParticipant(const QString &participantId);
    void setSearchText(const QString &text);

    void newParticipant();
    void deleteCurrent();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded() const;
    void showRows();
    void showUpdating();
    void rememberCurrent();
    void restoreCurrent();
    void onCurrentChanged();

    Store &m_store;
    QUndoStack &m_undo;
    ParticipantModel *m_model = nullptr;
    SearchProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_updating = nullptr;
    bool m_listed = false; // the first rows were shown (and the first of them made current)
    // Who was current, and at which row of the list, when the model was about to be reset.
    QString m_keptId;
    int m_keptRow = -1;
    ParticipantEditor *m_editor = nullptr;
    ParticipantTrainings *m_trainings = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace capacita
