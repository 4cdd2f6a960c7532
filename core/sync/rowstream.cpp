#include "sync/rowstream.h"

#include <QCborStreamReader>

#include <limits>

namespace capacita {

namespace {

const TableSpec *specNamed(const QString &name)
{
    for (const TableSpec &s : schema::syncedTables()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// Reads rows of the shape RowState::toCbor writes: [table, id, deleted, {site: n},
// [values...], [[hlc, site, n]...]]. Every method returns false at anything else.
class ChunkReader
{
public:
    explicit ChunkReader(const QByteArray &cbor) : m_r(cbor) {}

    bool rows(QList<DecodedRow> *out)
    {
        if (!enter(false))
            return false;
        while (m_r.hasNext()) {
            DecodedRow row;
            if (!readRow(&row))
                return false;
            out->append(std::move(row));
        }
        return m_r.leaveContainer() && m_r.lastError() == QCborError::NoError;
    }

private:
    bool enter(bool map)
    {
        return (map ? m_r.isMap() : m_r.isArray()) && m_r.enterContainer();
    }

    // Only what QCborValue keeps as an integer (qint64); larger ones it turns into doubles.
    bool integer(qint64 *out)
    {
        if (m_r.isUnsignedInteger()) {
            const quint64 v = m_r.toUnsignedInteger();
            if (v > quint64(std::numeric_limits<qint64>::max()))
                return false;
            *out = qint64(v);
        } else if (m_r.isNegativeInteger()) {
            const quint64 magnitude = quint64(m_r.toNegativeInteger()); // the value is -magnitude
            if (magnitude == 0 || magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
                return false;
            *out = qint64(-(magnitude - 1)) - 1;
        } else {
            return false;
        }
        return m_r.next();
    }

    bool string(QString *out)
    {
        if (!m_r.isString())
            return false;
        // A string written in one piece (as Capacita writes them) is taken as read, not copied.
        auto part = m_r.readString();
        QString text = std::move(part.data);
        while (part.status == QCborStreamReader::Ok) {
            part = m_r.readString();
            text += part.data;
        }
        if (part.status != QCborStreamReader::EndOfString)
            return false;
        // QCborValue::toString() gives a null QString for an empty one (which then binds
        // NULL, not ''), so the same here.
        *out = text.isEmpty() ? QString() : text;
        return true;
    }

    // null, text, integer or double, as fromCbor turns them into QVariants.
    bool value(QVariant *out)
    {
        if (m_r.isNull()) {
            *out = QVariant();
            return m_r.next();
        }
        if (m_r.isString()) {
            QString text;
            if (!string(&text))
                return false;
            *out = text;
            return true;
        }
        if (m_r.isDouble()) { // 64-bit only; half and single precision go the slow way
            *out = m_r.toDouble();
            return m_r.next();
        }
        qint64 n = 0;
        if (!integer(&n))
            return false;
        *out = n;
        return true;
    }

    bool versionVector(VersionVector *vv)
    {
        if (!enter(true))
            return false;
        while (m_r.hasNext()) {
            QString site;
            qint64 n = 0;
            if (!string(&site) || !integer(&n) || n < 0)
                return false;
            vv->insert(site, n);
        }
        return m_r.leaveContainer();
    }

    bool values(qsizetype n, QVariantList *out)
    {
        if (!enter(false))
            return false;
        out->reserve(n);
        while (m_r.hasNext()) {
            QVariant v;
            if (out->size() == n || !value(&v))
                return false;
            out->append(std::move(v));
        }
        return out->size() == n && m_r.leaveContainer();
    }

    bool stamp(FieldStamp *out)
    {
        qint64 hlc = 0;
        if (!enter(false) || !integer(&hlc) || !string(&out->site) || !integer(&out->counter) || m_r.hasNext())
            return false;
        out->hlc = std::uint64_t(hlc);
        return m_r.leaveContainer();
    }

    bool stamps(qsizetype n, QList<FieldStamp> *out)
    {
        if (!enter(false))
            return false;
        out->reserve(n);
        while (m_r.hasNext()) {
            FieldStamp s;
            if (out->size() == n || !stamp(&s))
                return false;
            out->append(std::move(s));
        }
        return out->size() == n && m_r.leaveContainer();
    }

    bool readRow(DecodedRow *out)
    {
        RowState &r = out->row;
        if (!enter(false) || !string(&r.table) || !(out->spec = specNamed(r.table)) || !string(&r.id) || r.id.isEmpty()
            || !integer(&r.deleted) || r.deleted < 0)
            return false;
        const qsizetype n = out->spec->fields.size();
        if (!versionVector(&r.vv) || !values(n, &r.values) || !stamps(n, &r.stamps) || m_r.hasNext())
            return false;
        return m_r.leaveContainer();
    }

    QCborStreamReader m_r;
};

} // namespace

bool decodeChunkRows(const QByteArray &cbor, QList<DecodedRow> *out)
{
    ChunkReader reader(cbor);
    if (reader.rows(out))
        return true;
    out->clear();
    return false;
}

} // namespace capacita
