#include "reports/reportwriters.h"

#include "storage/privatefile.h"

#include <QLocale>

// CSV for spreadsheets and scripts.
//
// One table: its translated headers, then its rows, cell for cell.
// Several tables: the long format, one line per cell, so that every table fits one sheet:
//
//     table,row,key,column,value
//     by_sex,1,F,count,12
//
// `table` is ReportTable::id, `row` counts the table's rows from 1 (keys may repeat, as in
// the targets table), `key` is the row's first cell and `column` the stable id
// (ReportTable::columnIds) of every other cell. Ids never change with the language; keys
// and text values are as the table holds them.

namespace capacita::reports {

namespace {

// Numbers with a decimal point and no grouping, as short as round-trips exactly.
QString numberText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(cell.toLongLong());
    default:
        return {};
    }
}

// RFC 4180: quote when the field holds a separator, quote or line break, or would lose
// its leading or trailing spaces.
QString quoted(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString inner = field;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString cellText(const QVariant &cell)
{
    if (isNumericCell(cell))
        return numberText(cell);
    return quoted(neutralizeCell(cell.toString()));
}

void appendLine(QString &out, const QStringList &fields)
{
    out += fields.join(QLatin1Char(','));
    out += QLatin1String("\r\n");
}

} // namespace

QString neutralizeCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QByteArray csvBytes(const QList<ReportTable> &tables)
{
    QString out;
    if (tables.size() == 1) {
        const ReportTable &table = tables.front();
        QStringList header;
        for (const QString &h : table.headers)
            header.append(quoted(neutralizeCell(h)));
        appendLine(out, header);
        for (const QVariantList &row : table.rows) {
            QStringList fields;
            for (const QVariant &cell : row)
                fields.append(cellText(cell));
            appendLine(out, fields);
        }
    } else {
        appendLine(out, { QStringLiteral("table"), QStringLiteral("row"), QStringLiteral("key"),
                            QStringLiteral("column"), QStringLiteral("value") });
        for (const ReportTable &table : tables) {
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                const QVariantList &row = table.rows.at(r);
                if (row.isEmpty())
                    continue;
                const QString key = cellText(row.front());
                for (qsizetype c = 1; c < row.size(); ++c) {
                    const QString column = c < table.columnIds.size() ? table.columnIds.at(c) : QString::number(c);
                    appendLine(out, { quoted(neutralizeCell(table.id)), QString::number(r + 1), key,
                                        quoted(neutralizeCell(column)), cellText(row.at(c)) });
                }
            }
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Status writeCsv(const QList<ReportTable> &tables, const QString &path)
{
    return writePrivateFile(path, csvBytes(tables));
}

} // namespace capacita::reports
