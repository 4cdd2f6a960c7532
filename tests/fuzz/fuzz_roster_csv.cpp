// libFuzzer target: a roster CSV file, as `import roster FILE.csv` reads it.
#include "importing/csvreader.h"
#include "rosterchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString encoding;
    (void)capacita::csvreader::decode(bytes, &encoding);
    const auto table = capacita::csvreader::parse(bytes);
    if (table)
        capacita::fuzz::exerciseTable(*table);
    return 0;
}
