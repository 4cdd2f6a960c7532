#include "audit/audithistorydialog.h"

#include "audit/audithistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace capacita {

AuditHistoryDialog::AuditHistoryDialog(Store &store, const QString &table, const QString &id, const QString &title,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(title));
    m_model = new AuditHistoryModel(store, this);
    m_model->load(table, id);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto *note = new QLabel(tr("Every change to this record and its enrollments, attendance and scores: when, "
                               "who, on which laptop and where it came from. The log cannot be edited."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 480);
}

} // namespace capacita
