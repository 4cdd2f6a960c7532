#pragma once

#include <QString>
#include <QStringList>

namespace capacita {

// The synced tables and their fields, the one list that dump, the row writer and sync read.
// Every synced table also has: id TEXT PRIMARY KEY (UUID), deleted INTEGER (a counter, odd =
// deleted), vv TEXT (version vector {site: edits}), stamps TEXT ({field: [hlc, site, n]}: n is
// the site's version-vector entry after that edit, so a peer can tell whether it saw it),
// seq INTEGER (local only: the local HLC of the last write or merge, for incremental export).
struct TableSpec
{
    QString name;
    QStringList fields; // value columns, in schema order, without id and sync columns
    bool personal = false; // holds personal data: a purge wipes every value
    QList<int> sortedFields; // indexes into fields, by name: the order JSON objects write them
    // Each field as a JSON string ("name"), in schema order: the key of every JSON text written
    // per row (stamps, audit lines), made once. Field names are plain identifiers.
    QStringList quotedFields;
};

namespace schema {

const QList<TableSpec> &syncedTables();
const TableSpec &participant();
const TableSpec &training();
const TableSpec &session();
const TableSpec &enrollment();
const TableSpec &attendance();
const TableSpec &score();
const TableSpec &target();
const TableSpec &device(); // laptops of the dataset: id = site id, Ed25519 public key

} // namespace schema
} // namespace capacita
