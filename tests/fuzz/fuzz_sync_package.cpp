// libFuzzer target: a whole sync package file through the three stages of `sync import`:
// the header, then the signature and the decryption of every chunk, then the rows.
// The seeds (corpus/fuzz_sync_package) were written by capacita-cli with the keys in
// testkeys.h. Each input whose header names that device key is signed again before it is
// opened: otherwise hardly any mutation would get past the Ed25519 signature to the chunk
// framing and the decryption. Chunks the fuzzer leaves intact decrypt, so their rows are read.
#include "sync/crypto.h"
#include "sync/package.h"
#include "testkeys.h"

#include <QDir>
#include <QFile>

using namespace capacita;

namespace {

struct TestKeys
{
    QByteArray dataset = QByteArray::fromBase64(fuzz::kDatasetKeyBase64);
    QByteArray secret = QByteArray::fromBase64(fuzz::kDeviceSecretKeyBase64);
    QByteArray publicKey = secret.right(crypto::kPublicKeyBytes); // Ed25519: seed | public key
};

const TestKeys &keys()
{
    static const TestKeys k;
    return k;
}

// CAPACITA_FUZZ_DUMP_CHUNKS=DIR writes the uncompressed CBOR of every chunk that opens:
// the seeds of fuzz_sync_chunks (run this target with -runs=0 over its corpus).
void dumpChunks(PackageReader &reader)
{
    const QString dir = qEnvironmentVariable("CAPACITA_FUZZ_DUMP_CHUNKS");
    if (dir.isEmpty())
        return;
    (void)reader.forEachChunk([&](const QByteArray &chunk) {
        const QByteArray cbor = qUncompress(chunk);
        QFile out(QDir(dir).filePath(QString::fromLatin1(crypto::hash32(cbor).toHex().left(16))));
        if (out.open(QIODevice::WriteOnly))
            out.write(cbor);
        return true;
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    crypto::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = readPackageHeader(file);
    const auto *header = std::get_if<PackageHeader>(&parsed);
    if (!header)
        return 0;
    if (file.size() > crypto::kSignatureBytes && header->originKey == keys().publicKey) {
        const QByteArray body = file.left(file.size() - crypto::kSignatureBytes);
        file = body + crypto::sign(body, keys().secret);
    }
    PackageReader reader(file, *header, keys().dataset);
    if (reader.verify())
        return 0;
    dumpChunks(reader);
    (void)reader.forEachRow([](const TableSpec &, const RowState &) { return true; });
    return 0;
}
