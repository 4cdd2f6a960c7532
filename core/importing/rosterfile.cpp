#include "importing/rosterfile.h"

#include "importing/csvreader.h"
#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"

#include <QFile>
#include <QSaveFile>

namespace capacita::rosterfile {

namespace {

struct RosterfileText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::rosterfile)
};

QByteArray escapeXml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray templateWorkbook()
{
    QByteArray cells;
    const QStringList headers = templateHeaders();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QString column;
        for (qsizetype n = i + 1; n > 0; n = (n - 1) / 26)
            column.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
        cells += "<c r=\"" + column.toLatin1() + "1\" t=\"inlineStr\"><is><t>" + escapeXml(headers.at(i))
            + "</t></is></c>";
    }
    const QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData><row r=\"1\">"
        + cells + "</row></sheetData></worksheet>";
    return sheet;
}

} // namespace

QStringList templateHeaders()
{
    QStringList out;
    for (const RosterColumn c : rostercolumns::all())
        out << rostercolumns::spanishHeader(c);
    return out;
}

Result<RosterTable> read(const QString &path, const QString &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(RosterfileText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.peek(8);
    file.close();
    if (magic.startsWith("PK\x03\x04"))
        return xlsxreader::readFile(path, sheet);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return Error::badInput(QString(),
            RosterfileText::tr(
                "%1 is an old Excel .xls file; open it in Excel or LibreOffice and save it as .xlsx or CSV.")
                .arg(path));
    return csvreader::readFile(path);
}

Result<Preview> preview(const QString &path, const QString &sheet, int maxRows)
{
    auto table = read(path, sheet);
    if (!table)
        return table.error();
    Preview p;
    p.source = table->source;
    p.header = table->header;
    p.rowCount = int(table->records.size());
    p.rows = table->records.mid(0, maxRows);
    for (const QString &h : std::as_const(table->header)) {
        const auto column = rostercolumns::recognise(h);
        p.columns << (column ? rostercolumns::key(*column) : QString());
    }
    auto map = rostercolumns::map(table->header);
    if (map)
        p.ignored = map->ignored;
    else
        p.headerError = map.error().message;
    return p;
}

Status writeTemplate(const QString &path)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        const QList<QPair<QString, QByteArray>> entries {
            { QStringLiteral("[Content_Types].xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/xl/workbook.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                "</Types>" },
            { QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                "Target=\"xl/workbook.xml\"/>"
                "</Relationships>" },
            { QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                "<sheets><sheet name=\"Participantes\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
            { QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet1.xml\"/>"
                "</Relationships>" },
            { QStringLiteral("xl/worksheets/sheet1.xml"), templateWorkbook() },
        };
        auto zipped = writeZip(entries);
        if (!zipped)
            return zipped.error();
        bytes = std::move(zipped).value();
    } else {
        bytes = "\xEF\xBB\xBF" + templateHeaders().join(u';').toUtf8() + "\r\n";
    }
    QSaveFile out(path);
    // Unbuffered, so a full disk is reported (see storage/privatefile.cpp).
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error::io(RosterfileText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return Error::io(RosterfileText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    }
    if (!out.commit())
        return Error::io(RosterfileText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace capacita::rosterfile
