#include "storage/transaction.h"

#include "storage/database.h"

namespace capacita {

namespace {
QString savepoint(int level)
{
    return QStringLiteral("sp%1").arg(level);
}

// Savepoints are taken once per row of a bulk import: prepared once, not parsed each time.
Status run(Database &db, const QString &sql)
{
    auto statement = db.statement(sql);
    if (!statement)
        return statement.error();
    return (*statement)->exec();
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    if (m_level == 1) {
        m_db.notifier().setHeld(true);
        m_begin = run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    } else if (!m_db.savepointsElided()) {
        m_savepoint = true;
        m_begin = run(m_db, QStringLiteral("SAVEPOINT ") + savepoint(m_level));
    }
}

Transaction::~Transaction()
{
    if (!m_done && m_begin.ok()) {
        if (m_level == 1) {
            (void)run(m_db, QStringLiteral("ROLLBACK"));
            m_db.notifier().discard();
        } else if (m_savepoint) {
            (void)run(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
            (void)run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level));
        }
    }
    if (m_level == 1)
        m_db.notifier().setHeld(false);
    --m_db.transactionDepth();
}

Status Transaction::commit()
{
    CAPACITA_TRY(m_begin);
    if (m_done)
        return {};
    if (m_level == 1) {
        CAPACITA_TRY(m_db.saveClock());
        CAPACITA_TRY(run(m_db, QStringLiteral("COMMIT")));
    } else if (m_savepoint) {
        CAPACITA_TRY(run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level)));
    }
    m_done = true;
    if (m_level == 1) {
        m_db.notifier().setHeld(false);
        m_db.notifier().flush();
    }
    return {};
}

WithoutSavepoints::WithoutSavepoints(Database &db) : m_db(db), m_previous(db.savepointsElided())
{
    m_db.savepointsElided() = true;
}

WithoutSavepoints::~WithoutSavepoints()
{
    m_db.savepointsElided() = m_previous;
}

} // namespace capacita
