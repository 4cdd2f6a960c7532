#include "importing/rosterfile.h"
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "support/testsupport.h"

#include <QFile>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return test::testDataPath(u"rosters/"_s + QString::fromLatin1(name));
}

RosterTable read(const char *name, const QString &sheet = {})
{
    auto t = xlsxreader::readFile(fixture(name), sheet);
    if (!t)
        FAIL(t.error().text().toStdString());
    return *t;
}

} // namespace

TEST_CASE("xlsx: Excel day numbers, with the 1900 leap-year bug", "[import][xlsx]")
{
    CHECK(xlsxreader::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(xlsxreader::dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(xlsxreader::dateFromSerial(60).isValid()); // 29 Feb 1900 never existed
    CHECK(xlsxreader::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(xlsxreader::dateFromSerial(45355) == QDate(2024, 3, 4));
    CHECK(xlsxreader::dateFromSerial(45355.75) == QDate(2024, 3, 4)); // the time of day is dropped
    CHECK(xlsxreader::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK_FALSE(xlsxreader::dateFromSerial(0).isValid());
    CHECK_FALSE(xlsxreader::dateFromSerial(-3).isValid());
    CHECK(xlsxreader::columnIndex(u"A1") == 0);
    CHECK(xlsxreader::columnIndex(u"p5") == 15);
    CHECK(xlsxreader::columnIndex(u"AA10") == 26);
    CHECK(xlsxreader::columnIndex(u"XFD1048576") == 16383);
    CHECK(xlsxreader::columnIndex(u"12") == -1);
}

TEST_CASE("xlsx: shared, rich and inline strings, numbers, date styles and sparse cells", "[import][xlsx]")
{
    const RosterTable t = read("cusco_shared_inline_sparse.xlsx");
    CHECK(t.source.contains(u"Participantes"_s));
    REQUIRE(t.header.size() == 20);
    CHECK(t.header.at(1) == u"Título"_s);
    CHECK(t.headerLine == 1);
    REQUIRE(t.records.size() == 2); // the empty row 3 is left out
    const RosterRecord &r = t.records.at(0);
    CHECK(r.line == 2);
    CHECK(r.cell(0).text == u"CUS-2024-05"_s);
    CHECK(r.cell(1).text == u"Trata de personas"_s); // inline string in two runs
    CHECK(r.cell(10).text == u"Quispe Mamani"_s); // rich shared string; the phonetic run is not text
    CHECK(r.cell(5).numeric);
    CHECK(r.cell(5).text == u"2024-03-04"_s); // built-in date format 14
    CHECK(r.cell(6).text == u"2024-03-08"_s); // custom format dd/mm/yyyy;@
    CHECK(r.cell(12).text == u"1985"_s); // a quoted "Día" in a format is not a date
    CHECK(r.cell(7).numeric);
    CHECK(r.cell(7).number == 5);
    CHECK(r.cell(8).text == u"4567890"_s); // as the number it is; the DNI parser pads it
    CHECK(r.cell(14).isBlank()); // institution missing from the sheet
    CHECK(r.cell(15).text == u"4"_s); // so attended stays in its own column
    CHECK(r.cell(16).number == 12.5);
    CHECK(r.cell(17).text == u"17.5"_s); // a formula's cached result
    CHECK(r.cell(19).text == u"TRUE"_s);

    const RosterRecord &sparse = t.records.at(1);
    CHECK(sparse.line == 5); // the sheet's row number
    CHECK(sparse.cell(9).text == u"Hilda"_s);
    CHECK(sparse.cell(10).text == u"Apaza"_s); // a cell without r follows the previous one
    CHECK(sparse.cell(15).text == u"5"_s);
    CHECK(sparse.cell(6).number == 45359); // a cell given out of order still lands in G
    CHECK(sparse.cell(6).text == u"45359"_s); // no date style: the plain number
    CHECK(sparse.cell(1).isBlank());
}

TEST_CASE("xlsx: a sheet by name, and a clear error for a missing one", "[import][xlsx]")
{
    const RosterTable t = read("cusco_shared_inline_sparse.xlsx", u"resumen"_s);
    CHECK(t.header == QStringList { QString(), u"total"_s, u"2"_s });
    CHECK(t.headerLine == 2);
    auto names = [] {
        QFile f(fixture("cusco_shared_inline_sparse.xlsx"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return xlsxreader::sheetNames(f.readAll());
    }();
    REQUIRE(names);
    CHECK(*names == QStringList { u"Participantes"_s, u"Resumen"_s });
    auto missing = xlsxreader::readFile(fixture("cusco_shared_inline_sparse.xlsx"), u"Hoja9"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(u"Participantes, Resumen"_s));
}

TEST_CASE("xlsx: a workbook written by libxlsxwriter", "[import][xlsx]")
{
    const RosterTable t = read("puno_xlsxwriter.xlsx");
    REQUIRE(t.records.size() == 2);
    CHECK(t.header.at(4) == u"fecha_inicio"_s);
    CHECK(t.records.at(0).cell(4).text == u"2024-06-03"_s);
    CHECK(t.records.at(1).cell(5).text == u"2024-06-05"_s);
    CHECK(t.records.at(1).cell(8).text == u"Teófilo"_s);
    CHECK(t.records.at(0).cell(7).number == 1234567);
}

TEST_CASE("xlsx: damaged workbooks are errors, not crashes", "[import][xlsx]")
{
    for (const char *name : { "truncated.xlsx", "broken_xml.xlsx", "bad_shared_index.xlsx" }) {
        INFO(name);
        auto t = rosterfile::read(fixture(name));
        REQUIRE_FALSE(t);
        CHECK_FALSE(t.error().message.isEmpty());
    }
    CHECK(rosterfile::read(fixture("broken_xml.xlsx")).error().message.contains(u"not valid XML"_s));
    CHECK_FALSE(xlsxreader::parse(QByteArray("PK\x03\x04 nothing more")).ok());
    CHECK_FALSE(xlsxreader::parse(QByteArray()).ok());
}

TEST_CASE("xlsx: a zip bomb is refused at the cap, not unpacked", "[import][xlsx]")
{
    QFile f(fixture("bomb.xlsx"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(f.size() < 1024 * 1024); // small on disk...
    auto t = xlsxreader::parse(f.readAll());
    REQUIRE_FALSE(t); // ...but its sheet unpacks past the cap
    CHECK(t.error().message.contains(u"more than"_s));

    // The cap is per read: the same entry passes a larger one.
    auto zipped = writeZip({ { u"big.xml"_s, QByteArray(100000, ' ') } });
    REQUIRE(zipped);
    auto archive = ZipArchive::open(*zipped);
    REQUIRE(archive);
    CHECK_FALSE((*archive)->read(u"big.xml"_s, 4096).ok());
    auto whole = (*archive)->read(u"big.xml"_s, 200000);
    REQUIRE(whole);
    CHECK(whole->size() == 100000);
}

TEST_CASE("xlsx: the roster template has the Spanish headers and reads back", "[import][xlsx]")
{
    test::TempStore store;
    for (const QString &name : QStringList { u"plantilla.xlsx"_s, u"plantilla.csv"_s }) {
        INFO(name.toStdString());
        const QString path = store.dir() + u'/' + name;
        REQUIRE(rosterfile::writeTemplate(path));
        auto t = rosterfile::read(path);
        REQUIRE(t);
        CHECK(t->header == rosterfile::templateHeaders());
        CHECK(t->header.first() == u"codigo_capacitacion"_s);
        CHECK(t->header.contains(u"anio_nacimiento"_s));
        CHECK(t->records.isEmpty());
    }
}

TEST_CASE("xlsx: cut or scrambled workbooks never crash the reader", "[import][xlsx]")
{
    QFile f(fixture("cusco_shared_inline_sparse.xlsx"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    REQUIRE(xlsxreader::parse(good).ok());

    // Damaged containers: every cut, and bytes flipped here and there.
    int refused = 0;
    for (qsizetype cut = 0; cut < good.size(); cut += 17)
        refused += !xlsxreader::parse(good.left(cut)).ok();
    CHECK(refused > 0);
    for (int i = 0; i < 200; ++i) {
        QByteArray bad = good;
        const qsizetype at = (i * 7919) % bad.size();
        bad[at] = char(bad[at] ^ (1 + i % 255));
        (void)xlsxreader::parse(bad); // either a table or an error; never a crash
    }

    // Damaged XML inside an intact zip: every part cut short at many places.
    auto archive = ZipArchive::open(good);
    REQUIRE(archive);
    const QStringList parts { u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"xl/workbook.xml"_s,
        u"xl/_rels/workbook.xml.rels"_s, u"xl/sharedStrings.xml"_s, u"xl/styles.xml"_s, u"xl/worksheets/data1.xml"_s,
        u"xl/worksheets/data2.xml"_s };
    QList<QPair<QString, QByteArray>> entries;
    for (const QString &name : parts) {
        auto bytes = (*archive)->read(name, 1 << 20);
        REQUIRE(bytes);
        entries.append({ name, *bytes });
    }
    int xmlErrors = 0;
    for (qsizetype part = 2; part < entries.size(); ++part) {
        const QByteArray whole = entries.at(part).second;
        for (qsizetype cut = 0; cut < whole.size(); cut += 53) {
            auto damaged = entries;
            damaged[part].second = whole.left(cut);
            auto zipped = writeZip(damaged);
            REQUIRE(zipped);
            xmlErrors += !xlsxreader::parse(*zipped).ok();
        }
    }
    CHECK(xmlErrors > 0);
}
