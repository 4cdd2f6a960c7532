#include "reports/reportwriters.h"

#include "importing/xlsxreader.h"
#include "importing/ziparchive.h"
#include "storage/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <algorithm>
#include <numeric>

// XLSX through libxlsxwriter. The library writes to a named file, so the workbook is built in
// a private temporary folder and its bytes then go through writePrivateFile (QSaveFile, 0600):
// a failure at any step leaves the previous file at `path` as it was.

namespace capacita::reports {

namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::XlsxText)
public:
    static QString definitionsSheet() { return tr("Definitions"); }
    static QString term() { return tr("Term"); }
    static QString explanation() { return tr("Explanation"); }
    static Error failed(const QString &path, const QString &why)
    {
        return Error::io(tr("Cannot write the spreadsheet %1: %2. Any earlier file there was left as it was.")
                             .arg(QDir::toNativeSeparators(path), why));
    }
};

constexpr qsizetype kMaxSheetName = 31;
constexpr double kMaxColumnWidth = 60;

// Excel refuses []:*?/\ in sheet names, more than 31 characters, an apostrophe at either end
// and two sheets whose names differ only in case.
QString sheetName(const QString &title, QSet<QString> &taken)
{
    QString base;
    for (const QChar c : title) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            base += QLatin1Char(' ');
        else
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')) || base.endsWith(QLatin1Char('\'')))
        base = base.startsWith(QLatin1Char('\'')) ? base.mid(1) : base.chopped(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base.left(kMaxSheetName).trimmed();
    for (int n = 2; taken.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kMaxSheetName - suffix.size()).trimmed() + suffix;
    }
    taken.insert(name.toLower());
    return name;
}

bool isInteger(const QVariant &cell)
{
    return isNumericCell(cell) && cell.typeId() != QMetaType::Double && cell.typeId() != QMetaType::Float;
}

class Book
{
public:
    explicit Book(const QString &file, const QString &tmpdir)
        : m_tmpdir(QFile::encodeName(tmpdir))
    {
        lxw_workbook_options options {};
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        if (!m_book)
            return;
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_integer = workbook_add_format(m_book);
        format_set_num_format(m_integer, "#,##0");
        m_decimal = workbook_add_format(m_book);
        format_set_num_format(m_decimal, "#,##0.0#");
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_note = workbook_add_format(m_book);
        format_set_italic(m_note);
    }
    ~Book()
    {
        if (m_book && !m_closed)
            workbook_close(m_book); // only reached after a failure: the temporary file is dropped
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool valid() const { return m_book != nullptr; }

    QString addTable(const ReportTable &table, QSet<QString> &taken)
    {
        const QByteArray name = sheetName(table.title.isEmpty() ? table.id : table.title, taken).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.constData());
        if (!sheet)
            return QStringLiteral("sheet %1").arg(QString::fromUtf8(name));
        const qsizetype columns = std::max<qsizetype>(table.headers.size(),
            std::accumulate(table.rows.cbegin(), table.rows.cend(), qsizetype(0),
                [](qsizetype m, const QVariantList &r) { return std::max(m, r.size()); }));
        QList<double> widths(columns, 8);
        const auto widen = [&widths](qsizetype c, qsizetype chars) {
            widths[c] = std::min(kMaxColumnWidth, std::max(widths.at(c), double(chars) + 2));
        };
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            const QString text = neutralizeCell(table.headers.at(c));
            check(worksheet_write_string(sheet, 0, lxw_col_t(c), text.toUtf8().constData(), m_header));
            widen(c, text.size());
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &cell = row.at(c);
                const auto at = lxw_row_t(r + 1);
                if (isNumericCell(cell)) {
                    check(worksheet_write_number(sheet, at, lxw_col_t(c), cell.toDouble(),
                        isInteger(cell) ? m_integer : m_decimal));
                    widen(c, QString::number(cell.toDouble(), 'f', isInteger(cell) ? 0 : 2).size() + 2);
                } else if (!cell.isNull() && !cell.toString().isEmpty()) {
                    const QString text = neutralizeCell(cell.toString());
                    check(worksheet_write_string(sheet, at, lxw_col_t(c), text.toUtf8().constData(), nullptr));
                    widen(c, text.size());
                }
            }
        }
        for (qsizetype c = 0; c < columns; ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));
        worksheet_freeze_panes(sheet, 1, 0);
        if (columns > 0 && !table.rows.isEmpty())
            check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1)));
        if (!table.note.isEmpty()) {
            const QString note = neutralizeCell(table.note);
            check(worksheet_write_string(sheet, lxw_row_t(table.rows.size() + 2), 0, note.toUtf8().constData(), m_note));
        }
        return m_error;
    }

    QString addDefinitions(const QList<Definition> &definitions, QSet<QString> &taken)
    {
        const QByteArray name = sheetName(XlsxText::definitionsSheet(), taken).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.constData());
        if (!sheet)
            return QStringLiteral("sheet %1").arg(QString::fromUtf8(name));
        check(worksheet_write_string(sheet, 0, 0, XlsxText::term().toUtf8().constData(), m_header));
        check(worksheet_write_string(sheet, 0, 1, XlsxText::explanation().toUtf8().constData(), m_header));
        for (qsizetype r = 0; r < definitions.size(); ++r) {
            const auto at = lxw_row_t(r + 1);
            check(worksheet_write_string(sheet, at, 0, neutralizeCell(definitions.at(r).term).toUtf8().constData(), m_wrap));
            check(worksheet_write_string(sheet, at, 1,
                neutralizeCell(definitions.at(r).explanation).toUtf8().constData(), m_wrap));
        }
        check(worksheet_set_column(sheet, 0, 0, 30, nullptr));
        check(worksheet_set_column(sheet, 1, 1, 100, nullptr));
        worksheet_freeze_panes(sheet, 1, 0);
        return m_error;
    }

    QString close()
    {
        m_closed = true;
        const lxw_error result = workbook_close(m_book);
        if (result != LXW_NO_ERROR)
            return QString::fromUtf8(lxw_strerror(result));
        return m_error;
    }

