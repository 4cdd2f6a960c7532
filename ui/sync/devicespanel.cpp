#include "sync/devicespanel.h"

#include "common/errorreporter.h"
#include "common/modelroles.h"
#include "sync/devicemodel.h"
#include "sync/sync.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

DevicesPanel::DevicesPanel(SyncService &service, DeviceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(u"devicesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeviceModel::Name, QHeaderView::Stretch);

    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingChangesLabel"_s);
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revoke->setToolTip(tr("Refuse the packages of a laptop that was lost, stolen or left the programme."));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_pending, 1);
    bottom->addWidget(m_revoke);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DevicesPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DevicesPanel::onCurrentChanged);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPanel::revokeInteractive);
    onCurrentChanged();
}

QString DevicesPanel::currentSiteId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void DevicesPanel::setPendingChanges(qint64 pending, int otherLaptops)
{
    if (otherLaptops == 0)
        m_pending->setText(tr("No other laptop has joined yet: give the join file to the laptops of the programme."));
    else if (pending > 0)
        m_pending->setText(
            tr("%n change(s) on this laptop not yet confirmed by every other laptop.", nullptr, int(pending)));
    else
        m_pending->setText(tr("Every other laptop has confirmed this laptop's changes."));
}

void DevicesPanel::onCurrentChanged()
{
    const QString site = currentSiteId();
    const int row = m_model->rowOf(site);
    const bool revocable = row >= 0 && !m_model->recordAt(row).thisDevice && !m_model->recordAt(row).revoked;
    m_revoke->setEnabled(revocable);
}

Status DevicesPanel::revoke(const QString &siteId)
{
    CAPACITA_TRY(m_service.revokeDevice(siteId));
    emit revoked(siteId);
    return {};
}

void DevicesPanel::revokeInteractive()
{
    const QString site = currentSiteId();
    const int row = m_model->rowOf(site);
    if (row < 0)
        return;
    const QString name = m_model->recordAt(row).name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke laptop"), tr("Revoke the laptop \"%1\"?").arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"revokeConfirmation"_s);
    box->setInformativeText(
        tr("From now on, packages written by this laptop are refused here and on every laptop that receives "
           "this decision with the next package. What it sent before stays. Do this for a laptop that was lost, "
           "stolen or left the programme; it cannot be taken back from this page."));
    QPushButton *confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QPushButton::clicked, this, [this, site] {
        if (const Status done = revoke(site); !done)
            showError(this, tr("The laptop could not be revoked."), done.error());
    });
    box->open();
}

} // namespace capacita
