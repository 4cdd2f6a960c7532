#include "sync/merge.h"

#include "storage/rowwriter.h"

#include <QCborValue>

namespace capacita {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    // Equality as CBOR values (type and value). The common cases are answered without
    // building QCborValues, which was a noticeable cost of merging a million rows.
    if (a.typeId() == b.typeId() && !a.isNull() && !b.isNull()) {
        switch (a.typeId()) {
        case QMetaType::QString:
            return a.toString() == b.toString();
        case QMetaType::LongLong:
        case QMetaType::Int:
            return a.toLongLong() == b.toLongLong();
        default:
            break;
        }
    }
    return QCborValue::fromVariant(a) == QCborValue::fromVariant(b);
}

// Has the side with version vector `vv` seen the edit stamped `s`?
bool hasSeen(const VersionVector &vv, const FieldStamp &s)
{
    return s.hlc == 0 || vv.value(s.site, 0) >= s.counter;
}

VersionVector pointwiseMax(VersionVector a, const VersionVector &b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        a[it.key()] = std::max(a.value(it.key(), 0), it.value());
    return a;
}

bool sameState(const RowState &a, const RowState &b)
{
    if (a.deleted != b.deleted || a.vv != b.vv || a.stamps != b.stamps)
        return false;
    for (int i = 0; i < a.values.size(); ++i) {
        if (!sameValue(a.values.at(i), b.values.at(i)))
            return false;
    }
    return true;
}

} // namespace

void wipe(RowState &row)
{
    for (QVariant &v : row.values)
        v = QVariant();
    for (FieldStamp &s : row.stamps)
        s = FieldStamp{};
}

MergeResult mergeRow(const TableSpec &spec, const std::optional<RowState> &local, const RowState &remote)
{
    MergeResult result;
    if (!local) {
        result.kind = MergeResult::New;
        result.row = remote;
        if (remote.deleted == kPurgedCounter && spec.personal)
            wipe(result.row);
        return result;
    }

    RowState merged = *local;
    merged.deleted = std::max(local->deleted, remote.deleted);
    merged.vv = pointwiseMax(local->vv, remote.vv);
    if (merged.deleted == kPurgedCounter) {
        // Erased rows take no more edits; a personal row keeps no values at all.
        if (spec.personal)
            wipe(merged);
        result.purgedNow = local->deleted != kPurgedCounter;
    } else {
        for (int i = 0; i < spec.fields.size(); ++i) {
            const FieldStamp &ls = local->stamps.at(i);
            const FieldStamp &rs = remote.stamps.at(i);
            const bool remoteWins = ls < rs;
            if (remoteWins) {
                merged.values[i] = remote.values.at(i);
                merged.stamps[i] = rs;
            }
            // Concurrent: neither side had seen the other's edit of this field.
            if (!hasSeen(remote.vv, ls) && !hasSeen(local->vv, rs) && !sameValue(local->values.at(i), remote.values.at(i)))
                result.conflicts.append({spec.fields.at(i), local->values.at(i), ls, remote.values.at(i), rs, remoteWins});
        }
    }
    result.row = merged;
    result.kind = sameState(merged, *local) ? MergeResult::Unchanged : MergeResult::Updated;
    return result;
}

} // namespace capacita
