#include "storage/auditlog.h"

#include "domain/jsontext.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QJsonDocument>
#include <QStringBuilder>
#include <QSysInfo>

namespace capacita {

namespace {

const QString kOperatorSetting = QStringLiteral("operator_name");

// One value of a line's changes (JsonText: this runs once per written row of a bulk write).
void appendValue(JsonText &out, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        out.raw("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out.number(v.toLongLong());
        return;
    case QMetaType::Double:
        out.number(v.toDouble());
        return;
    case QMetaType::Bool:
        out.raw(v.toBool() ? "true" : "false");
        return;
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(v.constData());
        if (text->isEmpty()) // empty text is stored as NULL
            out.raw("null");
        else
            out.string(*text);
        return;
    }
    default: {
        const QString text = v.toString();
        if (text.isEmpty())
            out.raw("null");
        else
            out.string(text);
    }
    }
}

// quotedField: the field's name as a JSON string (TableSpec::quotedFields).
void appendPair(JsonText &out, QStringView quotedField, const QVariant &before, const QVariant &after)
{
    out.raw(out.size() == 0 ? u'{' : u',').raw(quotedField).raw(u':').raw(u'[');
    appendValue(out, before);
    out.raw(u',');
    appendValue(out, after);
    out.raw(u']');
}

// The row in words, for people reading the history: which training, session and person.
const QString kAbout = QStringLiteral(
    "CASE a.table_name "
    "WHEN 'participant' THEN (SELECT trim(coalesce(given_names, '') || ' ' || coalesce(family_names, '')) FROM participant WHERE id = a.row_id) "
    "WHEN 'training' THEN (SELECT code FROM training WHERE id = a.row_id) "
    "WHEN 'training_session' THEN (SELECT t.code || ' ' || s.date FROM training_session s JOIN training t ON t.id = s.training_id WHERE s.id = a.row_id) "
    "WHEN 'enrollment' THEN (SELECT t.code || ' · ' || trim(coalesce(p.given_names, '') || ' ' || coalesce(p.family_names, '')) "
    "  FROM enrollment e JOIN training t ON t.id = e.training_id JOIN participant p ON p.id = e.participant_id WHERE e.id = a.row_id) "
    "WHEN 'attendance' THEN (SELECT t.code || ' ' || s.date || ' · ' || trim(coalesce(p.given_names, '') || ' ' || coalesce(p.family_names, '')) "
    "  FROM attendance x JOIN training_session s ON s.id = x.session_id JOIN training t ON t.id = s.training_id "
    "  JOIN participant p ON p.id = x.participant_id WHERE x.id = a.row_id) "
    "WHEN 'assessment_score' THEN (SELECT t.code || ' ' || x.kind || ' · ' || trim(coalesce(p.given_names, '') || ' ' || coalesce(p.family_names, '')) "
    "  FROM assessment_score x JOIN training t ON t.id = x.training_id JOIN participant p ON p.id = x.participant_id WHERE x.id = a.row_id) "
    "END");

// Rows that hang from a record, as a subquery with `n` placeholders for its id.
QString relatedRows(const QString &table, int *placeholders)
{
    if (table == QLatin1String("participant")) {
        *placeholders = 3;
        return QStringLiteral("SELECT id FROM enrollment WHERE participant_id = ? UNION ALL "
                              "SELECT id FROM attendance WHERE participant_id = ? UNION ALL "
                              "SELECT id FROM assessment_score WHERE participant_id = ?");
    }
    if (table == QLatin1String("training")) {
        *placeholders = 4;
        return QStringLiteral("SELECT id FROM training_session WHERE training_id = ? UNION ALL "
                              "SELECT id FROM enrollment WHERE training_id = ? UNION ALL "
                              "SELECT id FROM assessment_score WHERE training_id = ? UNION ALL "
                              "SELECT x.id FROM attendance x JOIN training_session s ON s.id = x.session_id WHERE s.training_id = ?");
    }
    *placeholders = 0;
    return {};
}

} // namespace

QString AuditLog::originName(AuditOrigin origin)
{
    switch (origin) {
    case AuditOrigin::Sync: return QStringLiteral("sync");
    case AuditOrigin::Import: return QStringLiteral("import");
    case AuditOrigin::Merge: return QStringLiteral("merge");
    case AuditOrigin::Local: break;
    }
    return QStringLiteral("local");
}

void AuditLog::loadIdentity()
{
    if (m_identityLoaded)
        return;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QStringLiteral("?");
    m_operator = m_db.setting(kOperatorSetting, user);
    m_device = m_db.setting(QStringLiteral("device_name"), QSysInfo::machineHostName());
    m_identityLoaded = true;
}

QString AuditLog::operatorName()
{
    loadIdentity();
    return m_operator;
}

QString AuditLog::deviceName()
{
    loadIdentity();
    return m_device;
}

Status AuditLog::setOperatorName(const QString &name)
{
    CAPACITA_TRY(m_db.setSetting(kOperatorSetting, name.trimmed()));
    m_identityLoaded = false;
    return {};
}

