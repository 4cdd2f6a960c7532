#include "common/searchproxymodel.h"

#include "common/modelroles.h"
#include "common/searchtext.h"

namespace capacita {

SearchProxyModel::SearchProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void SearchProxyModel::setSourceModel(QAbstractItemModel *source)
{
    m_keys = dynamic_cast<const SearchKeySource *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void SearchProxyModel::setSearchText(const QString &text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // Filter and order again in one pass, told to the view as one layout change. Updating the
    // previous result instead (invalidateFilter) inserts or removes rows in as many runs as
    // there are gaps between the rows that stay, each run re-laid out by the view: seconds
    // when a first letter hides most of 50,000 people or the last backspace shows them again.
    invalidate();
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = m_keys && !sourceParent.isValid()
        ? m_keys->searchKey(sourceRow)
        : sourceModel()->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool SearchProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A SearchKeySource is a flat table, so every index it gives is top-level.
    if (m_keys && left.column() == right.column())
        return m_keys->sortRank(left.row(), left.column()) < m_keys->sortRank(right.row(), right.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace capacita
