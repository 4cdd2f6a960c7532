#include "storage/transaction.h"

#include "storage/database.h"

namespace capacita {

namespace {
QString savepoint(int level)
{
    return QStringLiteral("sp%1").arg(level);
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    if (m_level == 1) {
        m_db.notifier().setHeld(true);
        m_begin = m_db.execSql(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_begin = m_db.execSql(QStringLiteral("SAVEPOINT ") + savepoint(m_level));
    }
}

Transaction::~Transaction()
{
    if (!m_done && m_begin.ok()) {
        if (m_level == 1) {
            (void)m_db.execSql(QStringLiteral("ROLLBACK"));
            m_db.notifier().discard();
        } else {
            (void)m_db.execSql(QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
            (void)m_db.execSql(QStringLiteral("RELEASE ") + savepoint(m_level));
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
    if (m_level == 1)
        CAPACITA_TRY(m_db.saveClock());
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_level);
    CAPACITA_TRY(m_db.execSql(sql));
    m_done = true;
    if (m_level == 1) {
        m_db.notifier().setHeld(false);
        m_db.notifier().flush();
    }
    return {};
}

} // namespace capacita
