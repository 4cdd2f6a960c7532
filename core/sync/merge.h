#pragma once

#include "sync/rowstate.h"

namespace capacita {

// A field that two laptops changed without seeing each other's edit, with different values.
// The winner (larger stamp) is kept in the row; the loser is kept here for a person to review.
struct FieldConflict
{
    QString field;
    QVariant localValue;
    FieldStamp localStamp;
    QVariant remoteValue;
    FieldStamp remoteStamp;
    bool remoteWins = false;
};

struct MergeResult
{
    enum Kind { New, Updated, Unchanged };
    Kind kind = Unchanged;
    RowState row;                     // the state to store (equal to local when Unchanged)
    QList<FieldConflict> conflicts;
    bool purgedNow = false;           // the merge turned a live row into a purged one
};

// Merges a received row state into the local one. Pure and deterministic: per field the
// larger (hlc, site) wins, version vectors take the pointwise maximum, the deleted counter
// the maximum, and a purged row keeps no values. Merging is commutative, associative and
// idempotent, which is what makes A-then-B equal B-then-A and a second import a no-op.
MergeResult mergeRow(const TableSpec &spec, const std::optional<RowState> &local, const RowState &remote);

// Clears every value and stamp: what is left of a purged row.
void wipe(RowState &row);

} // namespace capacita
