#pragma once

#include "storage/rowwriter.h"

namespace capacita {

class Database;

// Soft-deletes a record together with the rows that depend on it, remembering exactly which
// rows it deleted so that undo restores those and no others.
class Cascade
{
public:
    explicit Cascade(Database &db) : m_db(db), m_rows(db) {}

    Status deleteRow(const TableSpec &table, const QString &id);
    // Deletes the live rows of `table` matching `where` (one ? bound to `value`).
    Status deleteWhere(const TableSpec &table, const QString &where, const QString &value);
    const RowRefs &deleted() const { return m_deleted; }

    // Brings back rows deleted by an earlier cascade, parents first, in one transaction.
    Status restore(const RowRefs &rows);

private:
    Database &m_db;
    RowWriter m_rows;
    RowRefs m_deleted;
};

} // namespace capacita
