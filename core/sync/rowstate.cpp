#include "sync/rowstate.h"

#include "domain/jsontext.h"
#include "sync/hlc.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

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
        // An empty value is CBOR null, as fromCbor() reads it (fromVariant() would give
        // "undefined", which no laptop accepts).
        const QVariant value = values.value(i);
        vals.append(value.isValid() ? QCborValue::fromVariant(value) : QCborValue(nullptr));
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

namespace {

// The stored JSON is parsed and written once per row by sync import and export; going
// through QJsonDocument for it was a large share of their time. This reader and the
// writers below (JsonText) give exactly what QJsonDocument::Compact gives for these
// shapes (keys in sorted order); anything else read falls back to QJsonDocument.

// A cursor over the stored text that accepts only the simple shapes the writers give.
class Reader
{
public:
    explicit Reader(QStringView text) : m_s(text) {}
    bool eat(char16_t c)
    {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool peek(char16_t c) const { return m_i < m_s.size() && m_s[m_i] == c; }
    bool atEnd() const { return m_i == m_s.size(); }
    // A string without escapes (anything else: not the simple shape).
    bool string(QStringView *out)
    {
        if (!eat(u'"'))
            return false;
        const qsizetype from = m_i;
        while (m_i < m_s.size() && m_s[m_i] != u'"') {
            if (m_s[m_i] == u'\\')
                return false;
            ++m_i;
        }
        if (m_i == m_s.size())
            return false;
        *out = m_s.mid(from, m_i - from);
        ++m_i;
        return true;
    }
    bool integer(qint64 *out)
    {
        const qsizetype from = m_i;
        qint64 v = 0;
        while (m_i < m_s.size() && m_s[m_i] >= u'0' && m_s[m_i] <= u'9' && m_i - from < 18)
            v = v * 10 + (m_s[m_i++].unicode() - u'0');
        *out = v;
        return m_i > from && !(m_i < m_s.size() && m_s[m_i] >= u'0' && m_s[m_i] <= u'9');
    }

private:
    QStringView m_s;
    qsizetype m_i = 0;
};

bool fastVersionVector(QStringView json, VersionVector *vv)
{
    Reader r(json);
    if (!r.eat(u'{'))
        return false;
    if (r.eat(u'}'))
        return r.atEnd();
    do {
        QStringView key;
        qint64 n = 0;
        if (!r.string(&key) || !r.eat(u':') || !r.integer(&n))
            return false;
        vv->insert(key.toString(), n);
    } while (r.eat(u','));
    return r.eat(u'}') && r.atEnd();
}

bool fastStamps(QStringView json, const TableSpec &spec, QList<FieldStamp> *out)
{
    Reader r(json);
    if (!r.eat(u'{'))
        return false;
    if (r.eat(u'}'))
        return r.atEnd();
    do {
        QStringView field, hlc, site;
        qint64 counter = 0;
        if (!r.string(&field) || !r.eat(u':') || !r.eat(u'[') || !r.string(&hlc) || !r.eat(u',') || !r.string(&site)
            || !r.eat(u',') || !r.integer(&counter) || !r.eat(u']'))
            return false;
        const qsizetype i = spec.fields.indexOf(field);
        if (i >= 0)
            (*out)[i] = FieldStamp{hlc.toULongLong(nullptr, 16), site.toString(), counter};
    } while (r.eat(u','));
    return r.eat(u'}') && r.atEnd();
}

} // namespace

VersionVector parseVersionVector(const QString &json)
{
    VersionVector vv;
    if (fastVersionVector(json, &vv))
        return vv;
    vv.clear();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        vv.insert(it.key(), it.value().toInteger());
    return vv;
}

QString versionVectorJson(const VersionVector &vv)
{
    // QMap iterates in key order, as QJsonObject writes.
    JsonText out(2 + vv.size() * 52);
    out.raw(u'{');
    for (auto it = vv.cbegin(); it != vv.cend(); ++it) {
        if (it != vv.cbegin())
            out.raw(u',');
        out.string(it.key()).raw(u':').number(qint64(it.value()));
    }
    return out.raw(u'}').take();
}

QList<FieldStamp> parseStamps(const QString &json, const TableSpec &spec)
{
    QList<FieldStamp> out(spec.fields.size());
    if (fastStamps(json, spec, &out))
        return out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    out.clear();
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
    // Fields in sorted order, as QJsonObject writes them. Fields written together share one
    // stamp (all of them when a row is inserted): its text is made once.
    JsonText out(2 + spec.fields.size() * 88);
    out.raw(u'{');
    QString entry;
    const FieldStamp *entryOf = nullptr;
    for (const int i : spec.sortedFields) {
        const FieldStamp &s = stamps.at(i);
        if (s.hlc == 0)
            continue;
        if (!entryOf || s != *entryOf) {
            entry = JsonText(64).raw(u':').raw(u'[').hex16(s.hlc).raw(u',').string(s.site).raw(u',')
                        .number(qint64(s.counter)).raw(u']').take();
            entryOf = &s;
        }
        if (out.size() > 1)
            out.raw(u',');
        out.raw(spec.quotedFields.at(i)).raw(entry);
    }
    return out.raw(u'}').take();
}

} // namespace capacita
