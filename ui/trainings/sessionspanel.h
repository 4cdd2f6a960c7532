#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace capacita {

class SessionModel;
class Store;
struct Error;

// The sessions of the selected training: add, delete, and edit date and times in place.
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    SessionsPanel(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setTraining(const QString &trainingId);
    SessionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addSession();
    void deleteSelected();

private:
    void showError(const Error &error);
    void updateButtons();

    Store &m_store;
    QUndoStack &m_undo;
    SessionModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace capacita
