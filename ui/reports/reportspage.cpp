#include "reports/reportspage.h"

#include "common/errorreporter.h"
#include "common/modelroles.h"
#include "reports/exportjob.h"
#include "reports/reportfilterbar.h"
#include "reports/reportrunner.h"
#include "reports/reporttablemodel.h"
#include "reports/reportwriters.h"
#include "reports/savedfile.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace capacita {

namespace {
QString extension(ReportsPage::Format format)
{
    switch (format) {
    case ReportsPage::Xlsx:
        return QStringLiteral("xlsx");
    case ReportsPage::Csv:
        return QStringLiteral("csv");
    case ReportsPage::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}
} // namespace

ReportsPage::ReportsPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_filters(new ReportFilterBar(store, this)),
      m_runner(new ReportRunner(store, this)), m_model(new ReportTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_runner->setPaused(true); // computes when the page is first shown
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_includePeople = new QCheckBox(tr("Include the list of people"), this);
    m_includePeople->setObjectName(QStringLiteral("includePeopleCheck"));
    m_includePeople->setToolTip(tr("Adds the names and document numbers of everyone counted to the "
                                   "file. Share such a file only with whoever reviews the data."));
    m_xlsx = new QPushButton(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("Export &XLSX…"), this);
    m_xlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_csv = new QPushButton(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export &CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdf = new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Export &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setAccessibleName(tr("Tables of the report"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tableTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the report's own order first
    m_view->setSortingEnabled(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("tableNote"));
    m_note->setWordWrap(true);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_title);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_note);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(tableSide);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 900}); // the longest table title fits
    split->setChildrenCollapsible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_includePeople);
    actions->addWidget(m_xlsx);
    actions->addWidget(m_csv);
    actions->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_filters, &ReportFilterBar::filterChanged, this, &ReportsPage::requestReport);
    connect(m_runner, &ReportRunner::started, this, [this] { m_status->setText(tr("Computing the report…")); });
    connect(m_runner, &ReportRunner::ready, this, &ReportsPage::display);
    connect(m_runner, &ReportRunner::failed, this, [this](const Error &error) {
        m_status->setText(tr("The report could not be computed: %1").arg(error.message));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_tables.size())
            showTable(m_tables.at(row).id);
    });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportReport(Xlsx); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportReport(Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportReport(Pdf); });
    setBusy(false);
    requestReport();
}

ReportsPage::~ReportsPage()
{
    delete m_export; // waits for the file to be written
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_runner->setPaused(false);
}

void ReportsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_runner->setPaused(true);
}

void ReportsPage::requestReport()
{
    ReportRequest request;
    request.filter = m_filters->filter();
    request.people = true;
    m_runner->setRequest(request);
}

void ReportsPage::display(const ReportData &data)
{
    if (!data.indicators)
        return;
    m_data = data;
    m_tables = reports::indicatorTables(*data.indicators);
    m_tables.append(reports::participantsTable(data.people.value_or(QList<reports::CountedPerson>())));
    rebuildList();
    showTable(m_currentId.isEmpty() ? m_tables.first().id : m_currentId);
    m_status->setText(reports::describeFilter(data.filter));
    setBusy(false);
    emit updated();
}

void ReportsPage::rebuildList()
{
    QStringList titles;
    for (const reports::ReportTable &table : std::as_const(m_tables))
        titles.append(table.title);
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown.append(m_list->item(i)->text());
    if (titles == shown)
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(titles);
}

void ReportsPage::showTable(const QString &tableId)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).id == tableId)
            index = i;
    }
    if (index < 0) {
        if (m_tables.isEmpty())
            return;
        index = 0;
    }
    const reports::ReportTable &table = m_tables.at(index);
    m_currentId = table.id;
    m_model->setTable(table);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, ReportTableModel::isCodeColumn(table, c));
    m_title->setText(table.title);
    m_note->setText(table.note);
    m_note->setVisible(!table.note.isEmpty());
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(index));
    }
}

void ReportsPage::setBusy(bool busy)
{
    const bool ready = m_data.has_value() && !busy;
    for (QPushButton *button : {m_xlsx, m_csv, m_pdf})
        button->setEnabled(ready);
}

QString ReportsPage::askPath(Format format)
{
    const QString name = tr("capacita-report-%1.%2")
                             .arg(m_store.db().clock().today().toString(Qt::ISODate), extension(format));
    switch (format) {
    case Xlsx:
        return askSavePath(this, tr("Export the report as XLSX"), name, tr("Excel workbooks (*.xlsx)"));
    case Csv:
        return askSavePath(this, tr("Export the report as CSV"), name, tr("CSV files (*.csv)"));
    case Pdf:
        return askSavePath(this, tr("Export the report as PDF"), name, tr("PDF documents (*.pdf)"));
    }
    return {};
}

void ReportsPage::exportReport(Format format)
{
    if (!m_data || m_export)
        return;
    const QString path = m_chooser ? m_chooser(format) : askPath(format);
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportsPage::exportTo(Format format, const QString &path)
{
    if (!m_data || m_export)
        return;
    // Everything the writer needs is copied now: the worker touches no Store and no widget.
    QList<reports::ReportTable> tables = reports::indicatorTables(*m_data->indicators);
    if (m_includePeople->isChecked())
        tables.append(reports::participantsTable(m_data->people.value_or(QList<reports::CountedPerson>())));
    std::function<Status()> write;
    switch (format) {
    case Xlsx:
        write = [tables, path] { return reports::writeXlsx(tables, reports::definitions(), path); };
        break;
    case Csv:
        write = [tables, path] { return reports::writeCsv(tables, path); };
        break;
    case Pdf: {
        reports::PdfReport report;
        report.title = tr("Training indicators");
        report.indicators = *m_data->indicators;
        report.tables = tables;
        report.charts = reports::indicatorCharts(*m_data->indicators);
        report.definitions = reports::definitions();
        write = [report, path] { return reports::writePdf(report, path); };
        break;
    }
    }
    m_export = new ExportJob(std::move(write), this);
    connect(m_export, &ExportJob::finished, this, [this, path] { onExportFinished(path); });
    setBusy(true);
    m_status->setText(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    m_export->start();
}

void ReportsPage::onExportFinished(const QString &path)
{
    const Status status = *m_export->result();
    m_export->deleteLater();
    m_export = nullptr;
    setBusy(false);
    m_status->setText(m_data ? reports::describeFilter(m_data->filter) : QString());
    if (status)
        showSaved(this, tr("The report was saved."), path);
    else
        showError(this, tr("The report could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                  status.error());
    emit exportFinished(status, path);
}

} // namespace capacita
