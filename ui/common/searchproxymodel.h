#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace capacita {

// Filters on SearchRole and sorts on SortRole of a source model (see modelroles.h). A row
// matches when every word typed appears in its search text, ignoring case and accents.
class SearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace capacita
