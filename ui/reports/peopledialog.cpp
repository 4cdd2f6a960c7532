#include "reports/peopledialog.h"

#include "reports/reportjob.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttables.h"
#include "storage/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace capacita {

PeopleDialog::PeopleDialog(Store &store, const reports::ReportFilter &filter, const reports::Drill &drill,
                           const QString &heading, QWidget *parent)
    : QDialog(parent), m_model(new ReportTableModel(this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People counted"));
    resize(900, 480);

    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("peopleHeading"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *scope = new QLabel(reports::describeFilter(filter), this);
    scope->setWordWrap(true);
    m_status = new QLabel(tr("Computing…"), this);
    m_status->setObjectName(QStringLiteral("peopleStatus"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scope);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    ReportRequest request;
    request.filter = filter;
    request.indicators = false;
    request.people = true;
    request.drill = drill;
    m_job = new ReportJob(store.db().path(), &store.db().clock(), request, this);
    connect(m_job, &StoreJob::finished, this, &PeopleDialog::onFinished);
    m_job->start();
}

PeopleDialog::~PeopleDialog()
{
    delete m_job; // waits for its worker
}

void PeopleDialog::onFinished()
{
    const Result<ReportData> result = *m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    if (!result) {
        m_status->setText(tr("The list could not be made: %1").arg(result.error().message));
        emit loaded();
        return;
    }
    const QList<reports::CountedPerson> people = result->people.value_or(QList<reports::CountedPerson>());
    m_model->setTable(reports::participantsTable(people));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, ReportTableModel::isCodeColumn(m_model->table(), c));
    m_status->setText(tr("%n person(s).", nullptr, int(people.size())));
    emit loaded();
}

} // namespace capacita
