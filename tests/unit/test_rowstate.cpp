// A row as it travels in a package: what fromCbor accepts, toCbor writes back the same, so
// a row merged here can be exported to the next laptop (found by fuzz_sync_chunks: an empty
// value came back as CBOR "undefined", which every laptop refuses).

#include "storage/schema.h"
#include "sync/rowstate.h"

#include <QCborMap>
#include <QCborValue>

#include <catch2/catch.hpp>

using namespace capacita;

TEST_CASE("A row read from a package is written back the same, empty values included", "[sync]")
{
    for (const TableSpec &spec : schema::syncedTables()) {
        INFO(spec.name.toStdString());
        QCborArray values, stamps;
        for (qsizetype i = 0; i < spec.fields.size(); ++i) {
            // Alternately empty, text, whole and decimal numbers.
            const QCborValue v[] = {QCborValue(nullptr), QCborValue(QStringLiteral("Ñandú \"x\"")),
                                    QCborValue(qint64(42)), QCborValue(2.5)};
            values.append(v[i % 4]);
            stamps.append(QCborArray{qint64(1000 + i), QStringLiteral("site-a"), qint64(i + 1)});
        }
        QCborMap vv;
        vv.insert(QStringLiteral("site-a"), qint64(spec.fields.size()));
        const QCborArray sent{spec.name, QStringLiteral("row-1"), qint64(0), vv, values, stamps};

        const std::optional<RowState> row = RowState::fromCbor(sent, spec);
        REQUIRE(row);
        const QCborArray again = row->toCbor(spec);
        CHECK(again == sent);
        const std::optional<RowState> reread = RowState::fromCbor(again, spec);
        REQUIRE(reread);
        CHECK(reread->values == row->values);
        CHECK_FALSE(reread->values.value(0).isValid()); // still empty, not "" or 0
    }
}
