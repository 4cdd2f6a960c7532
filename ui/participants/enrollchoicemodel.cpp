#include "participants/enrollchoicemodel.h"

#include "trainings/trainingmodel.h"

#include <tuple>

namespace capacita {

QString describeTraining(const Training &t)
{
    return t.code + QStringLiteral(" — ") + t.title + QStringLiteral(" (")
        + t.startDate.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(")");
}

EnrollChoiceModel::EnrollChoiceModel(Store &store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_trainings(new TrainingModel(store, this, TrainingModel::Fill::Later))
{
    setSourceModel(m_trainings);
    sort(0); // kept as rows come and change (dynamicSortFilter)
}

void EnrollChoiceModel::setExcluded(std::optional<QSet<QString>> trainingIds)
{
    if (trainingIds)
        m_trainings->ensureLoaded();
    m_excluded = std::move(trainingIds);
    invalidateRowsFilter(); // rows leave and come back in a few runs, not one reset
}

QVariant EnrollChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0 || (role != Qt::DisplayRole && role != Qt::UserRole))
        return QSortFilterProxyModel::data(index, role);
    const Training &t = m_trainings->recordAt(mapToSource(index).row());
    return role == Qt::UserRole ? QVariant(t.id) : QVariant(describeTraining(t));
}

bool EnrollChoiceModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_excluded && !sourceParent.isValid() && !m_excluded->contains(m_trainings->recordAt(sourceRow).id);
}

// As TrainingRepository::list() orders them: newest first, then by code.
bool EnrollChoiceModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Training &a = m_trainings->recordAt(left.row());
    const Training &b = m_trainings->recordAt(right.row());
    return std::tie(b.startDate, a.code, a.id) < std::tie(a.startDate, b.code, b.id);
}

} // namespace capacita
