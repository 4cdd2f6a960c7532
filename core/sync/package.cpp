#include "sync/package.h"

#include "sync/crypto.h"
#include "sync/rowstream.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QDataStream>
#include <QtEndian>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

namespace {
// glibc keeps freed small blocks (the chunks) for later small allocations; the file being
// built is one large block that cannot reuse them, so without giving them back the package
// would be held twice at the end of finish() (a third of a full export's peak).
void giveBackFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
} // namespace

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
    constexpr qsizetype kTrimEvery = 16 * 1024 * 1024;
    qsizetype freed = 0;
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        const QByteArray cipher = enc.push(m_chunks.at(i), ad, i + 1 == m_chunks.size());
        freed += m_chunks.at(i).size();
        m_chunks[i] = {}; // keep the plain and the encrypted package from both being in memory
        file.append(u32(quint32(cipher.size()))).append(cipher);
        if (freed >= kTrimEvery) {
            giveBackFreedMemory();
            freed = 0;
        }
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

PackageReader::PackageReader(QByteArray file, PackageHeader header, QByteArray datasetKey)
    : m_file(std::move(file)), m_header(std::move(header)), m_key(std::move(datasetKey))
{
}

std::optional<PackageFailure> PackageReader::verify()
{
    if (m_verified)
        return std::nullopt;
    if (m_file.size() < kPrefixBytes) // not from readPackageHeader(); shorter than any payload
        return PackageFailure{PackageProblem::Truncated, str("payload")};
    const quint32 headerLength = qFromBigEndian<quint32>(m_file.constData() + 10);
    const qsizetype minimum = kPrefixBytes + qsizetype(headerLength) + crypto::kStreamHeaderBytes + crypto::kSignatureBytes;
    if (m_file.size() < minimum)
        return PackageFailure{PackageProblem::Truncated, str("payload")};
    const qsizetype signedLength = m_file.size() - crypto::kSignatureBytes;
    // A truncated file fails here too: its last 64 bytes are not a signature over the rest.
    // The signed part is a view of the file, not a copy of it.
    if (!crypto::verify(QByteArray::fromRawData(m_file.constData(), signedLength), m_file.mid(signedLength),
            m_header.originKey))
        return PackageFailure{PackageProblem::Damaged, str("signature")};
    auto failure = decryptChunks({});
    m_verified = !failure;
    return failure;
}

std::optional<PackageFailure> PackageReader::forEachChunk(const std::function<bool(const QByteArray &)> &visit)
{
    if (auto failure = verify())
        return failure;
    return decryptChunks(visit);
}

std::optional<PackageFailure> PackageReader::forEachRow(const RowVisitor &visit)
{
    std::optional<PackageFailure> decodeFailure;
    auto failure = forEachChunk([&](const QByteArray &chunk) {
        bool stopped = false;
        decodeFailure = forEachChunkRow(chunk, visit, &stopped);
        return !stopped && !decodeFailure;
    });
    return decodeFailure ? decodeFailure : failure;
}

// One pass over the chunks with a fresh stream state from the file's stream header. Each
// chunk's plaintext lives only during its visit. Without a visitor (verify) every chunk is
// authenticated and the framing checked to the end; a visitor that returns false stops the
// pass there, without a failure.
std::optional<PackageFailure> PackageReader::decryptChunks(const std::function<bool(const QByteArray &)> &visit) const
{
    const quint32 headerLength = qFromBigEndian<quint32>(m_file.constData() + 10);
    const qsizetype payloadStart = kPrefixBytes + headerLength;
    const qsizetype signedLength = m_file.size() - crypto::kSignatureBytes;
    const QByteArray ad = crypto::hash32(m_file.left(payloadStart));
    crypto::StreamDecryptor dec;
    if (!dec.init(m_key, m_file.mid(payloadStart, crypto::kStreamHeaderBytes)))
        return PackageFailure{PackageProblem::WrongKey, {}};
    qint64 chunks = 0;
    QByteArray plain;
    qsizetype pos = payloadStart + crypto::kStreamHeaderBytes;
    bool final = false;
    while (pos < signedLength && !final) {
        if (pos + 4 > signedLength)
            return PackageFailure{PackageProblem::Truncated, str("chunk length")};
        const quint32 length = qFromBigEndian<quint32>(m_file.constData() + pos);
        pos += 4;
        if (qsizetype(length) > signedLength - pos)
            return PackageFailure{PackageProblem::Truncated, str("chunk")};
        if (!dec.pull(QByteArray::fromRawData(m_file.constData() + pos, length), ad, &plain, &final))
            return PackageFailure{chunks == 0 ? PackageProblem::WrongKey : PackageProblem::Damaged, str("chunk")};
        pos += length;
        ++chunks;
        if (visit && !visit(plain))
            return std::nullopt;
    }
    if (!final)
        return PackageFailure{PackageProblem::Truncated, str("final chunk")};
    if (pos != signedLength || chunks != m_header.chunks)
        return PackageFailure{PackageProblem::Damaged, str("chunk count")};
    return std::nullopt;
}

std::optional<PackageFailure> forEachChunkRow(const QByteArray &chunk, const RowVisitor &visit, bool *stopped)
{
    *stopped = false;
    if (chunk.size() < 4 || qFromBigEndian<quint32>(chunk.constData()) > kMaxChunkPlainBytes)
        return PackageFailure{PackageProblem::Damaged, str("chunk size")};
    const QByteArray cbor = qUncompress(chunk);
    // The usual chunk is read straight from the stream; anything unusual (a damaged or
    // foreign package) below, which says what is wrong after the same rows as always.
    QList<DecodedRow> decoded;
    if (decodeChunkRows(cbor, &decoded)) {
        for (const DecodedRow &d : std::as_const(decoded)) {
            if (!visit(*d.spec, d.row)) {
                *stopped = true;
                return std::nullopt;
            }
        }
        return std::nullopt;
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
        if (!visit(*spec, *row)) {
            *stopped = true;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace capacita
