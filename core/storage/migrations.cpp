#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QFile>
#include <QStringBuilder>
#include <QTextStream>

#include <functional>

namespace capacita::migrations {

namespace {

using Step = std::function<Status(Database &)>;

// Columns every synced table carries from its first version (see schema.h).
QString syncColumns()
{
    return QStringLiteral(", deleted INTEGER NOT NULL DEFAULT 0"
                          ", vv TEXT NOT NULL DEFAULT '{}'"
                          ", stamps TEXT NOT NULL DEFAULT '{}'"
                          ", seq INTEGER NOT NULL DEFAULT 0");
}

Status execAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        CAPACITA_TRY(db.execSql(sql));
    return {};
}

Status seedLookups(Database &db)
{
    struct Row { const char *code, *es, *en; };
    static const Row types[] = {
        {"judge", "Juez(a)", "Judge"},
        {"prosecutor", "Fiscal", "Prosecutor"},
        {"public_attorney", "Procurador(a) público(a)", "Public attorney"},
        {"public_defender", "Defensor(a) público(a)", "Public defender"},
        {"justice_staff", "Personal de justicia", "Justice staff"},
        {"police", "Policía", "Police"},
        {"shelter_provider", "Personal de albergue", "Shelter-care provider"},
        {"community_leader", "Líder comunitario(a)", "Community leader"},
        {"health_worker", "Personal de salud", "Health worker"},
        {"educator", "Docente", "Educator"},
        {"local_official", "Funcionario(a) local", "Local official"},
        {"other", "Otro", "Other"},
    };
    static const Row topics[] = {
        {"TIP", "Trata de personas", "Trafficking in persons"},
        {"GBV", "Violencia de género", "Gender-based violence"},
        {"CEFM", "Matrimonio infantil, temprano y forzado", "Child, early and forced marriage"},
        {"other", "Otro", "Other"},
    };
    auto insert = [&db](const QString &sql, const Row &row) -> Status {
        QSqlQuery &q = db.prepare(sql);
        q.addBindValue(QString::fromLatin1(row.code));
        q.addBindValue(QString::fromUtf8(row.es));
        q.addBindValue(QString::fromUtf8(row.en));
        return db.exec(q);
    };
    for (const Row &r : types)
        CAPACITA_TRY(insert(QStringLiteral("INSERT INTO participant_type(code, label_es, label_en) VALUES(?,?,?)"), r));
    for (const Row &r : topics)
        CAPACITA_TRY(insert(QStringLiteral("INSERT INTO topic(code, label_es, label_en) VALUES(?,?,?)"), r));
    return {};
}

// The INEI district table ships as a resource (resources/data/districts.csv, MIT licence).
Status seedDistricts(Database &db)
{
    QFile file(QStringLiteral(":/capacita/data/districts.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("The built-in district table is missing."));
    QTextStream in(&file);
    in.readLine(); // header
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO district(ubigeo, department, province, district, region) VALUES(?,?,?,?,?)"));
    while (!in.atEnd()) {
        const QStringList cols = in.readLine().split(QLatin1Char(','));
        if (cols.size() < 5)
            continue;
        for (int i = 0; i < 5; ++i)
            q.addBindValue(cols.at(i));
        CAPACITA_TRY(db.exec(q));
    }
    return {};
}

Status version1(Database &db)
{
    const QString sync = syncColumns();
    CAPACITA_TRY(execAll(db, {
        QStringLiteral("CREATE TABLE local_settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE participant_type(code TEXT PRIMARY KEY, label_es TEXT NOT NULL, label_en TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE topic(code TEXT PRIMARY KEY, label_es TEXT NOT NULL, label_en TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE district(ubigeo TEXT PRIMARY KEY, department TEXT NOT NULL, "
                       "province TEXT NOT NULL, district TEXT NOT NULL, region TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE participant(id TEXT PRIMARY KEY, given_names TEXT, family_names TEXT, "
                       "doc_type TEXT, doc_number TEXT, sex TEXT, birth_year INTEGER, "
                       "type TEXT REFERENCES participant_type(code), institution TEXT, "
                       "ubigeo TEXT REFERENCES district(ubigeo), phone TEXT, email TEXT, languages TEXT, "
                       "consent_date TEXT, consent_notice TEXT, consent_by TEXT, merged_into TEXT")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE training(id TEXT PRIMARY KEY, code TEXT, title TEXT, topics TEXT, "
                       "modality TEXT, ubigeo TEXT REFERENCES district(ubigeo), venue TEXT, "
                       "start_date TEXT, end_date TEXT, facilitators TEXT, partner TEXT, "
                       "planned_participants INTEGER, completion_share REAL, completion_min_post REAL, status TEXT")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE training_session(id TEXT PRIMARY KEY, "
                       "training_id TEXT NOT NULL REFERENCES training(id), date TEXT, start_time TEXT, "
                       "end_time TEXT, hours REAL, topic TEXT")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE enrollment(id TEXT PRIMARY KEY, "
                       "training_id TEXT NOT NULL REFERENCES training(id), "
                       "participant_id TEXT NOT NULL REFERENCES participant(id)")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE attendance(id TEXT PRIMARY KEY, "
                       "session_id TEXT NOT NULL REFERENCES training_session(id), "
                       "participant_id TEXT NOT NULL REFERENCES participant(id), status TEXT")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE assessment_score(id TEXT PRIMARY KEY, "
                       "training_id TEXT NOT NULL REFERENCES training(id), "
                       "participant_id TEXT NOT NULL REFERENCES participant(id), kind TEXT, "
                       "score REAL, max_score REAL, items TEXT")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE target(id TEXT PRIMARY KEY, indicator TEXT, period TEXT, "
                       "disaggregation TEXT, value REAL")
            + sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE device(id TEXT PRIMARY KEY, name TEXT, public_key TEXT, "
                       "revoked INTEGER, revoked_at TEXT")
            + sync + QStringLiteral(")"),
        // Local, not synced: what sync has seen and what needs a person's decision.
        QStringLiteral("CREATE TABLE sync_peer(site_id TEXT PRIMARY KEY, name TEXT, last_sent_seq INTEGER NOT NULL DEFAULT 0, "
                       "acked_seq INTEGER NOT NULL DEFAULT 0, "
                       "last_sent_at INTEGER, last_seen_at INTEGER, covered TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE TABLE imported_package(package_id TEXT PRIMARY KEY, origin TEXT NOT NULL, "
                       "direction TEXT NOT NULL, file TEXT, created_hlc TEXT, at INTEGER NOT NULL, summary TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE conflict(id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
                       "row_id TEXT NOT NULL, field TEXT NOT NULL, local_value TEXT, local_hlc TEXT, local_site TEXT, "
                       "remote_value TEXT, remote_hlc TEXT, remote_site TEXT, winner TEXT NOT NULL, package_id TEXT, "
                       "at INTEGER NOT NULL, resolved INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE purged(id TEXT PRIMARY KEY, table_name TEXT NOT NULL, at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX participant_doc ON participant(doc_number)"),
        QStringLiteral("CREATE INDEX training_code ON training(code)"),
        QStringLiteral("CREATE INDEX session_training ON training_session(training_id, date)"),
        QStringLiteral("CREATE INDEX enrollment_training ON enrollment(training_id)"),
        QStringLiteral("CREATE INDEX enrollment_participant ON enrollment(participant_id)"),
        QStringLiteral("CREATE INDEX attendance_session ON attendance(session_id)"),
        QStringLiteral("CREATE INDEX attendance_participant ON attendance(participant_id)"),
        QStringLiteral("CREATE INDEX score_training ON assessment_score(training_id)"),
        QStringLiteral("CREATE INDEX score_participant ON assessment_score(participant_id)"),
    }));
    for (const TableSpec &t : schema::syncedTables())
        CAPACITA_TRY(db.execSql(u"CREATE INDEX " % t.name % u"_seq ON " % t.name % u"(seq)"));
    CAPACITA_TRY(seedLookups(db));
    return seedDistricts(db);
}

// Local bookkeeping of duplicate review (not synced): pairs a person marked "not the same
// person", and what each merge changed, so that unmerge can put back exactly those rows.
Status version2(Database &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE duplicate_dismissal(a TEXT NOT NULL, b TEXT NOT NULL, "
                       "at INTEGER NOT NULL, PRIMARY KEY(a, b))"),
        QStringLiteral("CREATE TABLE merge_log(id INTEGER PRIMARY KEY AUTOINCREMENT, keep TEXT NOT NULL, "
                       "other TEXT NOT NULL, rows TEXT NOT NULL, at INTEGER NOT NULL, "
                       "undone INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX merge_log_other ON merge_log(other, undone)"),
    });
}

// The audit log (storage/auditlog.h): append-only, enforced by triggers. The one exception is
// the purge (Ley 29733), which may blank a line's values while the line's row is listed in
// audit_erasing, a local table that is empty outside the purge's transaction.
Status version3(Database &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, operator TEXT NOT NULL, "
                       "site_id TEXT NOT NULL, device TEXT NOT NULL, origin TEXT NOT NULL, detail TEXT, "
                       "table_name TEXT NOT NULL, row_id TEXT NOT NULL, action TEXT NOT NULL, changes TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_row ON audit_log(row_id)"),
        QStringLiteral("CREATE TABLE audit_erasing(row_id TEXT PRIMARY KEY)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF id, at, operator, site_id, device, origin, "
                       "detail, table_name, row_id, action ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_erase_only BEFORE UPDATE OF changes ON audit_log "
                       "WHEN NEW.changes IS NOT NULL OR NOT EXISTS (SELECT 1 FROM audit_erasing WHERE row_id = OLD.row_id) "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    });
}

const QList<Step> &steps()
{
    static const QList<Step> all{&version1, &version2, &version3};
    return all;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Status migrate(Database &db, int applicationId)
{
    const int from = db.schemaVersion();
    for (int v = from; v < latestVersion(); ++v) {
        Transaction tx(db);
        CAPACITA_TRY(tx.begun());
        CAPACITA_TRY(steps().at(v)(db));
        if (v == 0)
            CAPACITA_TRY(db.execSql(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        CAPACITA_TRY(db.execSql(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)));
        CAPACITA_TRY(tx.commit());
    }
    return {};
}

} // namespace capacita::migrations
