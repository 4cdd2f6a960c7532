#pragma once

#include "domain/result.h"
#include "storage/rowwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace capacita {

class Database;

// A donor target: how much of one indicator the programme means to reach in one period,
// for everyone or for one disaggregation ("type=judge", "department=CUSCO", or both joined
// by ';' in key order).
struct Target
{
    QString id;
    QString indicator; // one of TargetRepository::indicators()
    QString period; // "FY2025" or "FY2025-Q1"
    QString disaggregation; // empty = the whole programme
    double value = 0;
};

// Targets live in the synced `target` table. One target per (indicator, period,
// disaggregation): its id is derived from that key, so setting it again (here or on another
// laptop) replaces the value instead of adding a second target.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(capacita::TargetRepository)
public:
    explicit TargetRepository(Database &db)
        : m_db(db)
        , m_rows(db)
    {
    }

    // The indicators a target may be set for (the keys of the report JSON).
    static QStringList indicators();
    static QString idFor(const QString &indicator, const QString &period, const QString &disaggregation);
    // "department=CUSCO;type=judge" from its parts (empty parts are left out).
    static QString disaggregationOf(const QString &type, const QString &department);

    Result<QString> set(Target target); // validates; returns the id
    Status remove(const QString &id);
    std::optional<Target> get(const QString &id);
    QList<Target> list(); // by period, indicator, disaggregation

private:
    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
