#pragma once

#include <QDialog>

class QTableView;

namespace capacita {

class AuditHistoryModel;
class Store;

// Historial: the audit log of one participant or training, for a data-quality review.
class AuditHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    AuditHistoryDialog(Store &store, const QString &table, const QString &id, const QString &title,
                       QWidget *parent = nullptr);

    AuditHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    AuditHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace capacita
