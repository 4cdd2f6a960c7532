#include "importing/csvreader.h"
#include "support/testsupport.h"

#include <QFile>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

RosterTable parsed(const QByteArray &bytes)
{
    auto t = csvreader::parse(bytes);
    if (!t)
        FAIL(t.error().text().toStdString());
    return *t;
}

QStringList texts(const RosterRecord &r)
{
    QStringList out;
    for (qsizetype c = 0; c < r.size(); ++c)
        out << r.cell(c).text;
    return out;
}

} // namespace

TEST_CASE("csv: UTF-8 BOM, semicolons, CRLF and a quoted line break", "[import][csv]")
{
    QFile file(test::testDataPath(u"rosters/cusco_bom_semicolon.csv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.contains("\r\n"));
    const auto t = parsed(bytes);
    CHECK(t.header.first() == u"codigo_capacitacion"_s); // the BOM is not part of the first header
    CHECK(t.header.size() == 19);
    CHECK(t.headerLine == 1);
    REQUIRE(t.records.size() == 4);
    // The first record spans lines 2 and 3; the next starts on line 4.
    CHECK(t.records.at(0).line == 2);
    CHECK(t.records.at(1).line == 4);
    CHECK(t.records.at(2).line == 5);
    CHECK(t.records.at(3).line == 6);
    CHECK(t.records.at(0).cell(14).text == u"Corte Superior\nde Justicia de Cusco"_s);
    CHECK(t.records.at(0).cell(9).text == u"María José"_s);
    CHECK(t.records.at(0).cell(16).text == u"12,5"_s);
    CHECK(t.records.at(2).cell(14).text == u"Comunidad \"Qolla\""_s);
    CHECK(t.source.contains(u"UTF-8 with BOM"_s));
}

TEST_CASE("csv: Windows-1252 is detected when the bytes are not UTF-8", "[import][csv]")
{
    auto t = csvreader::readFile(test::testDataPath(u"rosters/loreto_cp1252_comma.csv"_s));
    REQUIRE(t);
    CHECK(t->source.contains(u"Windows-1252"_s));
    REQUIRE(t->records.size() == 2);
    const RosterRecord &r = t->records.first();
    CHECK(r.cell(1).text == u"Atención a víctimas"_s);
    CHECK(r.cell(2).text == u"TIP; CEFM"_s); // a quoted ';' inside a ',' file
    CHECK(r.cell(8).text == u"Martín"_s);
    CHECK(r.cell(9).text == u"Peña Ñahui"_s);
    CHECK(r.cell(13).text == u"Fiscalía \"Maynas\""_s);
    CHECK(t->records.at(1).cell(8).text == u"Óscar"_s);
    // The bytes 0x80..0x9F are Windows-1252's, not Latin-1 control codes.
    CHECK(csvreader::decode(QByteArray("\x93ok\x94 \x80")) == u"\u201Cok\u201D \u20AC"_s);
}

TEST_CASE("csv: the delimiter is the one the header line uses", "[import][csv]")
{
    CHECK(parsed("a;b,c;d\n1;2,5;3\n").header == QStringList { u"a"_s, u"b,c"_s, u"d"_s });
    CHECK(parsed("a,b,c\n1,2,3\n").header.size() == 3);
    CHECK(parsed("a\tb\tc\n1\t2\t3\n").records.first().cell(2).text == u"3"_s);
    // A quoted header containing the other character does not fool the count.
    CHECK(parsed("\"x;y;z\",b,c\n1,2,3\n").header.first() == u"x;y;z"_s);
    // Excel's "sep=" hint line wins, and the header is then on line 2.
    const auto hinted = parsed("sep=,\r\na;b,c\r\n1;2,3\r\n");
    CHECK(hinted.header == QStringList { u"a;b"_s, u"c"_s });
    CHECK(hinted.headerLine == 2);
    CHECK(hinted.records.first().line == 3);
}

TEST_CASE("csv: quotes, blank lines and line numbers", "[import][csv]")
{
    const auto t = parsed("h1,h2\n\n\"a \"\"b\"\"\",\"x\ny\nz\"\n,\n\"p\",q\r\rlast,1");
    REQUIRE(t.records.size() == 3);
    CHECK(texts(t.records.at(0)) == QStringList { u"a \"b\""_s, u"x\ny\nz"_s });
    CHECK(t.records.at(0).line == 3); // line 2 is blank
    CHECK(t.records.at(1).line == 7); // after a three-line record and a blank record on line 6
    CHECK(texts(t.records.at(1)) == QStringList { u"p"_s, u"q"_s });
    CHECK(t.records.at(2).line == 9); // a lone CR ends a line too
    CHECK(texts(t.records.at(2)) == QStringList { u"last"_s, u"1"_s });
}

TEST_CASE("csv: UTF-16 with BOM (Excel's Unicode text)", "[import][csv]")
{
    QByteArray bytes("\xFF\xFE");
    const QString text = u"nombres\tapellidos\r\nÑusta\tQuispe\r\n"_s;
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto t = parsed(bytes);
    CHECK(t.header == QStringList { u"nombres"_s, u"apellidos"_s });
    CHECK(t.records.first().cell(0).text == u"Ñusta"_s);
}

TEST_CASE("csv: an unterminated quote is an error naming its line", "[import][csv]")
{
    auto t = csvreader::readFile(test::testDataPath(u"rosters/unterminated_quote.csv"_s));
    REQUIRE_FALSE(t);
    CHECK(t.error().message.contains(u"Line 3"_s));
    CHECK_FALSE(csvreader::parse(QByteArray()).ok()); // no header at all
}
