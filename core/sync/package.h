#pragma once

#include "domain/result.h"
#include "sync/rowstate.h"

#include <QByteArray>
#include <QMap>

#include <functional>

namespace capacita {

// The sync package container (docs/sync-format.md):
//   "CAPASYNC" | u16 format | u32 header length | header (CBOR map)
//   | secretstream header (24) | chunks: u32 length + ciphertext ... (last tagged FINAL)
//   | Ed25519 signature (64) over everything before it.
// Each chunk's plaintext is a zlib-compressed CBOR array of row states; every chunk carries the
// BLAKE2b hash of the magic+header as associated data, binding the header to the payload.
struct PackageHeader
{
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString packageId;
    QString datasetId;
    QString datasetName;
    QString origin;       // site id of the laptop that wrote it
    QByteArray originKey; // its Ed25519 public key
    QString originName;
    int schemaVersion = 0;
    std::uint64_t createdHlc = 0;
    qint64 seqFrom = 0; // origin's local change range (seqFrom, seqTo]
    qint64 seqTo = 0;
    bool full = false;
    QString to; // intended peer, informational
    QMap<QString, qint64> counts; // rows per table
    QMap<QString, qint64> acks;   // per site: its seq up to which the origin holds everything
    qint64 chunks = 0;
};

class PackageWriter
{
public:
    // chunkBytes: plaintext size at which a chunk is closed (small values only in tests).
    PackageWriter(PackageHeader header, QByteArray datasetKey, QByteArray signingSecretKey,
                  qsizetype chunkBytes = 512 * 1024);
    void addRow(const TableSpec &spec, const RowState &row);
    const PackageHeader &header() const { return m_header; }
    QByteArray finish(); // the complete, signed file

private:
    void flushChunk();

    PackageHeader m_header;
    QByteArray m_key;
    QByteArray m_secret;
    QCborArray m_pending;
    qsizetype m_pendingBytes = 0;
    qsizetype m_chunkBytes;
    QList<QByteArray> m_chunks; // compressed plaintext, encrypted only in finish()
};

// Why a package is refused; the service turns these into messages that say what to do.
enum class PackageProblem {
    NotAPackage,
    NewerFormat,
    Damaged,      // header unreadable, signature or decryption failed, chunks altered
    Truncated,    // ended before its FINAL chunk
    WrongKey,     // does not decrypt with this dataset's key
};

struct PackageFailure
{
    PackageProblem problem;
    QString detail;
};

// Stage 1: the header only (magic, format, CBOR). Nothing is decrypted.
std::variant<PackageHeader, PackageFailure> readPackageHeader(const QByteArray &file);

using RowVisitor = std::function<bool(const TableSpec &, const RowState &)>;

// Stages 2 and 3 over the bytes of a file whose header readPackageHeader() returned. The
// chunks are decrypted one at a time, twice (once to authenticate them all, once for their
// rows), so a package of a million rows is never held decrypted as a whole: decrypting again
// costs far less than the memory of a second copy. The file is shared, not copied; it must
// not change while it is read.
class PackageReader
{
public:
    PackageReader(QByteArray file, PackageHeader header, QByteArray datasetKey);

    // Stage 2: the signature against the header's originKey, then every chunk decrypted and
    // authenticated, FINAL last, nothing after it, as many as the header says. Keeps no
    // plaintext.
    std::optional<PackageFailure> verify();

    // Stage 3: the rows, in order, decrypting and decoding one chunk at a time. Verifies first
    // unless verify() succeeded, so no row of a package is seen before all of it is
    // authenticated. The visitor returns false to stop; a failure when a chunk does not decode
    // (which a verified package from a correct writer never has).
    std::optional<PackageFailure> forEachRow(const RowVisitor &visit);

    // The same for the chunks themselves (compressed plaintext), for tools that look inside.
    std::optional<PackageFailure> forEachChunk(const std::function<bool(const QByteArray &)> &visit);

private:
    std::optional<PackageFailure> decryptChunks(const std::function<bool(const QByteArray &)> &visit) const;

    QByteArray m_file;
    PackageHeader m_header;
    QByteArray m_key;
    bool m_verified = false;
};

// The rows of one opened chunk (compressed plaintext), in order. Sets *stopped when the
// visitor returned false; returns a failure when the chunk does not decode.
std::optional<PackageFailure> forEachChunkRow(const QByteArray &chunk, const RowVisitor &visit, bool *stopped);

} // namespace capacita
