#include "sync/conflictmodel.h"

#include "common/modelroles.h"
#include "common/searchtext.h"
#include "storage/store.h"
#include "storage/syncstore.h"
#include "sync/synctext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

QString valueOf(const std::optional<RowState> &row, const TableSpec &spec, const QString &field)
{
    const qsizetype at = spec.fields.indexOf(field);
    return row && at >= 0 ? row->values.value(at).toString() : QString();
}

const TableSpec *specNamed(const QString &table)
{
    for (const TableSpec &spec : schema::syncedTables()) {
        if (spec.name == table)
            return &spec;
    }
    return nullptr;
}

} // namespace

ConflictModel::ConflictModel(Store &store, QObject *parent)
    : KeyedTableModel(parent)
    , m_store(store)
{
}

// A name a person recognises: the participant, the training code, the session's date. Rows
// that are deleted are still read (through SyncStore, read-only) so a label never goes blank.
QString ConflictModel::recordLabel(const QString &table, const QString &rowId)
{
    SyncStore rows(m_store.db());
    auto personName = [&](const QString &id) {
        if (auto p = m_store.participants().get(id))
            return p->fullName();
        const auto row = rows.readRow(schema::participant(), id);
        const QString name = QString(valueOf(row, schema::participant(), u"given_names"_s) + u' '
            + valueOf(row, schema::participant(), u"family_names"_s))
                                 .trimmed();
        return name.isEmpty() ? id : name;
    };
    auto trainingCode = [&](const QString &id) {
        const auto t = m_store.trainings().get(id);
        return t ? t->code : valueOf(rows.readRow(schema::training(), id), schema::training(), u"code"_s);
    };
    auto sessionLabel = [&](const QString &id) {
        const auto s = m_store.sessions().get(id);
        if (!s)
            return QString();
        return u"%1, %2"_s.arg(trainingCode(s->trainingId), s->date.toString(u"dd/MM/yyyy"_s));
    };

    if (table == schema::participant().name)
        return personName(rowId);
    if (table == schema::training().name) {
        const auto t = m_store.trainings().get(rowId);
        return t ? t->code + u" — "_s + t->title : trainingCode(rowId);
    }
    if (table == schema::session().name)
        return sessionLabel(rowId);
    const TableSpec *spec = specNamed(table);
    if (!spec)
        return rowId;
    const auto row = rows.readRow(*spec, rowId);
    if (spec->fields.contains(u"participant_id"_s)) {
        const QString person = personName(valueOf(row, *spec, u"participant_id"_s));
        const QString where = spec->fields.contains(u"session_id"_s)
            ? sessionLabel(valueOf(row, *spec, u"session_id"_s))
            : trainingCode(valueOf(row, *spec, u"training_id"_s));
        const QString kind = valueOf(row, *spec, u"kind"_s);
        if (kind == u"pre"_s)
            return tr("%1 — %2, pre-test").arg(person, where);
        if (kind == u"post"_s)
            return tr("%1 — %2, post-test").arg(person, where);
        return u"%1 — %2"_s.arg(person, where);
    }
    if (table == schema::device().name)
        return valueOf(row, *spec, u"name"_s);
    if (table == schema::target().name)
        return valueOf(row, *spec, u"indicator"_s) + u' ' + valueOf(row, *spec, u"period"_s);
    return rowId;
}

void ConflictModel::setConflicts(const QList<ConflictRecord> &conflicts, const QHash<QString, QString> &deviceNames)
{
    auto who = [&](const QString &site) {
        const QString name = deviceNames.value(site);
        return name.isEmpty() ? site : name;
    };
    QList<ConflictRow> rows;
    rows.reserve(conflicts.size());
    for (const ConflictRecord &c : conflicts) {
        if (c.resolved)
            continue;
        ConflictRow r;
        r.id = QString::number(c.id);
        r.conflictId = c.id;
        r.table = c.table;
        r.rowId = c.rowId;
        r.field = c.field;
        r.record = SyncText::tableName(c.table) + u" · "_s + recordLabel(c.table, c.rowId);
        r.fieldLabel = SyncText::fieldName(c.field);
        r.localValue = SyncText::value(c.field, c.localValue);
        r.localWho = who(c.localSite);
        r.localAt = SyncText::hlcMs(c.localHlc);
        r.remoteValue = SyncText::value(c.field, c.remoteValue);
        r.remoteWho = who(c.remoteSite);
        r.remoteAt = SyncText::hlcMs(c.remoteHlc);
        r.remoteKept = c.winner == u"remote"_s;
        rows.append(r);
    }
    replaceRows(rows);
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRow &r = m_rows.at(index.row());
    const int column = index.column();
    const bool kept = (column == LocalValue && !r.remoteKept) || (column == RemoteValue && r.remoteKept);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Record:
            return r.record;
        case Field:
            return r.fieldLabel;
        case LocalValue:
            return r.localValue;
        case LocalSource:
            return tr("%1\n%2", "laptop name, then date and time").arg(r.localWho, SyncText::dateTime(r.localAt));
        case RemoteValue:
            return r.remoteValue;
        case RemoteSource:
            return tr("%1\n%2", "laptop name, then date and time").arg(r.remoteWho, SyncText::dateTime(r.remoteAt));
        }
        return {};
    case Qt::FontRole:
        if (kept) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LocalValue || column == RemoteValue) {
            const QString value = column == LocalValue ? r.localValue : r.remoteValue;
            return kept ? tr("%1\nIn use now (the later change)").arg(value)
                        : tr("%1\nSet aside by the merge").arg(value);
        }
        return column == Record ? QVariant(r.record) : QVariant();
    case IdRole:
        return r.conflictId;
    case SortRole:
        switch (column) {
        case LocalSource:
            return r.localAt;
        case RemoteSource:
            return r.remoteAt;
        default:
            return foldForSearch(data(index, Qt::DisplayRole).toString());
        }
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case LocalValue:
        return tr("This laptop's value");
    case LocalSource:
        return tr("Written by, on");
    case RemoteValue:
        return tr("Received value");
    case RemoteSource:
        return tr("Written by, on");
    default:
        return {};
    }
}

} // namespace capacita
