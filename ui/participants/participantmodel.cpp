#include "participants/participantmodel.h"

#include "common/codelabels.h"
#include "common/modelroles.h"
#include "common/searchtext.h"
#include "storage/store.h"

namespace capacita {

ParticipantModel::ParticipantModel(Store &store, QObject *parent, Start start)
    : RecordTableModel(parent), m_store(store)
{
    const QList<CodeLabel> types = store.reference().participantTypes();
    for (const CodeLabel &type : types) {
        m_typeLabels.insert(type.code, labels::localized(type));
        m_foldedTypeLabels.insert(type.code, foldForSearch(m_typeLabels.value(type.code)));
    }
    if (start == Loaded)
        load();
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

int ParticipantModel::sortRank(int row, int column) const
{
    std::vector<int> &ranks = m_ranks.at(std::size_t(column));
    if (ranks.size() != std::size_t(m_rows.size())) {
        std::vector<int> order(std::size_t(m_rows.size()));
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        auto key = [this, column](int r) -> const QString & { return m_rows.at(r).sortKeys.at(std::size_t(column)); };
        std::stable_sort(order.begin(), order.end(), [&key](int a, int b) { return key(a) < key(b); });
        ranks.assign(order.size(), 0);
        for (std::size_t i = 0; i < order.size(); ++i)
            ranks[std::size_t(order[i])] = i > 0 && key(order[i]) == key(order[i - 1]) ? ranks[std::size_t(order[i - 1])] : int(i);
    }
    return ranks.at(std::size_t(row));
}

void ParticipantModel::onChanged(const ChangeEvent &event)
{
    if (!m_loaded || event.table != QLatin1String("participant"))
        return;
    // Before the rows change: the proxy asks for ranks while it handles the change.
    for (std::vector<int> &ranks : m_ranks)
        ranks.clear();
    if (event.kind == ChangeEvent::Deleted) {
        syncRow(event.id, std::nullopt);
        return;
    }
    Result<Participant> live = m_store.participants().get(event.id);
    syncRow(event.id, live ? std::optional<ParticipantRow>(withKeys(live.value())) : std::nullopt);
}

void ParticipantModel::reload()
{
    if (m_loaded)
        load();
}

void ParticipantModel::load()
{
    QList<ParticipantRow> rows = allRows();
    m_loaded = true;
    for (std::vector<int> &ranks : m_ranks)
        ranks.clear();
    resetRows(std::move(rows));
}

ParticipantRow ParticipantModel::withKeys(const Participant &p) const
{
    static_assert(std::tuple_size_v<decltype(ParticipantRow::sortKeys)> == ColumnCount);
    ParticipantRow row{p, {}, {}};
    // Each field folded once (folding is most of the cost of loading 50,000 people); the
    // keys are put together from the folded parts, as folding each whole text would give.
    const QString given = foldForSearch(p.givenNames);
    const QString family = foldForSearch(p.familyNames);
    const QString institution = foldForSearch(p.institution);
    QStringList words;
    for (const QString &part : {given, family, foldForSearch(p.docNumber), institution}) {
        if (!part.isEmpty())
            words << part;
    }
    row.searchKey = words.join(QLatin1Char(' '));
    // Family names first, given names to break ties, as in a paper register.
    const QString tieBreak = QLatin1Char('\x1f') + family + QLatin1Char('\x1f') + given;
    row.sortKeys[FamilyNames] = family + tieBreak;
    row.sortKeys[GivenNames] = given + tieBreak;
    row.sortKeys[Document] = p.docNumber;
    const auto type = m_foldedTypeLabels.constFind(p.type);
    row.sortKeys[Type] = (type != m_foldedTypeLabels.cend() ? *type : foldForSearch(p.type)) + tieBreak;
    row.sortKeys[Institution] = institution + tieBreak;
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
