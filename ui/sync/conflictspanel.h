#pragma once

#include "domain/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace capacita {

class ConflictModel;
class SyncService;

// The open conflicts and the two ways out of each: keep this laptop's value or the received
// one. The choice is written as a new edit, so it wins on every laptop it reaches.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    ConflictsPanel(SyncService &service, ConflictModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    qint64 currentConflictId() const;
    void selectConflict(qint64 conflictId);

    Status resolve(qint64 conflictId, bool keepLocal);

signals:
    void resolved(qint64 conflictId);

private:
    void onCurrentChanged();
    void updateEmptyState();
    void resolveCurrent(bool keepLocal);

    SyncService &m_service;
    ConflictModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_keepLocal = nullptr;
    QPushButton *m_keepRemote = nullptr;
};

} // namespace capacita