Status AuditLog::record(const QString &table, const QString &id, const QString &action, const QString &changes)
{
    loadIdentity();
    // One line per written row of a bulk write: through the C API (storage/sqlitestatement.h).
    const auto statement = m_db.statement(QStringLiteral(
        "INSERT INTO audit_log(at, operator, site_id, device, origin, detail, table_name, row_id, action, changes) "
        "VALUES(?,?,?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    const QString who = m_operator.isEmpty() ? QStringLiteral("?") : m_operator;
    const QString site = m_db.siteId();
    const QString origin = originName(m_context.origin);
    q.bind(1, qint64(m_db.clock().nowMs()));
    q.bind(2, who);
    q.bind(3, site);
    q.bind(4, m_device);
    q.bind(5, origin);
    if (m_context.detail.isEmpty())
        q.bindNull(6);
    else
        q.bind(6, m_context.detail);
    q.bind(7, table);
    q.bind(8, id);
    q.bind(9, action);
    if (changes.isEmpty())
        q.bindNull(10);
    else
        q.bind(10, changes);
    return q.exec();
}

Status AuditLog::recordInsert(const TableSpec &table, const QString &id, const QVariantMap &values)
{
    QVariantList inOrder;
    inOrder.reserve(table.fields.size());
    for (const QString &f : table.fields)
        inOrder.append(values.value(f));
    return recordInsert(table, id, inOrder);
}

Status AuditLog::recordInsert(const TableSpec &table, const QString &id, const QVariantList &values)
{
    JsonText changes(64 * table.fields.size()); // a field name and a short value each
    for (qsizetype i = 0; i < table.fields.size(); ++i) {
        const QVariant v = values.value(i);
        if (!v.isNull() && !(v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isEmpty()))
            appendPair(changes, table.quotedFields.at(i), QVariant(), v);
    }
    if (changes.size() > 0)
        changes.raw(u'}');
    return record(table.name, id, QStringLiteral("created"), changes.take());
}

Status AuditLog::recordUpdate(const TableSpec &table, const QString &id, const QStringList &changed,
                              const QVariantMap &before, const QVariantMap &after)
{
    JsonText changes;
    for (const QString &f : changed) {
        const QString key = JsonText(f.size() + 2).string(f).take();
        appendPair(changes, key, before.value(f), after.value(f));
    }
    if (changes.size() > 0)
        changes.raw(u'}');
    return record(table.name, id, QStringLiteral("updated"), changes.take());
}

QList<AuditEntry> AuditLog::entries(const QString &table, const QString &id)
{
    int placeholders = 0;
    const QString related = relatedRows(table, &placeholders);
    QString where;
    if (!table.isEmpty()) {
        where = QStringLiteral(" WHERE a.row_id = ?");
        if (!related.isEmpty())
            where += u" OR a.row_id IN (" % related % u")";
    }
    QSqlQuery &q = m_db.prepare(u"SELECT a.id, a.at, a.operator, a.site_id, a.device, a.origin, a.detail, a.table_name, "
                                u"a.row_id, a.action, a.changes, " % kAbout % u" FROM audit_log a" % where % u" ORDER BY a.id");
    if (!table.isEmpty()) {
        for (int i = 0; i <= placeholders; ++i)
            q.addBindValue(id);
    }
    QList<AuditEntry> out;
    if (q.exec()) {
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toLongLong();
            e.operatorName = q.value(2).toString();
            e.siteId = q.value(3).toString();
            e.device = q.value(4).toString();
            e.origin = q.value(5).toString();
            e.detail = q.value(6).toString();
            e.table = q.value(7).toString();
            e.rowId = q.value(8).toString();
            e.action = q.value(9).toString();
            e.changes = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
            e.erased = q.value(10).isNull() && (e.action == QLatin1String("created") || e.action == QLatin1String("updated"));
            e.about = q.value(11).toString();
            out.append(e);
        }
    }
    q.finish();
    return out;
}

Status AuditLog::eraseValuesOf(const QStringList &rowIds)
{
    // The triggers let a line's values be blanked only while its row is listed here, and
    // only inside the purge's transaction (the list is emptied before it commits).
    for (const QString &id : rowIds) {
        QSqlQuery &mark = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_erasing(row_id) VALUES(?)"));
        mark.addBindValue(id);
        CAPACITA_TRY(m_db.exec(mark));
        QSqlQuery &blank = m_db.prepare(QStringLiteral("UPDATE audit_log SET changes = NULL WHERE row_id = ? AND changes IS NOT NULL"));
        blank.addBindValue(id);
        CAPACITA_TRY(m_db.exec(blank));
    }
    CAPACITA_TRY(m_db.execSql(QStringLiteral("DELETE FROM audit_erasing")));
    return {};
}

AuditScope::AuditScope(Database &db, AuditOrigin origin, const QString &detail)
    : m_log(db.audit()), m_previous(m_log.context())
{
    m_log.setContext({origin, detail});
}

AuditScope::~AuditScope()
{
    m_log.setContext(m_previous);
}

} // namespace capacita
