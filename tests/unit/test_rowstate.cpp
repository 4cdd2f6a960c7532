// A row as it travels in a package: what fromCbor accepts, toCbor writes back the same, so
// a row merged here can be exported to the next laptop (found by fuzz_sync_chunks: an empty
// value came back as CBOR "undefined", which every laptop refuses).

#include "storage/schema.h"
#include "sync/rowstate.h"
#include "sync/rowstream.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>

#include <catch2/catch.hpp>

#include <limits>

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

namespace {

// A row as RowState::toCbor lays it out, with the given values.
QCborArray rowWith(const TableSpec &spec, const QString &id, const QList<QCborValue> &pool)
{
    QCborArray values, stamps;
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        values.append(pool.at(i % pool.size()));
        stamps.append(QCborArray{qint64(1000 + i), i % 2 ? QStringLiteral("site-b") : QStringLiteral("site-a"), qint64(i + 1)});
    }
    QCborMap vv;
    vv.insert(QStringLiteral("site-a"), qint64(spec.fields.size()));
    vv.insert(QStringLiteral("site-b"), qint64(3));
    return {spec.name, id, qint64(2), vv, values, stamps};
}

QByteArray encode(const QCborArray &rows)
{
    return QCborValue(rows).toCbor();
}

} // namespace

TEST_CASE("Rows read straight from the CBOR stream are the rows fromCbor reads", "[sync]")
{
    const QList<QCborValue> pool{QCborValue(nullptr), QCborValue(QString()), QCborValue(QStringLiteral("Ñandú 🙂")),
                                 QCborValue(qint64(42)), QCborValue(qint64(-7)), QCborValue(2.5),
                                 QCborValue(std::numeric_limits<qint64>::min()), QCborValue(std::numeric_limits<qint64>::max())};
    QCborArray rows;
    for (const TableSpec &spec : schema::syncedTables())
        rows.append(rowWith(spec, QStringLiteral("row-") + spec.name, pool));

    const QByteArray chunk = encode(rows);
    QList<DecodedRow> decoded;
    REQUIRE(decodeChunkRows(chunk, &decoded));
    REQUIRE(decoded.size() == rows.size());
    // What the slow reader makes of the same bytes (an empty text comes back as a null one).
    const QCborArray parsed = QCborValue::fromCbor(chunk).toArray();
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const TableSpec &spec = schema::syncedTables().at(k);
        INFO(spec.name.toStdString());
        const std::optional<RowState> expected = RowState::fromCbor(parsed.at(k).toArray(), spec);
        REQUIRE(expected);
        const RowState &got = decoded.at(k).row;
        CHECK(decoded.at(k).spec == &spec);
        CHECK(got.table == expected->table);
        CHECK(got.id == expected->id);
        CHECK(got.deleted == expected->deleted);
        CHECK(got.vv == expected->vv);
        CHECK(got.stamps == expected->stamps);
        REQUIRE(got.values.size() == expected->values.size());
        for (qsizetype i = 0; i < got.values.size(); ++i) {
            INFO("field " << i);
            CHECK(got.values.at(i).typeId() == expected->values.at(i).typeId());
            CHECK(got.values.at(i) == expected->values.at(i));
            // An empty text is a null QString either way (it is stored as NULL).
            CHECK(got.values.at(i).toString().isNull() == expected->values.at(i).toString().isNull());
        }
    }
}

TEST_CASE("Anything unusual in a chunk is left to the slow reader, which says what is wrong", "[sync]")
{
    const TableSpec &spec = schema::participant();
    const QCborArray good = rowWith(spec, QStringLiteral("p-1"), {QCborValue(QStringLiteral("x"))});
    QList<DecodedRow> decoded;
    REQUIRE(decodeChunkRows(encode(QCborArray{QCborValue(good)}), &decoded));

    auto withValue = [&](const QCborValue &v) {
        QCborArray row = good;
        QCborArray values = row.at(4).toArray();
        values[1] = v;
        row[4] = values;
        return encode(QCborArray{good, row});
    };
    for (const QCborValue &odd : {QCborValue(QCborTag(1), QCborValue(qint64(5))), QCborValue(QByteArray("bytes")),
                                  QCborValue(QCborSimpleType::Undefined), QCborValue(true), QCborValue(QCborArray{1})}) {
        INFO(odd.toDiagnosticNotation().toStdString());
        CHECK_FALSE(decodeChunkRows(withValue(odd), &decoded));
        CHECK(decoded.isEmpty());
    }

    // A single-precision float and an integer beyond qint64, which QCborValue turns into a double.
    QByteArray single;
    {
        QCborStreamWriter w(&single);
        w.startArray(1);
        w.append(1.5f);
        w.endArray();
    }
    QByteArray huge;
    {
        QCborStreamWriter w(&huge);
        w.startArray(1);
        w.append(quint64(std::numeric_limits<quint64>::max()));
        w.endArray();
    }
    for (const QByteArray &value : {single, huge}) {
        QByteArray chunk = encode(QCborArray{QCborValue(good)});
        const QByteArray plain = encode(QCborArray{QCborValue(QStringLiteral("x"))}).mid(1);
        const QByteArray odd = value.mid(1);
        chunk.replace(chunk.indexOf(plain), plain.size(), odd); // the first value of the row
        CHECK_FALSE(decodeChunkRows(chunk, &decoded));
    }

    QCborArray unknownTable = good;
    unknownTable[0] = QStringLiteral("nowhere");
    CHECK_FALSE(decodeChunkRows(encode(QCborArray{QCborValue(unknownTable)}), &decoded));
    QCborArray shortRow = good;
    shortRow.removeLast();
    CHECK_FALSE(decodeChunkRows(encode(QCborArray{QCborValue(shortRow)}), &decoded));
    CHECK_FALSE(decodeChunkRows(encode(QCborArray{QCborValue(good)}).left(40), &decoded)); // cut short
    CHECK_FALSE(decodeChunkRows(QByteArray(), &decoded));
}
