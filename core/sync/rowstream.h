#pragma once

#include "sync/rowstate.h"

#include <QByteArray>
#include <QList>

namespace capacita {

struct DecodedRow
{
    const TableSpec *spec = nullptr;
    RowState row;
};

// Reads the rows of one package chunk (a CBOR array of rows, docs/sync-format.md) straight
// from the CBOR stream into RowStates, without the QCborValue tree that QCborValue::fromCbor
// builds for the whole chunk (most of the time of decoding a package).
//
// It accepts only chunks in which every row is one that RowState::fromCbor accepts, with
// nothing unusual in the encoding (no tags, byte strings, floats other than doubles or
// integers outside qint64), and then gives exactly the rows fromCbor gives. For anything
// else it returns false, and the caller decodes the chunk the slow way, which says what is
// wrong as it always did: a damaged package fails the same way and after the same rows.
bool decodeChunkRows(const QByteArray &cbor, QList<DecodedRow> *out);

} // namespace capacita
