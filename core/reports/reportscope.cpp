#include "reports/reportscope.h"

#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlitestatement.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QStringBuilder>

namespace capacita::reports {

namespace {

const QStringList kTables { QStringLiteral("report_participation"), QStringLiteral("report_alias"),
    QStringLiteral("report_topic"), QStringLiteral("report_training") };

// Age band from the training's end year and the birth year (DESIGN: per participation).
const QString kBandExpr = QStringLiteral("CASE WHEN p.birth_year IS NULL THEN 'unknown' "
                                         "WHEN rt.end_year - p.birth_year < 18 THEN '<18' "
                                         "WHEN rt.end_year - p.birth_year < 30 THEN '18-29' "
                                         "WHEN rt.end_year - p.birth_year < 45 THEN '30-44' "
                                         "WHEN rt.end_year - p.birth_year < 60 THEN '45-59' "
                                         "ELSE '60+' END");

// Qt's SQLite driver binds each '?' in turn and does not understand ?NNN: the statements
// here name a value once as ?1, ?2..., and this turns them into plain '?' with the values
// repeated in order.
void prepareNumbered(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    static const QRegularExpression numbered(QStringLiteral("\\?([0-9]+)"));
    QVariantList values;
    QString text;
    qsizetype last = 0;
    for (auto it = numbered.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        text += QStringView(sql).mid(last, m.capturedStart() - last);
        text += QLatin1Char('?');
        values.append(binds.value(m.captured(1).toInt() - 1));
        last = m.capturedEnd();
    }
    text += QStringView(sql).mid(last);
    if (q.prepare(text)) {
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
    }
}

} // namespace

QString sexKeyExpr()
{
    return QStringLiteral("CASE WHEN rp.sex IN ('F', 'M', 'X') THEN rp.sex ELSE 'unknown' END");
}

QString typeKeyExpr()
{
    return QStringLiteral("COALESCE(rp.type, 'unknown')");
}

ReportScope::~ReportScope()
{
    drop();
}

void ReportScope::drop()
{
    if (!m_open)
        return;
    for (const QString &table : kTables)
        (void)m_db.execSql(u"DROP TABLE IF EXISTS temp." % table);
    (void)m_db.execSql(QStringLiteral("RELEASE report_scope"));
    m_open = false;
}

Status ReportScope::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db.sql());
    prepareNumbered(q, sql, binds);
    if (q.lastError().isValid() || !q.exec())
        return sqlError(q);
    return {};
}

Status ReportScope::forEach(
    const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    prepareNumbered(q, sql, binds);
    if (q.lastError().isValid() || !q.exec())
        return sqlError(q);
    while (q.next())
        row(q);
    if (q.lastError().isValid())
        return sqlError(q);
    return {};
}

Status ReportScope::forEachRow(const QString &sql, const std::function<void(const SqliteStatement &)> &row)
{
    auto statement = m_db.statement(sql);
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    while (q.next())
        row(q);
    const std::optional<Error> error = q.error();
    q.finish();
    if (error)
        return *error;
    return {};
}

