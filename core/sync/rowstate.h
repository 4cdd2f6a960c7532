#pragma once

#include "storage/schema.h"

#include <QCborArray>
#include <QMap>
#include <QVariantList>

#include <cstdint>
#include <optional>

namespace capacita {

// Who wrote a field and when: the HLC, the site, and the site's version-vector entry right
// after the edit (so a peer can tell whether it has seen this edit). hlc 0 = never written.
struct FieldStamp
{
    std::uint64_t hlc = 0;
    QString site;
    qint64 counter = 0;

    // Total order of writes: later HLC wins, the site id breaks ties.
    friend bool operator<(const FieldStamp &a, const FieldStamp &b)
    {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.site < b.site;
    }
    friend bool operator==(const FieldStamp &, const FieldStamp &) = default;
};

using VersionVector = QMap<QString, qint64>;

// The complete state of one synced row, as it travels in a package: values and stamps in the
// table's field order, version vector and deleted counter.
struct RowState
{
    QString table;
    QString id;
    QVariantList values;
    QList<FieldStamp> stamps;
    VersionVector vv;
    qint64 deleted = 0;

    bool isDeleted() const { return deleted % 2 != 0; }

    QCborArray toCbor(const TableSpec &spec) const;
    // nullopt when the array does not describe a row of `spec` (damaged or foreign data).
    static std::optional<RowState> fromCbor(const QCborArray &array, const TableSpec &spec);
};

// The stored forms of vv and stamps (JSON text), shared with the RowWriter's format.
VersionVector parseVersionVector(const QString &json);
QString versionVectorJson(const VersionVector &vv);
QList<FieldStamp> parseStamps(const QString &json, const TableSpec &spec);
QString stampsJson(const QList<FieldStamp> &stamps, const TableSpec &spec);

} // namespace capacita
