#include "storage/rowwriter.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "sync/rowstate.h"

#include <QHash>
#include <QStringBuilder>

namespace capacita {

namespace {

QVariant normalised(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return v;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const bool numeric = a.canConvert<double>() && b.canConvert<double>()
                         && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString;
    return numeric ? a.toDouble() == b.toDouble() : a.toString() == b.toString();
}

Error purgedError(const QString &id)
{
    return Error::badInput(QStringLiteral("id"),
        QCoreApplication::translate("RowWriter", "%1 was erased permanently at the person's request and cannot be changed or restored.").arg(id));
}

// A new row's version vector: its site's first change. Every row a laptop creates has the
// same one, so it is written once per site (per thread, as connections are) and not per row.
QString firstVersion(const QString &site)
{
    static thread_local QString ofSite;
    static thread_local QString text;
    if (site != ofSite || text.isEmpty()) {
        ofSite = site;
        text = versionVectorJson(VersionVector{{site, 1}});
    }
    return text;
}

} // namespace

QString RowWriter::bumpVersion(const QString &vv, qint64 *counter) const
{
    VersionVector v = parseVersionVector(vv);
    *counter = v.value(m_db.siteId(), 0) + 1;
    v.insert(m_db.siteId(), *counter);
    return versionVectorJson(v);
}

namespace {

// The fixed statements of a table, built once per table instead of once per row.
struct TableSql
{
    QString select; // every field, then deleted, vv, stamps
    QString insert;
    QString touch;  // the sync columns alone (a delete or restore)
};

TableSql buildSql(const TableSpec &table)
{
    const QString fields = table.fields.join(u", ");
    QString marks;
    for (qsizetype i = 0; i < table.fields.size(); ++i)
        marks += QStringLiteral("?, ");
    return {u"SELECT " % fields % u", deleted, vv, stamps FROM " % table.name % u" WHERE id = ?",
            u"INSERT INTO " % table.name % u"(id, " % fields % u", deleted, vv, stamps, seq) VALUES(?, " % marks
                % u"0, ?, ?, ?)",
            u"UPDATE " % table.name % u" SET deleted = ?, vv = ?, stamps = ?, seq = ? WHERE id = ?"};
}

TableSql tableSql(const TableSpec &table)
{
    static const QHash<QString, std::pair<QStringList, TableSql>> known = [] {
        QHash<QString, std::pair<QStringList, TableSql>> out;
        for (const TableSpec &t : schema::syncedTables())
            out.insert(t.name, {t.fields, buildSql(t)});
        return out;
    }();
    const auto it = known.constFind(table.name);
    return it != known.cend() && it->first == table.fields ? it->second : buildSql(table);
}

} // namespace

std::optional<RowWriter::Stored> RowWriter::readStored(const TableSpec &table, const QString &id)
{
    auto statement = m_db.statement(tableSql(table).select);
    if (!statement)
        return std::nullopt;
    SqliteStatement &q = **statement;
    q.bind(1, id);
    std::optional<Stored> row;
    if (q.next()) {
        const int n = int(table.fields.size());
        row.emplace();
        for (int i = 0; i < n; ++i)
            row->values.insert(table.fields.at(i), q.value(i));
        row->deleted = q.integer(n);
        row->vv = q.text(n + 1);
        row->stamps = q.text(n + 2);
    }
    q.finish();
    return row;
}

Status RowWriter::insert(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    const std::uint64_t hlc = m_db.nextStamp();
    const qint64 counter = 1;
    const QString vv = firstVersion(m_db.siteId());
    const QList<FieldStamp> stamps(table.fields.size(), FieldStamp{hlc, m_db.siteId(), counter});
    auto statement = m_db.statement(tableSql(table).insert);
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    // Bound bytes are not copied: everything bound lives until exec() has run.
    QVariantList inOrder;
    inOrder.reserve(table.fields.size());
    for (const QString &f : table.fields)
        inOrder.append(normalised(values.value(f)));
    const QString stampsText = stampsJson(stamps, table);
    int index = 1;
    q.bind(index++, id);
    for (const QVariant &v : std::as_const(inOrder))
        q.bind(index++, v);
    q.bind(index++, vv);
    q.bind(index++, stampsText);
    q.bind(index, qint64(hlc));
    CAPACITA_TRY(q.exec());
    CAPACITA_TRY(m_db.audit().recordInsert(table, id, inOrder));
    m_db.notifier().post({table.name, id, ChangeEvent::Inserted});
    return {};
}

Status RowWriter::update(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    auto row = readStored(table, id);
    if (!row)
        return Error::notFound(QStringLiteral("id"), QCoreApplication::translate("RowWriter", "No record with id %1.").arg(id));
    return applyUpdate(table, id, values, *row);
}

Status RowWriter::applyUpdate(const TableSpec &table, const QString &id, const QVariantMap &values, Stored &row)
{
    if (row.deleted == kPurgedCounter)
        return purgedError(id);
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Q_ASSERT(table.fields.contains(it.key()));
        if (!sameValue(normalised(it.value()), row.values.value(it.key())))
            changed << it.key();
    }
    if (changed.isEmpty())
        return {};

