#include "sync/package.h"

#include "sync/crypto.h"
#include "sync/rowstream.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QDataStream>
#include <QtEndian>

namespace capacita {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CAPASYNC");
constexpr qsizetype kMaxHeaderBytes = 1024 * 1024;
constexpr qsizetype kMaxChunkPlainBytes = 64 * 1024 * 1024; // refuse decompression bombs
constexpr qsizetype kPrefixBytes = 8 + 2 + 4;

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QCborMap headerToCbor(const PackageHeader &h)
{
    QCborMap counts;
    for (auto it = h.counts.cbegin(); it != h.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QCborMap acks;
    for (auto it = h.acks.cbegin(); it != h.acks.cend(); ++it)
        acks.insert(it.key(), it.value());
    QCborMap m;
    m.insert(str("format"), h.format);
    m.insert(str("acks"), acks);
    m.insert(str("package_id"), h.packageId);
    m.insert(str("dataset_id"), h.datasetId);
    m.insert(str("dataset_name"), h.datasetName);
    m.insert(str("origin"), h.origin);
    m.insert(str("origin_key"), h.originKey);
    m.insert(str("origin_name"), h.originName);
    m.insert(str("schema"), h.schemaVersion);
    m.insert(str("created_hlc"), qint64(h.createdHlc));
    m.insert(str("seq_from"), h.seqFrom);
    m.insert(str("seq_to"), h.seqTo);
    m.insert(str("full"), h.full);
    m.insert(str("to"), h.to);
    m.insert(str("counts"), counts);
    m.insert(str("chunks"), h.chunks);
    return m;
}

// Only CBOR integers: QCborValue::toInteger() converts a double too, and an out-of-range one
// (a forged header) is undefined behaviour.
qint64 integerOr(const QCborValue &v, qint64 fallback)
{
    return v.isInteger() ? v.toInteger() : fallback;
}

std::optional<PackageHeader> headerFromCbor(const QCborMap &m)
{
    PackageHeader h;
    auto text = [&](const char *k) { return m.value(str(k)).toString(); };
    auto integer = [&](const char *k) { return integerOr(m.value(str(k)), -1); };
    h.format = int(integer("format"));
    h.packageId = text("package_id");
    h.datasetId = text("dataset_id");
    h.datasetName = text("dataset_name");
    h.origin = text("origin");
    h.originKey = m.value(str("origin_key")).toByteArray();
    h.originName = text("origin_name");
    h.schemaVersion = int(integer("schema"));
    h.createdHlc = std::uint64_t(integer("created_hlc"));
    h.seqFrom = integer("seq_from");
    h.seqTo = integer("seq_to");
    h.full = m.value(str("full")).toBool();
    h.to = text("to");
    h.chunks = integer("chunks");
    const QCborMap counts = m.value(str("counts")).toMap();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        h.counts.insert(it.key().toString(), integerOr(it.value(), 0));
    const QCborMap acks = m.value(str("acks")).toMap();
    for (auto it = acks.cbegin(); it != acks.cend(); ++it)
        h.acks.insert(it.key().toString(), integerOr(it.value(), 0));
    if (h.packageId.isEmpty() || h.datasetId.isEmpty() || h.origin.isEmpty() || h.schemaVersion < 1 || h.chunks < 1
        || h.seqFrom < 0 || h.seqTo < h.seqFrom)
        return std::nullopt;
    return h;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

const TableSpec *specNamed(const QString &name)
{
    for (const TableSpec &s : schema::syncedTables()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace

PackageWriter::PackageWriter(PackageHeader header, QByteArray datasetKey, QByteArray signingSecretKey,
                             qsizetype chunkBytes)
    : m_header(std::move(header)), m_key(std::move(datasetKey)), m_secret(std::move(signingSecretKey))
    , m_chunkBytes(chunkBytes)
{
}

void PackageWriter::addRow(const TableSpec &spec, const RowState &row)
{
    const QCborArray cbor = row.toCbor(spec);
    m_pendingBytes += 64 + row.id.size() * 2 + row.values.size() * 48;
    m_pending.append(cbor);
    m_header.counts[spec.name] += 1;
    if (m_pendingBytes >= m_chunkBytes)
        flushChunk();
}

void PackageWriter::flushChunk()
{
    m_chunks.append(qCompress(QCborValue(m_pending).toCbor(), 6));
    m_pending = {};
    m_pendingBytes = 0;
}

QByteArray PackageWriter::finish()
{
    if (!m_pending.isEmpty() || m_chunks.isEmpty())
        flushChunk(); // an empty package still has one (empty) chunk, tagged FINAL
    m_header.chunks = m_chunks.size();
    const QByteArray header = headerToCbor(m_header).toCborValue().toCbor();

    QByteArray file = kMagic;
    file.append(char(PackageHeader::kFormat >> 8)).append(char(PackageHeader::kFormat & 0xff));
    file.append(u32(quint32(header.size()))).append(header);
    const QByteArray ad = crypto::hash32(file);
    crypto::StreamEncryptor enc(m_key);
    qsizetype total = file.size() + 256;
    for (const QByteArray &chunk : std::as_const(m_chunks))
        total += chunk.size() + 64; // length, encryption overhead
    file.reserve(total); // growing by doubling would hold up to twice the package
    file.append(enc.header());
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        const QByteArray cipher = enc.push(m_chunks.at(i), ad, i + 1 == m_chunks.size());
        m_chunks[i] = {}; // keep the plain and the encrypted package from both being in memory
        file.append(u32(quint32(cipher.size()))).append(cipher);
    }
    m_chunks.clear();
    file.append(crypto::sign(file, m_secret));
    return file;
}

std::variant<PackageHeader, PackageFailure> readPackageHeader(const QByteArray &file)
{
    if (file.size() < kPrefixBytes || !file.startsWith(kMagic))
        return PackageFailure{PackageProblem::NotAPackage, {}};
    const int format = (quint8(file.at(8)) << 8) | quint8(file.at(9));
    if (format > PackageHeader::kFormat)
        return PackageFailure{PackageProblem::NewerFormat, QString::number(format)};
    const quint32 length = qFromBigEndian<quint32>(file.constData() + 10);
    if (length == 0 || length > kMaxHeaderBytes || kPrefixBytes + qsizetype(length) > file.size())
        return PackageFailure{PackageProblem::Truncated, str("header")};
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(file.mid(kPrefixBytes, length), &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return PackageFailure{PackageProblem::Damaged, str("header")};
    auto header = headerFromCbor(value.toMap());
    if (!header || header->format != format)
        return PackageFailure{PackageProblem::Damaged, str("header fields")};
    return *header;
}

std::variant<QList<QByteArray>, PackageFailure> openPackage(const QByteArray &file, const PackageHeader &header,
    const QByteArray &datasetKey)
{
    const quint32 headerLength = qFromBigEndian<quint32>(file.constData() + 10);
    const qsizetype payloadStart = kPrefixBytes + headerLength;
    const qsizetype minimum = payloadStart + crypto::kStreamHeaderBytes + crypto::kSignatureBytes;
    if (file.size() < minimum)
        return PackageFailure{PackageProblem::Truncated, str("payload")};
    const qsizetype signedLength = file.size() - crypto::kSignatureBytes;
    // A truncated file fails here too: its last 64 bytes are not a signature over the rest.
    if (!crypto::verify(file.left(signedLength), file.mid(signedLength), header.originKey))
        return PackageFailure{PackageProblem::Damaged, str("signature")};

    const QByteArray ad = crypto::hash32(file.left(payloadStart));
    crypto::StreamDecryptor dec;
    if (!dec.init(datasetKey, file.mid(payloadStart, crypto::kStreamHeaderBytes)))
        return PackageFailure{PackageProblem::WrongKey, {}};
    QList<QByteArray> chunks;
    qsizetype pos = payloadStart + crypto::kStreamHeaderBytes;
    bool final = false;
    while (pos < signedLength && !final) {
        if (pos + 4 > signedLength)
            return PackageFailure{PackageProblem::Truncated, str("chunk length")};
        const quint32 length = qFromBigEndian<quint32>(file.constData() + pos);
        pos += 4;
        if (qsizetype(length) > signedLength - pos)
            return PackageFailure{PackageProblem::Truncated, str("chunk")};
        QByteArray plain;
        if (!dec.pull(file.mid(pos, length), ad, &plain, &final))
            return PackageFailure{chunks.isEmpty() ? PackageProblem::WrongKey : PackageProblem::Damaged, str("chunk")};
        pos += length;
        chunks.append(plain);
    }
    if (!final)
        return PackageFailure{PackageProblem::Truncated, str("final chunk")};
    if (pos != signedLength || chunks.size() != header.chunks)
        return PackageFailure{PackageProblem::Damaged, str("chunk count")};
    return chunks;
}

std::optional<PackageFailure> forEachPackageRow(const QList<QByteArray> &chunks,
    const std::function<bool(const TableSpec &, const RowState &)> &visit)
{
    for (const QByteArray &chunk : chunks) {
        if (chunk.size() < 4 || qFromBigEndian<quint32>(chunk.constData()) > kMaxChunkPlainBytes)
            return PackageFailure{PackageProblem::Damaged, str("chunk size")};
        const QByteArray cbor = qUncompress(chunk);
        // The usual chunk is read straight from the stream; anything unusual (a damaged or
        // foreign package) below, which says what is wrong after the same rows as always.
        QList<DecodedRow> decoded;
        if (decodeChunkRows(cbor, &decoded)) {
            for (const DecodedRow &d : std::as_const(decoded)) {
                if (!visit(*d.spec, d.row))
                    return std::nullopt;
            }
            continue;
        }
        QCborParserError error;
        const QCborValue rows = QCborValue::fromCbor(cbor, &error);
        if (error.error != QCborError::NoError || !rows.isArray())
            return PackageFailure{PackageProblem::Damaged, str("rows")};
        for (const QCborValue &value : rows.toArray()) {
            const QCborArray a = value.toArray();
            const TableSpec *spec = specNamed(a.at(0).toString());
            if (!spec)
                return PackageFailure{PackageProblem::Damaged, str("table")};
            const auto row = RowState::fromCbor(a, *spec);
            if (!row)
                return PackageFailure{PackageProblem::Damaged, str("row")};
            if (!visit(*spec, *row))
                return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace capacita
