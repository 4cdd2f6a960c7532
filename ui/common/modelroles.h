#pragma once

#include <Qt>

namespace capacita {

// Roles shared by the table models, so one proxy class can sort and filter all of them on
// typed values instead of display text.
enum Roles {
    SortRole = Qt::UserRole, // QDate, number or folded text, whatever orders the column
    IdRole,                  // the record's id
    SearchRole,              // folded text the search box matches against
};

} // namespace capacita
