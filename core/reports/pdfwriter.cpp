#include "reports/reportwriters.h"

#include "reports/chartpainter.h"
#include "reports/pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

// The PDF report: a cover, then the tables (summary first, as indicatorTables orders them),
// then the charts, then the definitions and the data-quality notes. Tables and text flow
// through QTextDocument, which breaks pages and repeats table headers; the cover and the
// charts are painted directly, so the charts stay vector. Page numbers count every page.

namespace capacita::reports {

namespace {

class PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::PdfReportText)
public:
    static QString dataset(const QString &name) { return tr("Dataset: %1").arg(name); }
    static QString generated(const QString &when) { return tr("Generated on %1").arg(when); }
    static QString period(const QString &text) { return tr("Period and filters: %1").arg(text); }
    static QString keyFigures() { return tr("Key figures"); }
    static QString individuals() { return tr("individuals trained"); }
    static QString completed() { return tr("completed participations"); }
    static QString trainings() { return tr("trainings"); }
    static QString sessions() { return tr("sessions"); }
    static QString hours() { return tr("hours of training"); }
    static QString attendance() { return tr("attendance rate"); }
    static QString gain() { return tr("mean knowledge gain (points)"); }
    static QString tables() { return tr("Tables"); }
    static QString charts() { return tr("Charts"); }
    static QString definitions() { return tr("Definitions"); }
    static QString quality() { return tr("Notes on data quality"); }
    static QString withoutDni(qint64 n)
    {
        return tr("Participants without a DNI on record: %1. Without a document number a person can only be "
                  "recognised by name, sex and birth year, so some of them may be counted twice.")
            .arg(QLocale().toString(n));
    }
    static QString duplicates(qint64 n)
    {
        return tr("Probable duplicate pairs not yet reviewed: %1. Until each pair is merged or marked as two "
                  "people, the same person may be counted twice.")
            .arg(QLocale().toString(n));
    }
    static QString conflicts(qint64 n)
    {
        return tr("Open sync conflicts: %1. A figure may change when they are resolved.").arg(QLocale().toString(n));
    }
    static QString overlap()
    {
        return tr("A person counts once in the total and once in every category they fall in, so departments, "
                  "topics and age bands can add up to more than the total.");
    }
};

const QColor kInk(0x1f, 0x2a, 0x36);
const QColor kMuted(0x4a, 0x55, 0x60);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe4, 0xec, 0xf4);
const QColor kRule(0xb4, 0xbe, 0xc8);

