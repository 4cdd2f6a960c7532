#pragma once

#include "domain/result.h"
#include "importing/importsummary.h"
#include "importing/rostertable.h"

#include <functional>

namespace capacita {

class Store;

struct ImportOptions
{
    bool dryRun = false; // plan and report; store nothing
    bool skipInvalid = false; // import the valid rows even when others are rejected
    QString sheet; // .xlsx sheet name; empty = the first sheet
    // Called as rows are processed; returning false cancels (nothing is stored).
    std::function<bool(int done, int total)> progress;
};

// Imports a roster (see importing.h for how). Errors are for files that cannot be read at all
// (unreadable, malformed CSV, damaged workbook, a required column missing) and database
// failures; a roster with rejected rows is a summary with refused = true.
class RosterImporter
{
public:
    explicit RosterImporter(Store &store)
        : m_store(store)
    {
    }

    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options = {});
    Result<ImportSummary> importTable(const RosterTable &table, const ImportOptions &options = {});

private:
    Store &m_store;
};

} // namespace capacita
