#include "duplicates/duplicatespage.h"

#include "common/errorreporter.h"
#include "duplicates/duplicatemodel.h"
#include "duplicates/duplicatesearchjob.h"
#include "duplicates/mergecommand.h"
#include "duplicates/mergefieldmodel.h"
#include "storage/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

DuplicatesPage::DuplicatesPage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_model(new DuplicateModel(store, this, DuplicateModel::Empty))
    , m_fields(new MergeFieldModel(store, this))
{
    auto *intro = new QLabel(tr("Records that may belong to the same person. Choose which value survives in "
                                "each field and merge them, or mark them as two different people."),
                             this);
    intro->setWordWrap(true);
    m_empty = new QLabel(tr("No probable duplicates."), this);
    m_empty->setObjectName(u"duplicatesEmpty"_s);
    m_searching = new QLabel(tr("Searching for possible duplicates…"), this);
    m_searching->setObjectName(u"duplicatesSearching"_s);
    m_searching->hide();

    m_pairs = new QTableView(this);
    m_pairs->setObjectName(u"duplicatePairs"_s);
    m_pairs->setAccessibleName(tr("Possible duplicates"));
    m_pairs->setModel(m_model);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    // The columns share the list's width (long names are elided, their tooltip is whole):
    // sized to their contents, the first pushed the second out of sight, and measuring
    // every pair's text was GUI-thread time after each search.
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->setWordWrap(false);

    m_evidence = new QLabel(this);
    m_evidence->setObjectName(u"duplicateEvidence"_s);
    m_evidence->setWordWrap(true);
    m_fieldView = new QTableView(this);
    m_fieldView->setObjectName(u"duplicateFields"_s);
    m_fieldView->setAccessibleName(tr("Fields of the two records"));
    m_fieldView->setModel(m_fields);
    m_fieldView->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldView->verticalHeader()->hide();
    m_fieldView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fieldView->horizontalHeader()->setSectionResizeMode(MergeFieldModel::Field, QHeaderView::ResizeToContents);
    m_fieldView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setToolTip(tr("Keep record A with the values chosen; record B's trainings, attendance and scores "
                           "move to it. Can be undone."));
    m_dismiss = new QPushButton(tr("&Not the same person"), this);
    m_dismiss->setObjectName(u"dismissButton"_s);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_evidence);
    detailLayout->addWidget(m_fieldView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_merge);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pairs);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_searching);
    layout->addWidget(splitter, 1);

    connect(m_pairs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesPage::showSelected);
    connect(m_merge, &QPushButton::clicked, this, [this] { (void)mergeSelected(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { (void)dismissSelected(); });
    // The search reads only the people (and the local dismissals, written by this page).
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent &event) {
        if (event.table == QLatin1String("participant"))
            refreshLater();
    });
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &DuplicatesPage::refreshLater);
}

void DuplicatesPage::ensureLoaded() const
{
    if (!m_loaded)
        const_cast<DuplicatesPage *>(this)->refresh();
}

void DuplicatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_job)
        refreshInBackground();
}

void DuplicatesPage::refreshLater()
{
    if (m_job) { // it may have read the people before this change
        m_searchAgain = true;
        return;
    }
    // Out of sight, the pairs are only marked out of date: the next look searches again.
    if (!isVisible()) {
        m_loaded = false;
        return;
    }
    // A merge or an import sends many change events; one search after them is enough.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refreshInBackground();
    });
}

void DuplicatesPage::refresh()
{
    dropJob();
    showPairs(DuplicateFinder(m_store).find());
}

void DuplicatesPage::refreshInBackground()
{
    m_refreshPending = false; // the search starts after the changes that asked for it
    if (m_job) {
        m_searchAgain = true;
        return;
    }
    m_loaded = false; // meanwhile an accessor searches at once
    if (!isVisible() || !m_store.db().canOpenAgain()) {
        if (isVisible())
            refresh();
        return;
    }
    m_job = new DuplicateSearchJob(m_store.db().path(), &m_store.db().clock(), this);
    connect(m_job, &StoreJob::finished, this, &DuplicatesPage::onSearched);
    showSearching(true);
    m_job->start();
}

