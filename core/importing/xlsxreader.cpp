#include "importing/xlsxreader.h"

#include "importing/xlsxparts.h"
#include "importing/ziparchive.h"

#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace capacita::xlsxreader {

namespace {

using namespace xlsxparts;

constexpr int kMaxRowNumber = 1048576; // Excel's last row

struct XlsxreaderText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::xlsxreader)
};

QString numberText(double v)
{
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

struct SheetContext
{
    const QStringList &shared;
    const QList<bool> &dateStyles;
    bool date1904 = false;
    QString part;
};

// One <c> element, positioned on its start tag.
Result<RosterCell> readCell(QXmlStreamReader &xml, const SheetContext &ctx)
{
    const auto attrs = xml.attributes();
    const QString type = attrs.value(QLatin1String("t")).toString();
    const int style = attrs.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    bool hasInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
        } else if (xml.name() == u"is") {
            inlineText = readRichText(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return damaged(ctx.part, xml);

    RosterCell cell;
    if (type == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= ctx.shared.size())
            return Error::badInput(QString(),
                XlsxreaderText::tr(
                    "The workbook is damaged: a cell of %1 (line %2) points to shared text %3, which does not exist.")
                    .arg(ctx.part)
                    .arg(xml.lineNumber())
                    .arg(value));
        cell.text = ctx.shared.at(index);
    } else if (type == u"inlineStr" || hasInline) {
        cell.text = inlineText;
    } else if (type == u"b") {
        cell.text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"str" || type == u"e" || type == u"d") {
        cell.text = value; // formula text, error code (#N/A) or ISO date text
    } else if (!value.isEmpty()) {
        bool ok = false;
        const double v = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            cell.text = value;
        } else {
            cell.numeric = true;
            cell.number = v;
            cell.text = numberText(v);
            if (style >= 0 && style < ctx.dateStyles.size() && ctx.dateStyles.at(style)) {
                const QDate d = dateFromSerial(v, ctx.date1904);
                if (d.isValid())
                    cell.text = d.toString(Qt::ISODate);
            }
        }
    }
    return cell;
}

Result<RosterTable> readSheet(const QByteArray &bytes, const SheetContext &ctx)
{
    RosterTable table;
    bool haveHeader = false;
    int rowNumber = 0;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        bool ok = false;
        const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        // A row number past Excel's last row (1,048,576) is damage: counted as absent, so the
        // next row's number cannot overflow.
        rowNumber = ok && r > rowNumber && r <= kMaxRowNumber ? r : rowNumber + 1;
        RosterRecord record;
        record.line = rowNumber;
        int column = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const int ref = columnIndex(xml.attributes().value(QLatin1String("r")));
            column = ref >= 0 ? ref : column + 1;
            auto cell = readCell(xml, ctx);
            if (!cell)
                return cell.error();
            if (column >= kMaxColumns)
                continue;
            record.set(column, cell.value());
        }
        if (xml.hasError())
            break;
        if (record.isBlank())
            continue;
        if (!haveHeader) {
            for (qsizetype c = 0; c < record.size(); ++c)
                table.header << record.cell(c).text.trimmed();
            table.headerLine = record.line;
            haveHeader = true;
        } else {
            table.records.append(std::move(record));
        }
    }
    if (xml.hasError())
        return damaged(ctx.part, xml);
    if (!haveHeader)
        return Error::badInput(QString(), XlsxreaderText::tr("The sheet is empty: it has no header row."));
    return table;
}

struct Opened
{
    std::unique_ptr<ZipArchive> zip;
    Workbook workbook;
    Relations rels;
};

