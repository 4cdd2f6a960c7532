#pragma once

#include "reports/indicators.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace capacita {

class ReportJob;
class ReportTableModel;
class Store;

// The people behind a figure (a bar of a chart): the evidence list of the report for one
// disaggregation key, computed off the GUI thread.
class PeopleDialog : public QDialog
{
    Q_OBJECT
public:
    PeopleDialog(Store &store, const reports::ReportFilter &filter, const reports::Drill &drill,
                 const QString &heading, QWidget *parent = nullptr);
    ~PeopleDialog() override;

    ReportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_job != nullptr; }

signals:
    void loaded();

private:
    void onFinished();

    ReportJob *m_job = nullptr;
    ReportTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace capacita