// Documents round for display; the JSON and the spreadsheets keep full precision.
QString displayText(const QVariant &cell)
{
    if (!isNumericCell(cell))
        return cell.toString();
    if (cell.typeId() != QMetaType::Double && cell.typeId() != QMetaType::Float)
        return QLocale().toString(cell.toLongLong());
    QString text = QLocale().toString(cell.toDouble(), 'f', 2);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

class ReportDocument
{
public:
    explicit ReportDocument(qreal mm) : m_mm(mm), m_cursor(&m_document)
    {
        m_document.setDefaultFont(pdfFont(9));
    }

    QTextDocument &document() { return m_document; }

    void heading(const QString &text, qreal pointSize = 13)
    {
        QTextBlockFormat block;
        block.setTopMargin(m_first ? 0 : 5 * m_mm);
        block.setBottomMargin(2 * m_mm);
        QTextCharFormat chars;
        chars.setFont(pdfFont(pointSize, true));
        chars.setForeground(kAccent);
        if (!m_first)
            m_cursor.insertBlock(block, chars);
        else {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
        }
        m_first = false;
        m_headings.append(m_cursor.block().position());
        m_cursor.insertText(text, chars);
    }

    void paragraph(const QString &text, bool italic = false, bool bold = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(1.2 * m_mm);
        block.setBottomMargin(1.2 * m_mm);
        QTextCharFormat chars;
        QFont font = pdfFont(italic ? 8 : 9, bold);
        font.setItalic(italic);
        chars.setFont(font);
        chars.setForeground(italic ? kMuted : kInk);
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    void table(const ReportTable &table)
    {
        heading(table.title, 11);
        const int columns = int(table.headers.size());
        if (columns == 0)
            return;
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorder(0.2 * m_mm);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(0.7 * m_mm);
        format.setCellSpacing(0);
        format.setTopMargin(m_mm);
        format.setWidth(QTextLength(QTextLength::PercentageLength, columns > 3 ? 100 : 70));
        QTextTable *grid = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = grid->cellAt(0, c);
            QTextCharFormat fill = cell.format();
            fill.setBackground(kHeaderFill);
            cell.setFormat(fill);
            QTextCursor at = cell.firstCursorPosition();
            QTextCharFormat chars;
            chars.setFont(pdfFont(8.5, true));
            at.insertText(table.headers.at(c), chars);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QTextCursor at = grid->cellAt(r + 1, c).firstCursorPosition();
                if (isNumericCell(row.at(c))) {
                    QTextBlockFormat right = at.blockFormat();
                    right.setAlignment(Qt::AlignRight);
                    at.setBlockFormat(right);
                }
                at.insertText(displayText(row.at(c)));
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        if (!table.note.isEmpty())
            paragraph(table.note, true);
        m_sections.append({ m_headings.back(), m_cursor.position() });
    }

    // QTextDocument has no keep-together: a table that fits on one page but would be cut
    // by a page break starts on the next page, and a longer table starts only where its
    // heading and a few rows fit. Sections are moved in order, as each move shifts the rest.
    void keepSectionsTogether(qreal pageHeight)
    {
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (const auto &[start, end] : std::as_const(m_sections)) {
            const QTextBlock heading = m_document.findBlock(start);
            const qreal top = layout->blockBoundingRect(heading).top();
            const qreal bottom = layout->blockBoundingRect(m_document.findBlock(end)).bottom();
            const qreal offset = std::fmod(top, pageHeight);
            const bool fitsOnePage = bottom - top <= pageHeight;
            const bool crosses = offset + (bottom - top) > pageHeight;
            const bool cramped = pageHeight - offset < 35 * m_mm;
            if (offset > 0 && ((fitsOnePage && crosses) || cramped)) {
                QTextCursor at(heading);
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                format.setTopMargin(0);
                at.setBlockFormat(format);
            }
        }
    }

private:
    qreal m_mm;
    QTextDocument m_document;
    QTextCursor m_cursor;
    QList<int> m_headings;
    QList<std::pair<int, int>> m_sections; // heading position, end of the table's note
    bool m_first = true;
};

struct ChartPlacement
{
    int page = 0;
    qreal top = 0;
    int chart = 0;
};

class ReportPainter
{
public:
    ReportPainter(const PdfReport &report, PdfPages &pages) : m_report(report), m_pages(pages) {}

    void paintCover()
    {
        QPainter &p = m_pages.painter();
        const qreal mm = m_pages.mm();
        const QRectF content = m_pages.contentRect();
        const Indicators &in = m_report.indicators;

        p.fillRect(QRectF(0, 0, m_pages.pageRect().width(), 12 * mm), kAccent);
        p.setPen(Qt::white);
        p.setFont(pdfFont(9, true));
        p.drawText(QRectF(content.left(), 0, content.width(), 12 * mm), Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("Capacita"));

        qreal y = content.top() + 28 * mm;
        y = text(m_report.title, pdfFont(22, true), kAccent, y) + 6 * mm;
        y = text(PdfReportText::period(describeFilter(in.filter)), pdfFont(12), kInk, y) + 3 * mm;
        if (!in.datasetName.isEmpty())
            y = text(PdfReportText::dataset(in.datasetName), pdfFont(10), kMuted, y) + 1.5 * mm;
        const QDateTime when = in.generatedAt.isValid() ? in.generatedAt : QDateTime::currentDateTime();
        y = text(PdfReportText::generated(
                     QLocale().toString(when.date(), QLocale::LongFormat) + QLatin1Char(' ') + when.toString(QStringLiteral("HH:mm"))),
            pdfFont(10), kMuted, y);

        y += 16 * mm;
        y = text(PdfReportText::keyFigures(), pdfFont(13, true), kAccent, y) + 4 * mm;
        const QList<std::pair<QString, QString>> figures {
            { QLocale().toString(in.individualsTotal), PdfReportText::individuals() },
            { QLocale().toString(in.completedParticipations), PdfReportText::completed() },
            { QLocale().toString(in.trainings), PdfReportText::trainings() },
            { QLocale().toString(in.sessions), PdfReportText::sessions() },
            { ChartPainter::valueText(in.hours, {}), PdfReportText::hours() },
            { ChartPainter::valueText(in.attendanceRate * 100, QStringLiteral(" %")), PdfReportText::attendance() },
            { ChartPainter::valueText(in.assessment.meanGainPoints, {}), PdfReportText::gain() },
        };
        const int perRow = 3;
        const qreal gap = 5 * mm;
        const qreal boxWidth = (content.width() - gap * (perRow - 1)) / perRow;
        const qreal boxHeight = 26 * mm;
        for (int i = 0; i < figures.size(); ++i) {
            const QRectF box(content.left() + (i % perRow) * (boxWidth + gap), y + (i / perRow) * (boxHeight + gap),
                boxWidth, boxHeight);
            p.setPen(QPen(kRule, 0.3 * mm));
            p.setBrush(QColor(0xf4, 0xf7, 0xfa));
            p.drawRect(box);
            p.setPen(kAccent);
            p.setFont(pdfFont(20, true));
            p.drawText(box.adjusted(4 * mm, 3 * mm, -4 * mm, -12 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                figures.at(i).first);
            p.setPen(kInk);
            p.setFont(pdfFont(8.5));
            p.drawText(box.adjusted(4 * mm, 14 * mm, -4 * mm, -2 * mm), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                figures.at(i).second);
        }
        p.setBrush(Qt::NoBrush);
    }

    // Charts fill pages top to bottom; one that does not fit starts a new page.
    QList<ChartPlacement> placeCharts() const
    {
        QList<ChartPlacement> placements;
        const ChartPainter painter(m_pages.mm());
        const qreal height = m_pages.contentRect().height();
        const qreal headingRoom = 12 * m_pages.mm();
        int page = 0;
        qreal y = headingRoom;
        for (int i = 0; i < m_report.charts.size(); ++i) {
            const qreal need = painter.height(m_report.charts.at(i));
            if (y + need > height && y > headingRoom) {
                ++page;
                y = 0;
            }
            placements.append({ page, y, i });
            y += need + 6 * m_pages.mm();
        }
        return placements;
    }

    void paintCharts(const QList<ChartPlacement> &placements, int page)
    {
        QPainter &p = m_pages.painter();
        const QRectF content = m_pages.contentRect();
        if (page == 0) {
            p.setPen(kAccent);
            p.setFont(pdfFont(13, true));
            p.drawText(QRectF(content.left(), content.top(), content.width(), 10 * m_pages.mm()),
                Qt::AlignLeft | Qt::AlignTop, PdfReportText::charts());
        }
        const ChartPainter painter(m_pages.mm());
        for (const ChartPlacement &placement : placements) {
            if (placement.page != page)
                continue;
            const ChartData &chart = m_report.charts.at(placement.chart);
            painter.paint(p, QRectF(content.left(), content.top() + placement.top, content.width(), painter.height(chart)),
                chart);
        }
    }

private:
    // Wrapped text from the left margin at y; returns the y below it.
    qreal text(const QString &value, const QFont &font, const QColor &colour, qreal y)
    {
        QPainter &p = m_pages.painter();
        const QRectF content = m_pages.contentRect();
        p.setFont(font);
        p.setPen(colour);
        QRectF used;
        p.drawText(QRectF(content.left(), y, content.width(), content.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            value, &used);
        return used.bottom();
    }

    const PdfReport &m_report;
    PdfPages &m_pages;
};

} // namespace

Status writePdf(const PdfReport &report, const QString &path)
{
    PdfPages pages(QPageLayout::Portrait, report.title);
    CAPACITA_TRY(pages.begin(path));
    const qreal mm = pages.mm();
    const qreal pageHeight = pages.contentRect().height();

    ReportDocument tables(mm);
    for (const ReportTable &table : report.tables)
        tables.table(table);
    pages.layout(tables.document());
    tables.keepSectionsTogether(pageHeight);
    const int tablePages = report.tables.isEmpty() ? 0 : pages.layout(tables.document());

    ReportDocument notes(mm);
    notes.heading(PdfReportText::definitions());
    for (const Definition &definition : report.definitions) {
        notes.paragraph(definition.term, false, true);
        notes.paragraph(definition.explanation);
    }
    const DataQuality &quality = report.indicators.dataQuality;
    notes.heading(PdfReportText::quality());
    notes.paragraph(PdfReportText::withoutDni(quality.participantsWithoutDni));
    notes.paragraph(PdfReportText::duplicates(quality.probableDuplicates));
    notes.paragraph(PdfReportText::conflicts(quality.openConflicts));
    notes.paragraph(PdfReportText::overlap());
    const int notePages = pages.layout(notes.document());

    ReportPainter painter(report, pages);
    const QList<ChartPlacement> placements = painter.placeCharts();
    const int chartPages = placements.isEmpty() ? 0 : placements.back().page + 1;
    const int total = 1 + tablePages + chartPages + notePages;
    const QString footer = report.indicators.datasetName.isEmpty()
        ? report.title
        : report.title + QStringLiteral(" · ") + report.indicators.datasetName;

    int page = 1;
    painter.paintCover();
    pages.footer(footer, page, total);
    for (int i = 0; i < tablePages; ++i) {
        pages.newPage();
        pages.drawDocumentPage(tables.document(), i);
        pages.footer(footer, ++page, total);
    }
    for (int i = 0; i < chartPages; ++i) {
        pages.newPage();
        painter.paintCharts(placements, i);
        pages.footer(footer, ++page, total);
    }
    for (int i = 0; i < notePages; ++i) {
        pages.newPage();
        pages.drawDocumentPage(notes.document(), i);
        pages.footer(footer, ++page, total);
    }
    return pages.save(path);
}

} // namespace capacita::reports
