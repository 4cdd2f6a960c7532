#include "sync/syncpage.h"

#include "common/modelroles.h"
#include "storage/store.h"
#include "sync/conflictmodel.h"
#include "sync/conflictspanel.h"
#include "sync/datasetpanel.h"
#include "sync/devicemodel.h"
#include "sync/devicespanel.h"
#include "sync/historymodel.h"
#include "sync/packageexchange.h"
#include "sync/synctext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

SyncPage::SyncPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_service(store)
    , m_conflictModel(new ConflictModel(store, this))
    , m_deviceModel(new DeviceModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_exchange(new PackageExchange(store, this))
    , m_refreshTimer(new QTimer(this))
{
    auto *title = new QLabel(tr("Sync by file"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("The laptops of a programme stay in step by exchanging encrypted packages on a USB "
                                "drive or by e-mail; no internet is needed."),
        this);
    intro->setWordWrap(true);

    m_dataset = new DatasetPanel(store, m_service, this);
    m_conflicts = new ConflictsPanel(m_service, m_conflictModel, this);
    m_devices = new DevicesPanel(m_service, m_deviceModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"syncTabs"_s);
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    m_tabs->addTab(m_devices, tr("Laptops"));
    m_tabs->addTab(buildHistory(), tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_dataset);
    layout->addWidget(buildExchange());
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0);

    // Many changes in a row (an import, a cascade) make one refresh, after they are done.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncPage::refresh);
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &SyncPage::refreshLater);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &SyncPage::refreshLater);
    connect(m_dataset, &DatasetPanel::datasetChanged, this, &SyncPage::refresh);
    connect(m_conflicts, &ConflictsPanel::resolved, this, &SyncPage::refresh);
    connect(m_devices, &DevicesPanel::revoked, this, &SyncPage::refresh);
    connect(m_exchange, &PackageExchange::written, this, &SyncPage::refresh);
    connect(m_exchange, &PackageExchange::imported, this, &SyncPage::onImported);
    connect(m_exchange, &PackageExchange::busyChanged, this, [this](bool busy) {
        m_write->setEnabled(!busy);
        m_read->setEnabled(!busy);
    });
    refresh();
    if (openConflictCount() == 0)
        m_tabs->setCurrentIndex(LaptopsTab);
}

QWidget *SyncPage::buildExchange()
{
    auto *box = new QGroupBox(tr("Packages"), this);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_exchangeBox = box;
    m_write = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("&Write package…"), box);
    m_write->setObjectName(u"writePackageButton"_s);
    m_write->setToolTip(tr("Write this laptop's changes to a file for the other laptops (USB drive or e-mail)."));
    m_read = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("R&ead package…"), box);
    m_read->setObjectName(u"readPackageButton"_s);
    m_read->setToolTip(tr("Read a package written on another laptop: first a preview of what changes."));
    m_exchangeState = new QLabel(box);
    m_exchangeState->setObjectName(u"exchangeState"_s);
    m_exchangeState->setWordWrap(true);
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_write);
    row->addWidget(m_read);
    row->addSpacing(12);
    row->addWidget(m_exchangeState, 1);
    connect(
        m_write, &QPushButton::clicked, this, [this] { m_exchange->chooseAndWrite(m_service.dataset().deviceName); });
    connect(m_read, &QPushButton::clicked, m_exchange, &PackageExchange::chooseAndRead);
    return box;
}

QWidget *SyncPage::buildHistory()
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_historyModel);
    proxy->setSortRole(SortRole);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(proxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(HistoryModel::Date, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::File, QHeaderView::Stretch);
    return m_historyView;
}

int SyncPage::openConflictCount() const
{
    return m_conflictModel->rowCount();
}

void SyncPage::refreshLater()
{
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true; // status() walks the pending rows: not worth it for a hidden page
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SyncPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const DatasetInfo ds = m_service.dataset();
    m_dataset->setDataset(ds);
    m_exchangeBox->setVisible(ds.joined());
    m_tabs->setVisible(ds.joined());

    QList<DeviceInfo> devices;
    QJsonObject status;
    QList<ConflictRecord> conflicts;
    if (ds.joined()) {
        devices = m_service.devices();
        conflicts = m_service.conflicts();
        // Counting the changes not yet sent reads each synced table's index: done when the
        // page is seen. At start-up, with the file not yet in the page cache, it was most
        // of the time to the first window (docs/performance.md).
        const bool seen = isVisible();
        status = m_service.status(seen ? SyncService::StatusDetail::Pending : SyncService::StatusDetail::WithoutPending);
        m_stale = !seen;
    }
    QHash<QString, QString> names;
    int others = 0;
    for (const DeviceInfo &d : std::as_const(devices)) {
        names.insert(d.siteId, d.name);
        others += d.thisDevice || d.revoked ? 0 : 1;
    }
    m_deviceModel->setDevices(devices, status);
    m_historyModel->setPackages(status.value(u"packages"_s).toArray(), names);
    m_conflictModel->setConflicts(conflicts, names);
    if (status.contains(u"pending_changes"_s))
        m_devices->setPendingChanges(status.value(u"pending_changes"_s).toInteger(), others);

    qint64 lastWritten = 0;
    qint64 lastRead = 0;
    for (int row = 0; row < m_historyModel->rowCount(); ++row) {
        const HistoryRow &h = m_historyModel->recordAt(row);
        qint64 &last = h.sent ? lastWritten : lastRead;
        last = std::max(last, h.at);
    }
    m_exchangeState->setText(
        tr("Last package written: %1. Last package read: %2.")
            .arg(SyncText::dateTimeOr(lastWritten, tr("never")), SyncText::dateTimeOr(lastRead, tr("never"))));

    const int open = openConflictCount();
    m_tabs->setTabText(ConflictsTab, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    if (open != m_openConflicts) {
        m_openConflicts = open;
        emit openConflictsChanged(open);
    }
}

void SyncPage::onImported(const QJsonObject &summary)
{
    refresh();
    if (summary.value(u"conflicts"_s).toInteger() > 0)
        m_tabs->setCurrentIndex(ConflictsTab);
}

} // namespace capacita
