#include "participants/participantmodel.h"

#include "common/codelabels.h"
#include "common/modelroles.h"
#include "storage/store.h"

namespace capacita {

namespace {
QHash<QString, QString> typeLabels(Store &store)
{
    QHash<QString, QString> out;
    const QList<CodeLabel> types = store.reference().participantTypes();
    for (const CodeLabel &type : types)
        out.insert(type.code, labels::localized(type));
    return out;
}
} // namespace

ParticipantModel::ParticipantModel(Store &store, QObject *parent, Start start)
    : RecordTableModel(parent), m_store(store), m_typeLabels(typeLabels(store)), m_maker(m_typeLabels)
{
    if (start == Loaded)
        load();
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &ParticipantModel::onChanged);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &ParticipantModel::onBulkChanged);
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
    if (event.table != QLatin1String("participant"))
        return;
    if (m_job) // the rows being read may or may not include it
        m_changedWhileLoading.insert(event.id);
    // Rows already shown (a reload under way) follow it now too: they stay in use until the
    // new ones arrive, and a person just added can be selected.
    if (m_loaded)
        syncFromStore(event.id);
}

void ParticipantModel::onBulkChanged()
{
    if (m_job) { // what it reads may be stale: read again when it ends
        m_bulkChangedWhileLoading = true;
        return;
    }
    if (!m_loaded) // nothing shown yet: read when first needed
        return;
    if (!m_store.db().canOpenAgain()) {
        load();
        emit loaded();
        return;
    }
    // Reading 50,000 people here would freeze the window for about a second.
    startReading();
    emit reloading();
}

void ParticipantModel::syncFromStore(const QString &id)
{
    // Before the rows change: the proxy asks for ranks while it handles the change.
    for (std::vector<int> &ranks : m_ranks)
        ranks.clear();
    Result<Participant> live = m_store.participants().get(id); // not found once deleted
    syncRow(id, live ? std::optional<ParticipantRow>(m_maker.make(live.value())) : std::nullopt);
}

void ParticipantModel::load()
{
    dropJob();
    setRows(m_maker.readAll(m_store));
}

void ParticipantModel::loadInBackground()
{
    if (m_loaded || m_job)
        return;
    if (!m_store.db().canOpenAgain()) {
        load();
        emit loaded();
        return;
    }
    startReading();
}

void ParticipantModel::startReading()
{
    m_job = new ParticipantRowsJob(m_store.db().path(), &m_store.db().clock(), m_maker, this);
    connect(m_job, &StoreJob::finished, this, &ParticipantModel::onRowsRead);
    m_job->start();
}

void ParticipantModel::onRowsRead()
{
    ParticipantRowsJob *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    std::optional<QList<ParticipantRow>> rows; // none when the worker could not open the database
    if (const auto &read = job->result(); read && *read)
        rows = read->value();
    const QSet<QString> changed = std::exchange(m_changedWhileLoading, {});
    // One read at a time: a second would share two cores with the first. Whatever was
    // stored meanwhile is in the next read; the rows shown (if any) stay until it ends.
    if (std::exchange(m_bulkChangedWhileLoading, false)) {
        startReading();
        return;
    }
    if (rows) {
        // Into the rows before they are shown: the list changes in one reset, and whoever
        // the page keeps current may be one of them (a person just added).
        applyChanges(*rows, changed);
        setRows(std::move(*rows));
    } else { // the worker could not open the database: read here, changes and all
        load();
    }
    emit loaded();
}

// Each is read from the store now, so one the worker's rows already had is only updated.
void ParticipantModel::applyChanges(QList<ParticipantRow> &rows, const QSet<QString> &changed) const
{
    if (changed.isEmpty())
        return;
    QHash<QString, qsizetype> at;
    at.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows.at(i).id, i);
    QSet<QString> gone;
    for (const QString &id : changed) {
        const auto found = at.constFind(id);
        Result<Participant> live = m_store.participants().get(id); // not found once deleted
        if (!live) {
            if (found != at.cend())
                gone.insert(id);
        } else if (found != at.cend()) {
            rows[*found] = m_maker.make(live.value());
        } else {
            rows.append(m_maker.make(live.value()));
        }
    }
    if (!gone.isEmpty())
        rows.removeIf([&gone](const ParticipantRow &row) { return gone.contains(row.id); });
}

void ParticipantModel::dropJob()
{
    if (!m_job)
        return;
    std::exchange(m_job, nullptr)->abandon(); // its rows are thrown away
    m_changedWhileLoading.clear();
    m_bulkChangedWhileLoading = false;
}

void ParticipantModel::setRows(QList<ParticipantRow> rows)
{
    m_loaded = true;
    for (std::vector<int> &ranks : m_ranks)
        ranks.clear();
    resetRows(std::move(rows));
}

} // namespace capacita
