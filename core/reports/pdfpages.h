#pragma once

#include "domain/result.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

#include <memory>

class QTextDocument;

// What the PDF outputs share: an A4 QPdfWriter that writes to memory, millimetre units, a
// footer with page numbers, QTextDocument pages painted into the content area, and the
// atomic save (writePrivateFile: QSaveFile, 0600) once every page is drawn.

namespace capacita::reports {

class PdfPages
{
public:
    PdfPages(QPageLayout::Orientation orientation, const QString &title);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    // Fails, naming `path`, when there is no QGuiApplication (fonts need one) or the
    // painter cannot start.
    Status begin(const QString &path);

    QPainter &painter() { return m_painter; }
    QPdfWriter &writer() { return *m_writer; }
    qreal mm() const { return m_mm; }
    QRectF pageRect() const;    // the whole sheet
    QRectF contentRect() const; // inside the margins, above the footer

    void newPage();
    // "left text ........ Página 2 de 5" under the content area.
    void footer(const QString &left, int page, int total);
    // Lays `document` out to the content area of this device; returns its page count.
    int layout(QTextDocument &document) const;
    void drawDocumentPage(QTextDocument &document, int page);

    Status save(const QString &path);

private:
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    qreal m_mm = 1;
};

QFont pdfFont(qreal pointSize, bool bold = false, bool italic = false);

} // namespace capacita::reports
