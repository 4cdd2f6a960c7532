#include "sync/conflictspanel.h"

#include "common/errorreporter.h"
#include "common/modelroles.h"
#include "sync/conflictmodel.h"
#include "sync/sync.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

ConflictsPanel::ConflictsPanel(SyncService &service, ConflictModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);

    auto *note = new QLabel(tr("When two laptops changed the same field before exchanging packages, the later change "
                               "is in use (bold) and the other was set aside. Choose the value that should stay: "
                               "your choice reaches the other laptops with the next package."),
        this);
    note->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(u"conflictsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictModel::Record, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // who and when: two lines
    QHeaderView *header = m_view->horizontalHeader();
    // Values, who and when fit their text (a long value is cut, its tool tip has it whole);
    // the record takes what is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMaximumSectionSize(260);
    header->setSectionResizeMode(ConflictModel::Record, QHeaderView::Stretch);

    m_empty = new QLabel(tr("No conflicts to review."), this);
    m_empty->setObjectName(u"noConflictsLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);

    m_keepLocal = new QPushButton(tr("Keep &this laptop's value"), this);
    m_keepLocal->setObjectName(u"keepLocalButton"_s);
    m_keepRemote = new QPushButton(tr("Keep the &received value"), this);
    m_keepRemote->setObjectName(u"keepRemoteButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepRemote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConflictsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConflictsPanel::updateEmptyState);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolveCurrent(true); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this] { resolveCurrent(false); });
    updateEmptyState();
    onCurrentChanged();
}

qint64 ConflictsPanel::currentConflictId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void ConflictsPanel::selectConflict(qint64 conflictId)
{
    const int row = m_model->rowOf(QString::number(conflictId));
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ConflictModel::Record)));
}

Status ConflictsPanel::resolve(qint64 conflictId, bool keepLocal)
{
    CAPACITA_TRY(m_service.resolveConflict(conflictId, keepLocal));
    emit resolved(conflictId);
    return {};
}

void ConflictsPanel::resolveCurrent(bool keepLocal)
{
    const qint64 id = currentConflictId();
    if (id == 0)
        return;
    const int proxyRow = m_view->currentIndex().row();
    if (const Status done = resolve(id, keepLocal); !done) {
        showError(this, tr("The conflict could not be resolved."), done.error());
        return;
    }
    // Move on to the next conflict, so a list is worked through with two buttons.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), ConflictModel::Record));
}

void ConflictsPanel::onCurrentChanged()
{
    const bool any = currentConflictId() != 0;
    m_keepLocal->setEnabled(any);
    m_keepRemote->setEnabled(any);
}

void ConflictsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, ConflictModel::Record));
    onCurrentChanged();
}

} // namespace capacita
