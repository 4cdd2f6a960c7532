#include "storage/cascade.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QStringBuilder>

#include <algorithm>

namespace capacita {

Status Cascade::deleteRow(const TableSpec &table, const QString &id)
{
    CAPACITA_TRY(m_rows.setDeleted(table, id, true));
    m_deleted.append({table.name, id});
    return {};
}

Status Cascade::deleteWhere(const TableSpec &table, const QString &where, const QString &value)
{
    QSqlQuery &q = m_db.prepare(u"SELECT id FROM " % table.name % u" WHERE deleted % 2 = 0 AND " % where);
    q.addBindValue(value);
    CAPACITA_TRY(m_db.exec(q));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(ids))
        CAPACITA_TRY(deleteRow(table, id));
    return {};
}

Status Cascade::restore(const RowRefs &rows)
{
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    // Deleted children first, so restore in reverse: the parent comes back before its rows.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const auto &tables = schema::syncedTables();
        const auto spec = std::find_if(tables.cbegin(), tables.cend(), [&](const TableSpec &s) { return s.name == it->table; });
        if (spec == tables.cend())
            return Error::badInput(QStringLiteral("table"), it->table);
        CAPACITA_TRY(m_rows.setDeleted(*spec, it->id, false));
    }
    return tx.commit();
}

} // namespace capacita
