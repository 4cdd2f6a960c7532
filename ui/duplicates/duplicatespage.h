#pragma once

#include "domain/result.h"
#include "importing/duplicates.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace capacita {

class DuplicateModel;
class DuplicateSearchJob;
class MergeFieldModel;
class Store;

// Duplicados: pairs of records that may be one person, side by side. A person chooses which
// value survives field by field and merges (undoable), or says they are two people (kept in
// the local review log, so the pair is not proposed again).
class DuplicatesPage : public QWidget
{
    Q_OBJECT
public:
    DuplicatesPage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    // The pairs are searched when first needed (the page shown, or any of these asked for),
    // not when the window is built, and again after a change only once the page is seen:
    // at 50,000 people a search takes seconds (docs/performance.md).
    DuplicateModel *model() const { ensureLoaded(); return m_model; }
    MergeFieldModel *fieldModel() const { ensureLoaded(); return m_fields; }
    QTableView *pairView() const { ensureLoaded(); return m_pairs; }
    bool isLoaded() const { return m_loaded; } // the model shows the people stored now
    bool isSearching() const { return m_job != nullptr; } // on a worker, for the page in sight

    void selectPair(int row);
    int currentRow() const;
    Status mergeSelected(); // record B into record A, with the values chosen
    Status dismissSelected(); // "not the same person"
    void refresh(); // search now, keeping the selected pair when it is still listed
    // Searches on a worker (the page says so meanwhile), then shows the pairs as refresh()
    // does. A change stored during the search searches again once it ends.
    void refreshInBackground();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded() const;
    void refreshLater();
    void showSelected();
    void onSearched();
    void dropJob();
    void showPairs(QList<DuplicatePair> pairs);
    void showSearching(bool searching);

    Store &m_store;
    QUndoStack &m_undo;
    bool m_refreshPending = false;
    bool m_loaded = false;
    DuplicateSearchJob *m_job = nullptr;
    bool m_searchAgain = false; // people changed while the job searched
    DuplicateModel *m_model = nullptr;
    MergeFieldModel *m_fields = nullptr;
    QTableView *m_pairs = nullptr;
    QTableView *m_fieldView = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_searching = nullptr;
    QLabel *m_evidence = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace capacita
