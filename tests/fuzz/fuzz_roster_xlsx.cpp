// libFuzzer target: a roster .xlsx workbook, read from memory as `import roster FILE.xlsx`
// reads it. An input starting with "PK" is taken as the zip itself (container, libzip, size
// caps). Any other input is the workbook's XML parts separated by the byte 0x1E, zipped by the
// harness: mutations of a real zip hardly ever survive deflate and its CRC, so this second
// form is what lets the fuzzer reach the XML readers. Parts, in order: workbook.xml, its
// relations, sheet1.xml, sharedStrings.xml, styles.xml (missing ones are left out).
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "rosterchecks.h"

using namespace capacita;

namespace {

QByteArray workbookFromParts(const QByteArray &input)
{
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                        "xl/sharedStrings.xml", "xl/styles.xml"};
    const QList<QByteArray> parts = input.split('\x1e');
    QList<QPair<QString, QByteArray>> entries;
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i)
        entries.append({QString::fromLatin1(names[i]), parts.at(i)});
    auto zip = writeZip(entries);
    return zip ? *zip : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : workbookFromParts(input);
    const auto names = xlsxreader::sheetNames(bytes);
    if (!names)
        return 0;
    const auto table = xlsxreader::parse(bytes);
    if (table)
        fuzz::exerciseTable(*table);
    // A named sheet takes the other lookup path (exact, then case-insensitive).
    if (names->size() > 1)
        (void)xlsxreader::parse(bytes, names->last().toUpper());
    return 0;
}
