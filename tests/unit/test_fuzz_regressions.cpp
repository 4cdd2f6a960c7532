// Inputs the fuzzers (tests/fuzz) found to break a reader, kept as ordinary tests so the
// normal and the ASan suites check the fixes on every run.
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "sync/package.h"
#include "support/testsupport.h"

#include <QCborMap>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

QByteArray workbookWithSheet(const QByteArray &sheetXml)
{
    auto zip = writeZip({
        {u"xl/workbook.xml"_s,
         "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"Hoja1\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml},
    });
    REQUIRE(zip);
    return *zip;
}

} // namespace

TEST_CASE("xlsx row numbers past the last row of Excel are ignored (fuzz regression)", "[import][xlsx][fuzz]")
{
    // r="2147483647" used to make the next row's number overflow an int (UBSan).
    const auto t = xlsxreader::parse(workbookWithSheet(
        "<worksheet><sheetData>"
        "<row r=\"2147483647\"><c t=\"inlineStr\"><is><t>dni</t></is></c></row>"
        "<row><c t=\"inlineStr\"><is><t>01234567</t></is></c></row>"
        "<row r=\"1048577\"><c t=\"inlineStr\"><is><t>76543210</t></is></c></row>"
        "</sheetData></worksheet>"));
    REQUIRE(t);
    CHECK(t->header == QStringList{u"dni"_s});
    CHECK(t->headerLine == 1);
    REQUIRE(t->records.size() == 2);
    CHECK(t->records.at(0).line == 2);
    CHECK(t->records.at(1).line == 3);
    CHECK(t->records.at(1).cell(0).text == u"76543210"_s);
}

TEST_CASE("a sync package header with numbers out of range is refused as damaged (fuzz regression)", "[sync][fuzz]")
{
    // A double where an integer belongs (here 1.8e19, past qint64) used to reach
    // QCborValue::toInteger(), whose conversion of it is undefined behaviour (UBSan).
    for (const char *field : {"schema", "seq_to", "chunks", "format"}) {
        QCborMap m{{u"format"_s, 1}, {u"package_id"_s, u"p"_s}, {u"dataset_id"_s, u"d"_s}, {u"origin"_s, u"o"_s},
                   {u"schema"_s, 1}, {u"seq_from"_s, 0}, {u"seq_to"_s, 1}, {u"chunks"_s, 1},
                   {u"counts"_s, QCborMap{{u"participant"_s, 1.8e19}}}};
        m.insert(QString::fromLatin1(field), 1.8e19);
        const QByteArray header = m.toCborValue().toCbor();
        QByteArray file = QByteArrayLiteral("CAPASYNC\x00\x01");
        const quint32 length = quint32(header.size());
        for (int shift : {24, 16, 8, 0})
            file.append(char((length >> shift) & 0xff));
        file.append(header);
        const auto parsed = readPackageHeader(file);
        INFO(field);
        const auto *failure = std::get_if<PackageFailure>(&parsed);
        REQUIRE(failure);
        CHECK(failure->problem == PackageProblem::Damaged);
    }
}
