#include "participants/participantmodel.h"

#include "common/codelabels.h"
#include "common/modelroles.h"
#include "common/searchtext.h"
#include "storage/store.h"

namespace capacita {

ParticipantModel::ParticipantModel(Store &store, QObject *parent)
    : RecordTableModel(parent), m_store(store)
{
    const QList<CodeLabel> types = store.reference().participantTypes();
    for (const CodeLabel &type : types)
        m_typeLabels.insert(type.code, labels::localized(type));
    resetRows(allRows());
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &ParticipantModel::onChanged);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &ParticipantModel::reload);
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantModel::display(const Participant &p, int column) const
{
    switch (column) {
    case FamilyNames: return p.familyNames;
    case GivenNames: return p.givenNames;
    case Document:
        if (p.docNumber.isEmpty() || p.docType == QLatin1String("none"))
            return {};
        return p.docType.toUpper() + QLatin1Char(' ') + p.docNumber;
    case Type: return m_typeLabels.value(p.type, p.type);
    case Institution: return p.institution;
    default: return {};
    }
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantRow &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case IdRole:
        return p.id;
    case SearchRole:
        return p.searchKey;
    case SortRole:
        return p.sortKeys.at(std::size_t(index.column()));
    default:
        return {};
    }
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FamilyNames: return tr("Family names");
    case GivenNames: return tr("Given names");
    case Document: return tr("Document");
    case Type: return tr("Type");
    case Institution: return tr("Institution");
    default: return {};
    }
}

void ParticipantModel::onChanged(const ChangeEvent &event)
{
    if (event.table != QLatin1String("participant"))
        return;
    if (event.kind == ChangeEvent::Deleted) {
        syncRow(event.id, std::nullopt);
        return;
    }
    Result<Participant> live = m_store.participants().get(event.id);
    syncRow(event.id, live ? std::optional<ParticipantRow>(withKeys(live.value())) : std::nullopt);
}

void ParticipantModel::reload()
{
    resetRows(allRows());
}

ParticipantRow ParticipantModel::withKeys(const Participant &p) const
{
    static_assert(std::tuple_size_v<decltype(ParticipantRow::sortKeys)> == ColumnCount);
    ParticipantRow row{p, {}, {}};
    row.searchKey = foldForSearch(p.givenNames + QLatin1Char(' ') + p.familyNames + QLatin1Char(' ')
                                  + p.docNumber + QLatin1Char(' ') + p.institution);
    // Family names first, given names to break ties, as in a paper register.
    const QString tieBreak = QLatin1Char('\x1f') + foldForSearch(p.familyNames) + QLatin1Char('\x1f')
                             + foldForSearch(p.givenNames);
    for (int column = 0; column < ColumnCount; ++column) {
        row.sortKeys.at(std::size_t(column)) = column == Document
            ? p.docNumber
            : foldForSearch(display(p, column)) + tieBreak;
    }
    return row;
}

QList<ParticipantRow> ParticipantModel::allRows() const
{
    const QList<Participant> people = m_store.participants().list();
    QList<ParticipantRow> rows;
    rows.reserve(people.size());
    for (const Participant &p : people)
        rows.append(withKeys(p));
    return rows;
}

} // namespace capacita