Result<Opened> openWorkbook(const QByteArray &bytes)
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return zip.error();
    Opened o { std::move(zip).value(), {}, {} };
    auto wbBytes = o.zip->read(QStringLiteral("xl/workbook.xml"), kMaxPartBytes);
    if (!wbBytes)
        return Error::badInput(
            QString(), XlsxreaderText::tr("The file is not an .xlsx workbook (it has no xl/workbook.xml)."));
    auto wb = readWorkbook(*wbBytes);
    if (!wb)
        return wb.error();
    o.workbook = std::move(wb).value();
    if (o.zip->contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto relBytes = o.zip->read(QStringLiteral("xl/_rels/workbook.xml.rels"), kMaxPartBytes);
        if (!relBytes)
            return relBytes.error();
        auto rels = readRelations(*relBytes);
        if (!rels)
            return rels.error();
        o.rels = std::move(rels).value();
    }
    return o;
}

} // namespace

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) // 9999-12-31
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 60)
        return {};
    return QDate(1899, 12, day < 60 ? 31 : 30).addDays(day);
}

int columnIndex(QStringView ref)
{
    int index = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        index = index * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : index - 1;
}

Result<QStringList> sheetNames(const QByteArray &bytes)
{
    auto o = openWorkbook(bytes);
    if (!o)
        return o.error();
    QStringList names;
    for (const auto &s : std::as_const(o->workbook.sheets))
        names << s.name;
    return names;
}

Result<RosterTable> parse(const QByteArray &bytes, const QString &sheet)
{
    auto opened = openWorkbook(bytes);
    if (!opened)
        return opened.error();
    const Opened &o = *opened;

    qsizetype index = 0;
    if (!sheet.isEmpty()) {
        auto find = [&](Qt::CaseSensitivity cs) {
            for (qsizetype i = 0; i < o.workbook.sheets.size(); ++i) {
                if (o.workbook.sheets.at(i).name.compare(sheet, cs) == 0)
                    return i;
            }
            return qsizetype(-1);
        };
        index = find(Qt::CaseSensitive);
        if (index < 0)
            index = find(Qt::CaseInsensitive);
        if (index < 0) {
            QStringList names;
            for (const auto &s : o.workbook.sheets)
                names << s.name;
            return Error::badInput(QStringLiteral("sheet"),
                XlsxreaderText::tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
                    .arg(sheet, names.join(QStringLiteral(", "))));
        }
    }
    const auto &chosen = o.workbook.sheets.at(index);
    QString part = o.rels.byId.value(chosen.relId);
    if (part.isEmpty())
        part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1);

    QStringList shared;
    const QString sharedPart
        = o.rels.byType.value(QStringLiteral("sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
    if (o.zip->contains(sharedPart)) {
        auto sharedBytes = o.zip->read(sharedPart, kMaxPartBytes);
        if (!sharedBytes)
            return sharedBytes.error();
        auto strings = readSharedStrings(*sharedBytes);
        if (!strings)
            return strings.error();
        shared = std::move(strings).value();
    }
    QList<bool> dateStyles;
    const QString stylesPart = o.rels.byType.value(QStringLiteral("styles"), QStringLiteral("xl/styles.xml"));
    if (o.zip->contains(stylesPart)) {
        auto styleBytes = o.zip->read(stylesPart, kMaxPartBytes);
        if (!styleBytes)
            return styleBytes.error();
        auto styles = readDateStyles(*styleBytes);
        if (!styles)
            return styles.error();
        dateStyles = std::move(styles).value();
    }

    auto sheetBytes = o.zip->read(part, kMaxPartBytes);
    if (!sheetBytes)
        return sheetBytes.error();
    auto table = readSheet(*sheetBytes, SheetContext { shared, dateStyles, o.workbook.date1904, part });
    if (!table)
        return table.error();
    table.value().source = XlsxreaderText::tr("XLSX, sheet %1").arg(chosen.name);
    return table;
}

Result<RosterTable> readFile(const QString &path, const QString &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(XlsxreaderText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::badInput(QString(),
            XlsxreaderText::tr("%1 is larger than %2 MB; split it into smaller files.")
                .arg(path)
                .arg(kMaxFileBytes / (1024 * 1024)));
    return parse(file.readAll(), sheet);
}

} // namespace capacita::xlsxreader