private:
    void check(lxw_error result)
    {
        if (result != LXW_NO_ERROR && m_error.isEmpty())
            m_error = QString::fromUtf8(lxw_strerror(result));
    }

    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_decimal = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_note = nullptr;
    QString m_error;
    bool m_closed = false;
};

// The name of the first part that is missing or not well-formed XML; empty when all are whole.
QString brokenPart(const QByteArray &xlsx, qsizetype sheets)
{
    auto zip = ZipArchive::open(xlsx);
    if (!zip)
        return zip.error().message;
    QStringList parts { QStringLiteral("[Content_Types].xml"), QStringLiteral("xl/workbook.xml"),
        QStringLiteral("xl/styles.xml") };
    if ((*zip)->contains(QStringLiteral("xl/sharedStrings.xml")))
        parts.append(QStringLiteral("xl/sharedStrings.xml"));
    for (qsizetype n = 1; n <= sheets; ++n)
        parts.append(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n));
    for (const QString &part : parts) {
        auto bytes = (*zip)->read(part, xlsxreader::kMaxPartBytes);
        if (!bytes)
            return part;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return part + QStringLiteral(": ") + xml.errorString();
    }
    return {};
}

} // namespace

Status writeXlsx(const QList<ReportTable> &tables, const QList<Definition> &definitions, const QString &path)
{
    QTemporaryDir work; // 0700, removed with what libxlsxwriter left in it
    if (!work.isValid())
        return XlsxText::failed(path, work.errorString());
    const QString file = work.filePath(QStringLiteral("report.xlsx"));
    QString problem;
    {
        Book book(file, work.path());
        if (!book.valid())
            return XlsxText::failed(path, QStringLiteral("libxlsxwriter"));
        QSet<QString> taken;
        for (const ReportTable &table : tables) {
            problem = book.addTable(table, taken);
            if (!problem.isEmpty())
                return XlsxText::failed(path, problem);
        }
        problem = book.addDefinitions(definitions, taken);
        if (!problem.isEmpty())
            return XlsxText::failed(path, problem);
        problem = book.close();
    }
    if (!problem.isEmpty())
        return XlsxText::failed(path, problem);
    auto bytes = readWholeFile(file, qint64(1) << 31);
    if (!bytes)
        return XlsxText::failed(path, bytes.error().message);
    // libxlsxwriter does not notice every failed write: on a full disk its temporary parts
    // are cut short without an error, and a zip of broken XML would come out. Only a workbook
    // whose parts are all well-formed XML is put in place.
    if (const QString broken = brokenPart(*bytes, tables.size() + 1); !broken.isEmpty())
        return XlsxText::failed(path, broken);
    return writePrivateFile(path, *bytes);
}

} // namespace capacita::reports
