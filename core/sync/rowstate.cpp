#include "sync/rowstate.h"

#include "sync/hlc.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capacita {

// A row travels as [table, id, deleted, {site: n}, [values...], [[hlc, site, n]...]].
QCborArray RowState::toCbor(const TableSpec &spec) const
{
    QCborMap vvMap;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        vvMap.insert(it.key(), it.value());
    QCborArray vals;
    QCborArray st;
    for (int i = 0; i < spec.fields.size(); ++i) {
        vals.append(QCborValue::fromVariant(values.value(i)));
        const FieldStamp &s = stamps.at(i);
        st.append(QCborArray{qint64(s.hlc), s.site, s.counter});
    }
    return {table, id, deleted, vvMap, vals, st};
}

std::optional<RowState> RowState::fromCbor(const QCborArray &a, const TableSpec &spec)
{
    const auto n = spec.fields.size();
    if (a.size() != 6 || !a.at(0).isString() || !a.at(1).isString() || !a.at(2).isInteger() || !a.at(3).isMap()
        || !a.at(4).isArray() || !a.at(5).isArray())
        return std::nullopt;
    RowState r;
    r.table = a.at(0).toString();
    r.id = a.at(1).toString();
    r.deleted = a.at(2).toInteger();
    if (r.table != spec.name || r.id.isEmpty() || r.deleted < 0)
        return std::nullopt;
    const QCborMap vvMap = a.at(3).toMap();
    for (auto it = vvMap.cbegin(); it != vvMap.cend(); ++it) {
        if (!it.key().isString() || !it.value().isInteger() || it.value().toInteger() < 0)
            return std::nullopt;
        r.vv.insert(it.key().toString(), it.value().toInteger());
    }
    const QCborArray vals = a.at(4).toArray();
    const QCborArray st = a.at(5).toArray();
    if (vals.size() != n || st.size() != n)
        return std::nullopt;
    for (qsizetype i = 0; i < n; ++i) {
        const QCborValue v = vals.at(i);
        if (!(v.isNull() || v.isString() || v.isInteger() || v.isDouble()))
            return std::nullopt;
        r.values.append(v.isNull() ? QVariant() : v.toVariant());
        const QCborArray s = st.at(i).toArray();
        if (s.size() != 3 || !s.at(0).isInteger() || !s.at(1).isString() || !s.at(2).isInteger())
            return std::nullopt;
        r.stamps.append({std::uint64_t(s.at(0).toInteger()), s.at(1).toString(), s.at(2).toInteger()});
    }
    return r;
}

VersionVector parseVersionVector(const QString &json)
{
    VersionVector vv;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        vv.insert(it.key(), it.value().toInteger());
    return vv;
}

QString versionVectorJson(const VersionVector &vv)
{
    QJsonObject o;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<FieldStamp> parseStamps(const QString &json, const TableSpec &spec)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<FieldStamp> out;
    out.reserve(spec.fields.size());
    for (const QString &f : spec.fields) {
        const QJsonArray a = o.value(f).toArray();
        out.append(a.isEmpty() ? FieldStamp{}
                               : FieldStamp{Hlc::fromText(a.at(0).toString()), a.at(1).toString(), a.at(2).toInteger()});
    }
    return out;
}

QString stampsJson(const QList<FieldStamp> &stamps, const TableSpec &spec)
{
    QJsonObject o;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldStamp &s = stamps.at(i);
        if (s.hlc != 0)
            o.insert(spec.fields.at(i), QJsonArray{Hlc::toText(s.hlc), s.site, s.counter});
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace capacita
