// libFuzzer target: the plaintext of a sync package chunk, as it is after decryption (which a
// fuzzer cannot forge its way through): the CBOR rows, then the merge of each row into an
// empty and into an equal local row, as `sync import` does. The input is the uncompressed
// CBOR; the harness compresses it the way PackageWriter does. The seeds come from
// fuzz_sync_package (CAPACITA_FUZZ_DUMP_CHUNKS).
#include "sync/merge.h"
#include "sync/package.h"

#include <cstdlib>

using namespace capacita;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray cbor(reinterpret_cast<const char *>(data), qsizetype(size));
    bool stopped = false;
    (void)forEachChunkRow(qCompress(cbor, 1), [](const TableSpec &spec, const RowState &row) {
        (void)mergeRow(spec, std::nullopt, row);
        (void)mergeRow(spec, row, row);
        // A row that was accepted must travel on: the next export writes it again.
        if (!RowState::fromCbor(row.toCbor(spec), spec))
            std::abort();
        return true;
    }, &stopped);
    return 0;
}
