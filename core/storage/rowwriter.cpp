#include "storage/rowwriter.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "sync/rowstate.h"

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

} // namespace

QString RowWriter::bumpVersion(const QString &vv, qint64 *counter) const
{
    VersionVector v = parseVersionVector(vv);
    *counter = v.value(m_db.siteId(), 0) + 1;
    v.insert(m_db.siteId(), *counter);
    return versionVectorJson(v);
}

std::optional<RowWriter::Meta> RowWriter::readMeta(const TableSpec &table, const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT deleted, vv, stamps FROM " % table.name % u" WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Meta m{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return m;
}

Status RowWriter::writeMeta(const TableSpec &table, const QString &id, const Meta &meta)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE " % table.name % u" SET deleted = ?, vv = ?, stamps = ?, seq = ? WHERE id = ?");
    q.addBindValue(meta.deleted);
    q.addBindValue(meta.vv);
    q.addBindValue(meta.stamps);
    q.addBindValue(qint64(m_db.nextStamp()));
    q.addBindValue(id);
    return m_db.exec(q);
}

Status RowWriter::insert(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    const std::uint64_t hlc = m_db.nextStamp();
    qint64 counter = 0;
    const QString vv = bumpVersion(QStringLiteral("{}"), &counter);
    const QList<FieldStamp> stamps(table.fields.size(), FieldStamp{hlc, m_db.siteId(), counter});
    QStringList marks;
    for (qsizetype i = 0; i < table.fields.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepare(u"INSERT INTO " % table.name % u"(id, " % table.fields.join(u", ")
                                % u", deleted, vv, stamps, seq) VALUES(?, " % marks.join(u", ") % u", 0, ?, ?, ?)");
    q.addBindValue(id);
    for (const QString &f : table.fields)
        q.addBindValue(normalised(values.value(f)));
    q.addBindValue(vv);
    q.addBindValue(stampsJson(stamps, table));
    q.addBindValue(qint64(hlc));
    CAPACITA_TRY(m_db.exec(q));
    CAPACITA_TRY(m_db.audit().recordInsert(table, id, values));
    m_db.notifier().post({table.name, id, ChangeEvent::Inserted});
    return {};
}

Status RowWriter::update(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    const auto current = read(table, id, true);
    auto meta = readMeta(table, id);
    if (!current || !meta)
        return Error::notFound(QStringLiteral("id"), QCoreApplication::translate("RowWriter", "No record with id %1.").arg(id));

    if (meta->deleted == kPurgedCounter)
        return purgedError(id);
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Q_ASSERT(table.fields.contains(it.key()));
        if (!sameValue(normalised(it.value()), current->value(it.key())))
            changed << it.key();
    }
    if (changed.isEmpty())
        return {};

    QList<FieldStamp> stamps = parseStamps(meta->stamps, table);
    const std::uint64_t hlc = m_db.nextStamp();
    // A local edit must win over the value it replaces, even one stamped by a laptop whose
    // clock ran ahead; this edit's stamp goes past it without dragging the whole clock along.
    std::uint64_t fieldHlc = hlc;
    for (const QString &f : changed)
        fieldHlc = std::max(fieldHlc, stamps.at(table.fields.indexOf(f)).hlc + 1);
    qint64 counter = 0;
    const QString vv = bumpVersion(meta->vv, &counter);
    const FieldStamp stamp{fieldHlc, m_db.siteId(), counter};
    QStringList sets;
    for (const QString &f : changed) {
        stamps[table.fields.indexOf(f)] = stamp;
        sets << f + QStringLiteral(" = ?");
    }
    QSqlQuery &q = m_db.prepare(u"UPDATE " % table.name % u" SET " % sets.join(u", ")
                                % u", vv = ?, stamps = ?, seq = ? WHERE id = ?");
    for (const QString &f : changed)
        q.addBindValue(normalised(values.value(f)));
    q.addBindValue(vv);
    q.addBindValue(stampsJson(stamps, table));
    q.addBindValue(qint64(hlc));
    q.addBindValue(id);
    CAPACITA_TRY(m_db.exec(q));
    CAPACITA_TRY(m_db.audit().recordUpdate(table, id, changed, *current, values));
    m_db.notifier().post({table.name, id, ChangeEvent::Updated});
    return {};
}

Status RowWriter::upsert(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    if (!readMeta(table, id))
        return insert(table, id, values);
    CAPACITA_TRY(update(table, id, values));
    return setDeleted(table, id, false);
}

Status RowWriter::setDeleted(const TableSpec &table, const QString &id, bool deleted)
{
    auto meta = readMeta(table, id);
    if (!meta)
        return Error::notFound(QStringLiteral("id"), QCoreApplication::translate("RowWriter", "No record with id %1.").arg(id));
    if (meta->deleted == kPurgedCounter)
        return purgedError(id);
    const bool isDeleted = meta->deleted % 2 == 1;
    if (isDeleted == deleted)
        return {};
    meta->deleted += 1;
    qint64 counter = 0;
    meta->vv = bumpVersion(meta->vv, &counter);
    CAPACITA_TRY(writeMeta(table, id, *meta));
    CAPACITA_TRY(m_db.audit().record(table.name, id, deleted ? QStringLiteral("deleted") : QStringLiteral("restored")));
    m_db.notifier().post({table.name, id, deleted ? ChangeEvent::Deleted : ChangeEvent::Restored});
    return {};
}

std::optional<QVariantMap> RowWriter::read(const TableSpec &table, const QString &id, bool includeDeleted)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % table.fields.join(u", ") % u", deleted FROM " % table.name
                                % u" WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!includeDeleted && q.value(int(table.fields.size())).toLongLong() % 2 == 1) {
        q.finish();
        return std::nullopt;
    }
    QVariantMap row;
    for (int i = 0; i < table.fields.size(); ++i)
        row.insert(table.fields.at(i), q.value(i));
    q.finish();
    return row;
}

bool RowWriter::isLive(const TableSpec &table, const QString &id)
{
    const auto meta = readMeta(table, id);
    return meta && meta->deleted % 2 == 0;
}

} // namespace capacita