Status ReportScope::build(const ReportFilter &filter)
{
    drop();
    CAPACITA_TRY(m_db.execSql(QStringLiteral("SAVEPOINT report_scope")));
    m_open = true;
    for (const QString &table : kTables)
        CAPACITA_TRY(m_db.execSql(u"DROP TABLE IF EXISTS temp." % table));

    const QVariant from
        = filter.from ? QVariant(filter.from->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    const QVariant to
        = filter.to ? QVariant(filter.to->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());

    CAPACITA_TRY(exec(QStringLiteral(
        "CREATE TEMP TABLE report_training(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, end_date TEXT, month TEXT, end_year INTEGER, "
        "department TEXT NOT NULL, topics TEXT NOT NULL, share REAL NOT NULL, min_post REAL, "
        "sessions INTEGER NOT NULL, hours REAL NOT NULL)")));
    CAPACITA_TRY(
        exec(QStringLiteral(
                 "INSERT INTO temp.report_training(id, end_date, month, end_year, department, topics, share, "
                 "  min_post, sessions, hours) "
                 "SELECT t.id, t.end_date, substr(t.end_date, 1, 7), CAST(substr(t.end_date, 1, 4) AS INTEGER), "
                 "  COALESCE(d.department, 'unknown'), COALESCE(t.topics, ''), COALESCE(t.completion_share, 0.8), "
                 "  t.completion_min_post, "
                 "  (SELECT count(*) FROM training_session s WHERE s.training_id = t.id AND s.deleted % 2 = 0), "
                 "  (SELECT COALESCE(sum(s.hours), 0) FROM training_session s WHERE s.training_id = t.id AND s.deleted "
                 "% 2 = 0) "
                 "FROM training t LEFT JOIN district d ON d.ubigeo = t.ubigeo "
                 "WHERE t.deleted % 2 = 0 AND t.end_date IS NOT NULL AND COALESCE(t.status, '') <> 'cancelled' "
                 "  AND (?1 IS NULL OR t.end_date >= ?1) AND (?2 IS NULL OR t.end_date <= ?2) "
                 "  AND (ifnull(?3, '') = '' OR COALESCE(d.department, 'unknown') = ?3) "
                 "  AND (ifnull(?4, '') = '' OR instr(',' || COALESCE(t.topics, '') || ',', ',' || ?4 || ',') > 0)"),
            { from, to, filter.department, filter.topic }));

    // The topics of each training, split once here rather than matched per participation.
    CAPACITA_TRY(exec(QStringLiteral(
        "CREATE TEMP TABLE report_topic(training INTEGER NOT NULL, topic TEXT NOT NULL, PRIMARY KEY(training, topic)) "
        "WITHOUT ROWID")));
    CAPACITA_TRY(exec(QStringLiteral("INSERT INTO temp.report_topic SELECT rt.rid, tp.code FROM temp.report_training rt "
                                     "JOIN topic tp ON instr(',' || rt.topics || ',', ',' || tp.code || ',') > 0")));

    // Merged-away records (deleted, merged_into set) followed to the live record they ended
    // in. Only the few merged rows are walked, by primary key.
    CAPACITA_TRY(exec(
        QStringLiteral("CREATE TEMP TABLE report_alias(id TEXT PRIMARY KEY, person INTEGER NOT NULL) WITHOUT ROWID")));
    CAPACITA_TRY(
        exec(QStringLiteral(
                 "INSERT OR IGNORE INTO temp.report_alias "
                 "WITH RECURSIVE chain(id, target) AS ("
                 "  SELECT id, merged_into FROM participant "
                 "  WHERE deleted % 2 = 1 AND deleted <> ?1 AND merged_into IS NOT NULL "
                 "  UNION "
                 "  SELECT c.id, p.merged_into FROM chain c JOIN participant p ON p.id = c.target "
                 "  WHERE p.deleted % 2 = 1 AND p.deleted <> ?1 AND p.merged_into IS NOT NULL) "
                 "SELECT c.id, p.rowid FROM chain c JOIN participant p ON p.id = c.target WHERE p.deleted % 2 = 0"),
            { QVariant(kPurgedCounter) }));

    // Attended sessions per enrolled record; then records of one person in one training
    // (a merge meeting a late sync) are added up, capped at the training's sessions.
    CAPACITA_TRY(
        exec(QStringLiteral("CREATE TEMP TABLE report_participation(training INTEGER NOT NULL, "
                            "person INTEGER NOT NULL, sessions INTEGER NOT NULL, attended INTEGER NOT NULL, "
                            "completed INTEGER NOT NULL, pre_pct REAL, post_pct REAL, band TEXT NOT NULL, sex TEXT, "
                            "type TEXT, PRIMARY KEY(training, person)) WITHOUT ROWID")));
    CAPACITA_TRY(exec(
        u"INSERT INTO temp.report_participation "
        "WITH att AS MATERIALIZED ("
        "  SELECT rt.rid AS training, a.participant_id AS participant_id, count(*) AS n "
        "  FROM temp.report_training rt "
        "  JOIN training_session s ON s.training_id = rt.id AND s.deleted % 2 = 0 "
        "  JOIN attendance a ON a.session_id = s.id "
        "  WHERE a.deleted % 2 = 0 AND a.status IN ('present', 'late') "
        "  GROUP BY rt.rid, a.participant_id), "
        "sc AS MATERIALIZED ("
        "  SELECT rt.rid AS training, x.participant_id AS participant_id, "
        "    max(CASE WHEN x.kind = 'pre' THEN 100.0 * x.score / COALESCE(NULLIF(x.max_score, 0), 20) END) AS pre_pct, "
        "    max(CASE WHEN x.kind = 'post' THEN 100.0 * x.score / COALESCE(NULLIF(x.max_score, 0), 20) END) AS "
        "post_pct, "
        "    max(CASE WHEN x.kind = 'post' THEN x.score END) AS post_score "
        "  FROM temp.report_training rt JOIN assessment_score x ON x.training_id = rt.id "
        "  WHERE x.deleted % 2 = 0 AND x.score IS NOT NULL "
        "  GROUP BY rt.rid, x.participant_id), "
        "enr AS ("
        "  SELECT rt.rid AS training, "
        "    COALESCE(al.person, CASE WHEN ep.deleted % 2 = 0 THEN ep.rowid END) AS who, "
        "    min(rt.sessions, sum(COALESCE(att.n, 0))) AS attended, "
        "    max(sc.pre_pct) AS pre_pct, max(sc.post_pct) AS post_pct, max(sc.post_score) AS post_score "
        "  FROM temp.report_training rt "
        "  JOIN enrollment e ON e.training_id = rt.id AND e.deleted % 2 = 0 "
        "  JOIN participant ep ON ep.id = e.participant_id "
        "  LEFT JOIN temp.report_alias al ON al.id = e.participant_id "
        "  LEFT JOIN att ON att.training = rt.rid AND att.participant_id = e.participant_id "
        "  LEFT JOIN sc ON sc.training = rt.rid AND sc.participant_id = e.participant_id "
        "  GROUP BY rt.rid, who HAVING who IS NOT NULL) "
        "SELECT enr.training, enr.who, rt.sessions, enr.attended, "
        "  rt.sessions > 0 AND enr.attended >= rt.share * rt.sessions - 1e-9 "
        "    AND (rt.min_post IS NULL OR COALESCE(enr.post_score >= rt.min_post, 0)), "
        "  enr.pre_pct, enr.post_pct, "
            % kBandExpr
            % u", p.sex, p.type "
              "FROM enr JOIN temp.report_training rt ON rt.rid = enr.training "
              "JOIN participant p ON p.rowid = enr.who "
              "WHERE (ifnull(?1, '') = '' OR COALESCE(p.type, 'unknown') = ?1) "
              "  AND (?2 = 0 OR COALESCE(p.consent_date, '') <> '')",
        { filter.type, filter.consentedOnly ? 1 : 0 }));
    return {};
}

} // namespace capacita::reports
