#pragma once

#include "domain/result.h"

namespace capacita {

class Database;

// RAII transaction: rolls back in the destructor unless commit() succeeded. Nested guards
// become savepoints, so a repository call inside a larger import joins the import's
// all-or-nothing unit. The outermost guard uses BEGIN IMMEDIATE so writers never deadlock.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_begin; } // check before writing
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    int m_level = 0;
    bool m_done = false;
    bool m_savepoint = false; // a nested guard that took a savepoint
};

// While it lives, transactions nested in the open one take no savepoint: SQLite copies every
// page a savepoint touches (an eighth of the work of a roster import, one per row). A nested
// guard that fails then cannot undo what it wrote, so its holder must see whether the
// failure left changes (Database::totalChanges) and if so roll back the whole transaction.
class WithoutSavepoints
{
public:
    explicit WithoutSavepoints(Database &db);
    ~WithoutSavepoints();
    WithoutSavepoints(const WithoutSavepoints &) = delete;
    WithoutSavepoints &operator=(const WithoutSavepoints &) = delete;

private:
    Database &m_db;
    bool m_previous;
};

} // namespace capacita
