#pragma once

#include "domain/result.h"
#include "reports/indicators.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace capacita {
class Database;
class SqliteStatement;
}

namespace capacita::reports {

// The rows a report is about, gathered once into temporary tables of this connection so
// that every figure is one small aggregate query over them:
//
//   temp.report_training       one row per training in scope (end date in the period, the
//                              department and topic of the filter; cancelled ones left out),
//                              with its department, topics, sessions and hours; `rid` is its
//                              number in this scope, `id` the training's id
//   temp.report_topic          (rid of a training, code of one of its topics)
//   temp.report_alias          merged-away participant id -> rowid of the surviving record
//   temp.report_participation  one row per (training rid, surviving person's rowid)
//                              enrolled, with attended sessions, completion, pre/post % and
//                              the person's sex, type and age band at the training's end year
//
// People and trainings are keyed by integers inside the scope: every figure counts
// distinct people, and comparing 36-character ids was a third of a report's time. A
// participant's rowid is stable within the scope's snapshot, which is all it is used for.
//
// The tables live inside a savepoint, so every query sees one snapshot of the database,
// and are dropped when the scope ends. One scope at a time per connection.
class ReportScope
{
public:
    explicit ReportScope(Database &db)
        : m_db(db)
    {
    }
    ~ReportScope();
    ReportScope(const ReportScope &) = delete;
    ReportScope &operator=(const ReportScope &) = delete;

    Status build(const ReportFilter &filter);

    // Runs a read query (positional binds) over the scope tables, calling `row` per row.
    Status forEach(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row);
    // The same for a query without binds over many rows, read through the C API (a
    // QVariant per value cost more than the query itself there).
    Status forEachRow(const QString &sql, const std::function<void(const SqliteStatement &)> &row);

private:
    Status exec(const QString &sql, const QVariantList &binds = {});
    void drop();

    Database &m_db;
    bool m_open = false;
};

// SQL expressions over report_participation (alias rp) and report_training (alias rt).
QString sexKeyExpr(); // F, M, X or unknown
QString typeKeyExpr(); // the type code or unknown

} // namespace capacita::reports