void DuplicatesPage::onSearched()
{
    DuplicateSearchJob *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    if (std::exchange(m_searchAgain, false)) {
        refreshInBackground();
        return;
    }
    const auto &result = job->result();
    if (result && *result)
        showPairs(result->value());
    else // the worker could not open the database: search here
        refresh();
}

void DuplicatesPage::dropJob()
{
    if (!m_job)
        return;
    std::exchange(m_job, nullptr)->abandon(); // its pairs are thrown away
    m_searchAgain = false;
}

void DuplicatesPage::showPairs(QList<DuplicatePair> pairs)
{
    m_refreshPending = false;
    m_loaded = true;
    showSearching(false);
    const int row = currentRow();
    const QString a = row >= 0 ? m_model->pairAt(row).a.id : QString();
    const QString b = row >= 0 ? m_model->pairAt(row).b.id : QString();
    m_model->setPairs(std::move(pairs));
    m_fields->clear(); // the records may have changed: show them afresh
    m_empty->setVisible(m_model->rowCount() == 0);
    const int again = m_model->rowOf(a, b);
    selectPair(again >= 0 ? again : qMin(qMax(row, 0), m_model->rowCount() - 1));
    emit refreshed();
}

void DuplicatesPage::showSearching(bool searching)
{
    m_searching->setVisible(searching);
    if (searching)
        m_empty->hide(); // not known yet
    // The listed pairs may be out of date until the search ends: nothing is merged from them.
    m_pairs->setEnabled(!searching);
    m_fieldView->setEnabled(!searching);
    if (searching) {
        m_merge->setEnabled(false);
        m_dismiss->setEnabled(false);
    }
}

void DuplicatesPage::selectPair(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_pairs->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                               | QItemSelectionModel::Rows);
    else
        m_pairs->selectionModel()->clearCurrentIndex();
    showSelected();
}

int DuplicatesPage::currentRow() const
{
    ensureLoaded();
    const QModelIndex current = m_pairs->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DuplicatesPage::showSelected()
{
    const int row = currentRow();
    const bool has = row >= 0;
    if (has && (!m_fields->hasPair() || m_fields->pair().a.id != m_model->pairAt(row).a.id
                || m_fields->pair().b.id != m_model->pairAt(row).b.id))
        m_fields->setPair(m_model->pairAt(row));
    else if (!has)
        m_fields->clear();
    m_evidence->setText(has ? tr("Why they may be one person: %1.")
                                  .arg(DuplicateModel::evidenceText(m_model->pairAt(row).evidence.reasons))
                            : QString());
    m_merge->setEnabled(has);
    m_dismiss->setEnabled(has);
}

Status DuplicatesPage::mergeSelected()
{
    if (currentRow() < 0 || !m_fields->hasPair())
        return Error::refused(tr("Choose a pair first."));
    const DuplicatePair &pair = m_fields->pair();
    MergeOptions options;
    options.takeFromOther = m_fields->takeFromOther();
    Status merged = StoreCommand::run(
        m_undo, std::make_unique<MergeCommand>(m_store, pair.a.id, pair.b.id, options, pair.a.fullName()));
    if (!merged)
        showError(this, tr("The records could not be merged."), merged.error());
    refreshInBackground();
    return merged;
}

Status DuplicatesPage::dismissSelected()
{
    if (currentRow() < 0 || !m_fields->hasPair())
        return Error::refused(tr("Choose a pair first."));
    const DuplicatePair pair = m_fields->pair();
    Status dismissed = DuplicateFinder(m_store).dismiss(pair.a.id, pair.b.id);
    if (!dismissed) {
        showError(this, tr("The pair could not be marked as two people."), dismissed.error());
        return dismissed;
    }
    // Only this pair leaves the list; nobody changed, so there is nothing to search again.
    const int row = m_model->rowOf(pair.a.id, pair.b.id);
    m_model->removePair(row);
    m_empty->setVisible(m_model->rowCount() == 0);
    selectPair(qMin(qMax(row, 0), m_model->rowCount() - 1));
    emit refreshed();
    return dismissed;
}

} // namespace capacita
