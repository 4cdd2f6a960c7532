#include "trainings/trainingmodel.h"

#include "common/codelabels.h"
#include "common/modelroles.h"
#include "common/searchtext.h"
#include "domain/validation.h"
#include "storage/store.h"

namespace capacita {

TrainingModel::TrainingModel(Store &store, QObject *parent, Fill fill)
    : RecordTableModel(parent), m_store(store)
{
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &TrainingModel::onChanged);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &TrainingModel::reload);
    if (fill == Fill::Now)
        ensureLoaded();
}

void TrainingModel::ensureLoaded()
{
    if (m_loaded)
        return;
    const QList<District> districts = m_store.reference().districts();
    for (const District &d : districts)
        m_departments.insert(d.ubigeo.left(2), displayPlaceName(d.department));
    m_loaded = true;
    reload();
}

int TrainingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingModel::departmentOf(const QString &ubigeo) const
{
    return ubigeo.isEmpty() ? QString() : m_departments.value(ubigeo.left(2));
}

QVariant TrainingModel::display(const Training &t, int column) const
{
    static const QString dateFormat = QStringLiteral("dd/MM/yyyy");
    switch (column) {
    case Code: return t.code;
    case Title: return t.title;
    case Department: return departmentOf(t.ubigeo);
    case Start: return t.startDate.toString(dateFormat);
    case End: return t.endDate.toString(dateFormat);
    case Status: return labels::trainingStatus(t.status);
    default: return {};
    }
}

QVariant TrainingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Training &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? QVariant(t.title) : QVariant();
    case IdRole:
        return t.id;
    case SearchRole:
        return foldForSearch(t.code + QLatin1Char(' ') + t.title + QLatin1Char(' ')
                             + departmentOf(t.ubigeo) + QLatin1Char(' ') + t.venue
                             + QLatin1Char(' ') + t.facilitators + QLatin1Char(' ') + t.partner);
    case SortRole:
        switch (index.column()) {
        case Start: return t.startDate;
        case End: return t.endDate;
        case Status: return int(validation::trainingStatuses().indexOf(t.status));
        default: return foldForSearch(display(t, index.column()).toString());
        }
    default:
        return {};
    }
}

QVariant TrainingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Title");
    case Department: return tr("Department");
    case Start: return tr("Start");
    case End: return tr("End");
    case Status: return tr("Status");
    default: return {};
    }
}

void TrainingModel::onChanged(const ChangeEvent &event)
{
    if (!m_loaded || event.table != QLatin1String("training")) // not listed yet: read when it is
        return;
    if (event.kind == ChangeEvent::Deleted) {
        syncRow(event.id, std::nullopt);
        return;
    }
    Result<Training> live = m_store.trainings().get(event.id);
    syncRow(event.id, live ? std::optional<Training>(live.value()) : std::nullopt);
}

void TrainingModel::reload()
{
    if (!m_loaded)
        return;
    resetRows(m_store.trainings().list());
}

} // namespace capacita
