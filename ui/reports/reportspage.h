#pragma once

#include "reports/reportjob.h"
#include "reports/reporttables.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace capacita {

class ExportJob;
class ReportFilterBar;
class ReportRunner;
class ReportTableModel;
class Store;

// Reportes: the indicator tables of a period and filters (reports::indicatorTables), the
// evidence list of the people counted, and exports to XLSX, CSV and PDF made from the same
// tables, so the screen and every file show the same figures.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum Format { Xlsx, Csv, Pdf };

    explicit ReportsPage(Store &store, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportFilterBar *filterBar() const { return m_filters; }
    ReportRunner *runner() const { return m_runner; }
    ReportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Every table on the page: the indicator tables, then the evidence list.
    const QList<reports::ReportTable> &tables() const { return m_tables; }
    QString currentTableId() const { return m_currentId; }
    void showTable(const QString &tableId);

    // Where to save; by default a file dialog. Tests give a function that returns a path.
    void setSavePathChooser(std::function<QString(Format)> chooser) { m_chooser = std::move(chooser); }
    void exportReport(Format format);              // asks where, then writes in the background
    void exportTo(Format format, const QString &path); // writes in the background
    bool isExporting() const { return m_export != nullptr; }

signals:
    void updated(); // new tables are shown
    void exportFinished(const capacita::Status &status, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void requestReport();
    void display(const ReportData &data);
    void rebuildList();
    QString askPath(Format format);
    void onExportFinished(const QString &path);
    void setBusy(bool busy);

    Store &m_store;
    ReportFilterBar *m_filters = nullptr;
    ReportRunner *m_runner = nullptr;
    ReportTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_includePeople = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;

    std::optional<ReportData> m_data;
    QList<reports::ReportTable> m_tables;
    QString m_currentId;
    std::function<QString(Format)> m_chooser;
    ExportJob *m_export = nullptr;
};

} // namespace capacita
