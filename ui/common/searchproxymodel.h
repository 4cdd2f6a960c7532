#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace capacita {

// What a large source model can give a SearchProxyModel directly instead of through data():
// filtering and sorting 50,000 rows otherwise builds two QVariants per comparison, which
// made a keystroke in the participants' search take most of a second (docs/performance.md).
class SearchKeySource // implemented by flat table models only
{
public:
    virtual const QString &searchKey(int row) const = 0; // as SearchRole
    // The row's place when every row is ordered by `column` as SortRole orders it; rows
    // with equal sort values have equal ranks.
    virtual int sortRank(int row, int column) const = 0;

protected:
    ~SearchKeySource() = default;
};

// Filters on SearchRole and sorts on SortRole of a source model (see modelroles.h). A row
// matches when every word typed appears in its search text, ignoring case and accents.
// A source that is also a SearchKeySource is read through it.
class SearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    const SearchKeySource *m_keys = nullptr;
};

} // namespace capacita
