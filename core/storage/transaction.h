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
};

} // namespace capacita