    QList<FieldStamp> stamps = parseStamps(row.stamps, table);
    const std::uint64_t hlc = m_db.nextStamp();
    // A local edit must win over the value it replaces, even one stamped by a laptop whose
    // clock ran ahead; this edit's stamp goes past it without dragging the whole clock along.
    std::uint64_t fieldHlc = hlc;
    for (const QString &f : changed)
        fieldHlc = std::max(fieldHlc, stamps.at(table.fields.indexOf(f)).hlc + 1);
    qint64 counter = 0;
    row.vv = bumpVersion(row.vv, &counter);
    const FieldStamp stamp{fieldHlc, m_db.siteId(), counter};
    QStringList sets;
    QVariantList bound;
    for (const QString &f : changed) {
        stamps[table.fields.indexOf(f)] = stamp;
        sets << f + QStringLiteral(" = ?");
        bound << normalised(values.value(f));
    }
    row.stamps = stampsJson(stamps, table);
    auto statement = m_db.statement(u"UPDATE " % table.name % u" SET " % sets.join(u", ")
                                    % u", vv = ?, stamps = ?, seq = ? WHERE id = ?");
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    int index = 1;
    for (const QVariant &v : std::as_const(bound))
        q.bind(index++, v);
    q.bind(index++, row.vv);
    q.bind(index++, row.stamps);
    q.bind(index++, qint64(hlc));
    q.bind(index, id);
    CAPACITA_TRY(q.exec());
    CAPACITA_TRY(m_db.audit().recordUpdate(table, id, changed, row.values, values));
    for (qsizetype i = 0; i < changed.size(); ++i)
        row.values.insert(changed.at(i), bound.at(i));
    m_db.notifier().post({table.name, id, ChangeEvent::Updated});
    return {};
}

Status RowWriter::upsert(const TableSpec &table, const QString &id, const QVariantMap &values, Known known)
{
    if (known == Known::New)
        return insert(table, id, values);
    auto row = readStored(table, id);
    if (!row)
        return insert(table, id, values);
    CAPACITA_TRY(applyUpdate(table, id, values, *row));
    return applyDeleted(table, id, false, *row);
}

Status RowWriter::setDeleted(const TableSpec &table, const QString &id, bool deleted)
{
    auto row = readStored(table, id);
    if (!row)
        return Error::notFound(QStringLiteral("id"), QCoreApplication::translate("RowWriter", "No record with id %1.").arg(id));
    return applyDeleted(table, id, deleted, *row);
}

Status RowWriter::applyDeleted(const TableSpec &table, const QString &id, bool deleted, Stored &row)
{
    if (row.deleted == kPurgedCounter)
        return purgedError(id);
    const bool isDeleted = row.deleted % 2 == 1;
    if (isDeleted == deleted)
        return {};
    row.deleted += 1;
    qint64 counter = 0;
    row.vv = bumpVersion(row.vv, &counter);
    auto statement = m_db.statement(tableSql(table).touch);
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    q.bind(1, row.deleted);
    q.bind(2, row.vv);
    q.bind(3, row.stamps);
    q.bind(4, qint64(m_db.nextStamp()));
    q.bind(5, id);
    CAPACITA_TRY(q.exec());
    CAPACITA_TRY(m_db.audit().record(table.name, id, deleted ? QStringLiteral("deleted") : QStringLiteral("restored")));
    m_db.notifier().post({table.name, id, deleted ? ChangeEvent::Deleted : ChangeEvent::Restored});
    return {};
}

std::optional<QVariantMap> RowWriter::read(const TableSpec &table, const QString &id, bool includeDeleted)
{
    auto row = readStored(table, id);
    if (!row || (!includeDeleted && row->deleted % 2 == 1))
        return std::nullopt;
    return std::move(row->values);
}

bool RowWriter::isLive(const TableSpec &table, const QString &id)
{
    const auto row = readStored(table, id);
    return row && row->deleted % 2 == 0;
}

} // namespace capacita
