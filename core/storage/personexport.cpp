#include "storage/personexport.h"

#include "storage/auditlog.h"
#include "storage/rowwriter.h"
#include "storage/store.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringBuilder>

namespace capacita {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::PersonExport", text);
}

QJsonValue json(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// Runs a query with one id bound `times` times; each row becomes an object with `names`.
QJsonArray rows(Database &db, const QString &sql, const QStringList &names, const QString &id, int times = 1)
{
    QSqlQuery &q = db.prepare(sql);
    for (int i = 0; i < times; ++i)
        q.addBindValue(id);
    QJsonArray out;
    if (q.exec()) {
        while (q.next()) {
            QJsonObject o;
            for (int i = 0; i < names.size(); ++i)
                o.insert(names.at(i), json(q.value(i)));
            out.append(o);
        }
    }
    q.finish();
    return out;
}

QJsonObject personRow(Store &store, const QString &id)
{
    RowWriter rowsOf(store.db());
    QJsonObject o{{QStringLiteral("id"), id}};
    if (const auto values = rowsOf.read(schema::participant(), id, true)) {
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            o.insert(it.key(), json(it.value()));
    }
    o.insert(QStringLiteral("deleted"), !rowsOf.isLive(schema::participant(), id));
    return o;
}

QJsonObject auditJson(const AuditEntry &e)
{
    return {{QStringLiteral("at"), isoTime(e.at)},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("device"), e.device},
            {QStringLiteral("site_id"), e.siteId},
            {QStringLiteral("origin"), e.origin},
            {QStringLiteral("detail"), e.detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.detail)},
            {QStringLiteral("table"), e.table},
            {QStringLiteral("row_id"), e.rowId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("changes"), e.changes}};
}

} // namespace

Result<QJsonObject> exportPerson(Store &store, const QString &participantId)
{
    Database &db = store.db();
    RowWriter rowsOf(db);
    const auto person = rowsOf.read(schema::participant(), participantId, true);
    if (!person)
        return Error::notFound(QStringLiteral("id"), tr("No participant with id %1.").arg(participantId));
    const auto stateQuery = [&] {
        QSqlQuery &q = db.prepare(QStringLiteral("SELECT deleted FROM participant WHERE id = ?"));
        q.addBindValue(participantId);
        const qint64 deleted = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return deleted;
    };
    if (stateQuery() == kPurgedCounter)
        return Error::badInput(QStringLiteral("id"), tr("%1 was erased permanently at the person's request; nothing about them is held any more.").arg(participantId));

    const QString id = participantId;
    QJsonObject out{
        {QStringLiteral("format"), QStringLiteral("capacita-person-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), isoTime(db.clock().nowMs())},
        {QStringLiteral("exported_by"), db.audit().operatorName()},
        {QStringLiteral("device"), db.audit().deviceName()},
        {QStringLiteral("site_id"), db.siteId()},
        {QStringLiteral("participant"), personRow(store, id)},
    };

    QJsonArray merged;
    for (const QJsonValue &m : rows(db, QStringLiteral("SELECT id FROM participant WHERE merged_into = ? ORDER BY id"),
                                    {QStringLiteral("id")}, id))
        merged.append(personRow(store, m.toObject().value(QStringLiteral("id")).toString()));
    out.insert(QStringLiteral("merged_records"), merged);

    out.insert(QStringLiteral("enrollments"),
               rows(db, QStringLiteral("SELECT e.id, e.training_id, t.code, t.title, t.start_date, t.end_date, e.deleted % 2 "
                                       "FROM enrollment e JOIN training t ON t.id = e.training_id "
                                       "WHERE e.participant_id = ? ORDER BY t.start_date, t.code"),
                    {QStringLiteral("id"), QStringLiteral("training_id"), QStringLiteral("training_code"),
                     QStringLiteral("training_title"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                     QStringLiteral("deleted")},
                    id));
    out.insert(QStringLiteral("attendance"),
               rows(db, QStringLiteral("SELECT a.id, a.session_id, t.code, s.date, a.status, a.deleted % 2 "
                                       "FROM attendance a JOIN training_session s ON s.id = a.session_id "
                                       "JOIN training t ON t.id = s.training_id "
                                       "WHERE a.participant_id = ? ORDER BY s.date, t.code"),
                    {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("training_code"),
                     QStringLiteral("session_date"), QStringLiteral("status"), QStringLiteral("deleted")},
                    id));
    out.insert(QStringLiteral("scores"),
               rows(db, QStringLiteral("SELECT x.id, x.training_id, t.code, x.kind, x.score, x.max_score, x.items, x.deleted % 2 "
                                       "FROM assessment_score x JOIN training t ON t.id = x.training_id "
                                       "WHERE x.participant_id = ? ORDER BY t.code, x.kind"),
                    {QStringLiteral("id"), QStringLiteral("training_id"), QStringLiteral("training_code"),
                     QStringLiteral("kind"), QStringLiteral("score"), QStringLiteral("max_score"),
                     QStringLiteral("items"), QStringLiteral("deleted")},
                    id));

    QJsonArray audit;
    for (const AuditEntry &e : db.audit().entries(schema::participant().name, id))
        audit.append(auditJson(e));
    out.insert(QStringLiteral("audit"), audit);

    // The person's row and the rows that hang from it (four placeholders for the id).
    const QString related = QStringLiteral(
        "SELECT ? UNION ALL SELECT id FROM enrollment WHERE participant_id = ? "
        "UNION ALL SELECT id FROM attendance WHERE participant_id = ? "
        "UNION ALL SELECT id FROM assessment_score WHERE participant_id = ?");
    out.insert(QStringLiteral("conflicts"),
               rows(db, u"SELECT id, table_name, row_id, field, local_value, local_site, remote_value, remote_site, winner, at, resolved "
                        u"FROM conflict WHERE row_id IN (" % related % u") ORDER BY id",
                    {QStringLiteral("id"), QStringLiteral("table"), QStringLiteral("row_id"), QStringLiteral("field"),
                     QStringLiteral("local_value"), QStringLiteral("local_site"), QStringLiteral("remote_value"),
                     QStringLiteral("remote_site"), QStringLiteral("winner"), QStringLiteral("at"), QStringLiteral("resolved")},
                    id, 4));
    out.insert(QStringLiteral("duplicate_dismissals"),
               rows(db, QStringLiteral("SELECT a, b, at FROM duplicate_dismissal WHERE a = ? OR b = ? ORDER BY at"),
                    {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("at")}, id, 2));
    out.insert(QStringLiteral("merges"),
               rows(db, QStringLiteral("SELECT id, keep, other, at, undone FROM merge_log WHERE keep = ? OR other = ? ORDER BY id"),
                    {QStringLiteral("id"), QStringLiteral("keep"), QStringLiteral("other"), QStringLiteral("at"),
                     QStringLiteral("undone")},
                    id, 2));
    return out;
}

} // namespace capacita
