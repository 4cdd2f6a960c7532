#include "reports/pdfpages.h"

#include "storage/privatefile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QTextDocument>

namespace capacita::reports {

namespace {

class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::PdfText)
public:
    static QString page(int page, int total) { return tr("Page %1 of %2").arg(page).arg(total); }
    static Error noGui(const QString &path)
    {
        return Error::io(tr("Cannot write the PDF %1: this program started without a graphics system "
                            "to lay out fonts.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    static Error noPainter(const QString &path)
    {
        return Error::io(tr("Cannot write the PDF %1: the page could not be drawn.").arg(QDir::toNativeSeparators(path)));
    }
};

constexpr int kDpi = 300;
constexpr qreal kMarginSide = 18;
constexpr qreal kMarginTop = 16;
constexpr qreal kMarginBottom = 18; // the footer sits in it

} // namespace

QFont pdfFont(qreal pointSize, bool bold, bool italic)
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial") });
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

PdfPages::PdfPages(QPageLayout::Orientation orientation, const QString &title)
{
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(kDpi);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0)));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Capacita"));
    m_mm = kDpi / 25.4;
}

PdfPages::~PdfPages()
{
    if (m_painter.isActive())
        m_painter.end();
}

Status PdfPages::begin(const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return PdfText::noGui(path);
    if (!m_buffer.open(QIODevice::WriteOnly) || !m_painter.begin(m_writer.get()))
        return PdfText::noPainter(path);
    return {};
}

QRectF PdfPages::pageRect() const
{
    return QRectF(0, 0, m_writer->width(), m_writer->height());
}

QRectF PdfPages::contentRect() const
{
    const QRectF page = pageRect();
    return page.adjusted(kMarginSide * m_mm, kMarginTop * m_mm, -kMarginSide * m_mm, -kMarginBottom * m_mm);
}

void PdfPages::newPage()
{
    m_writer->newPage();
}

void PdfPages::footer(const QString &left, int page, int total)
{
    const QRectF content = contentRect();
    const QRectF line(content.left(), content.bottom() + 4 * m_mm, content.width(), 8 * m_mm);
    m_painter.save();
    m_painter.setPen(QPen(QColor(0x9a, 0xa4, 0xae), 0.2 * m_mm));
    m_painter.drawLine(line.topLeft(), line.topRight());
    m_painter.setFont(pdfFont(7.5));
    m_painter.setPen(QColor(0x4a, 0x55, 0x60));
    const QString number = PdfText::page(page, total);
    const qreal numberWidth = QFontMetricsF(m_painter.font(), m_painter.device()).horizontalAdvance(number);
    // The left text wraps before it could reach the page number.
    m_painter.drawText(line.adjusted(0, 0, -numberWidth - 6 * m_mm, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        left);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    m_painter.restore();
}

int PdfPages::layout(QTextDocument &document) const
{
    document.documentLayout()->setPaintDevice(m_writer.get());
    document.setDocumentMargin(0);
    document.setPageSize(contentRect().size());
    return document.pageCount();
}

void PdfPages::drawDocumentPage(QTextDocument &document, int page)
{
    const QRectF content = contentRect();
    const QRectF clip(0, page * content.height(), content.width(), content.height());
    m_painter.save();
    m_painter.translate(content.left(), content.top() - clip.top());
    m_painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

Status PdfPages::save(const QString &path)
{
    if (!m_painter.end())
        return PdfText::noPainter(path);
    m_buffer.close();
    return writePrivateFile(path, m_buffer.data());
}

} // namespace capacita::reports
