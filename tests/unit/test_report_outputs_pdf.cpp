#include "reports/chartpainter.h"
#include "storage/privatefile.h"
#include "support/testsupport.h"
#include "test_report_outputs_samples.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace capacita;
using namespace capacita::reports;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

PdfReport sampleReport()
{
    PdfReport report;
    report.title = u"Reporte de indicadores"_s;
    Indicators &in = report.indicators;
    in.filter = ReportFilter::fiscalYear(2025);
    in.datasetName = u"Programa Sur Andino"_s;
    in.generatedAt = QDateTime(QDate(2025, 10, 15), QTime(9, 30));
    in.individualsTotal = 1234;
    in.completedParticipations = 1500;
    in.participations = 1710;
    in.trainings = 48;
    in.sessions = 160;
    in.hours = 640.5;
    in.attendanceRate = 0.8734;
    in.assessment.meanGainPoints = 21.4;
    in.dataQuality = { 17, 4, 2 };
    ReportTable summary;
    summary.id = u"summary"_s;
    summary.title = u"Resumen"_s;
    summary.columnIds = { u"indicator"_s, u"value"_s };
    summary.headers = { u"Indicador"_s, u"Valor"_s };
    summary.rows = { { u"Personas capacitadas"_s, qint64(1234) }, { u"Tasa de asistencia"_s, 0.8734 } };
    report.tables.append(summary);
    for (int i = 0; i < 6; ++i) { // enough tables to need several pages
        ReportTable t = sampleTable(u"t"_s + QString::number(i));
        t.title = u"Tabla de desagregación %1"_s.arg(i + 1);
        for (int r = 0; r < 6; ++r)
            t.rows.append({ u"Fila añadida %1"_s.arg(r), qint64(r), r / 7.0 });
        report.tables.append(t);
    }
    report.charts = { sampleChart(1), sampleChart(2), sampleChart(3) };
    ChartData departments = sampleChart(1);
    departments.title = u"Personas por departamento"_s;
    departments.categories.clear();
    departments.series[0].values.clear();
    for (int d = 0; d < 25; ++d) {
        departments.categories.append(u"Departamento %1"_s.arg(d));
        departments.series[0].values.append(d * 3);
    }
    departments.valueSuffix.clear();
    report.charts.append(departments);
    report.definitions = { { u"Persona capacitada"_s, u"Participante distinto, después de las fusiones."_s },
        { u"Ganancia normalizada"_s, u"(post − pre) / (100 − pre)."_s } };
    return report;
}

} // namespace

TEST_CASE("report outputs - a chart paints its bars and labels", "[reports][outputs][pdf]")
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    const ChartPainter painter(800 / 160.0);
    const ChartData chart = sampleChart(2);
    const qreal height = painter.height(chart);
    REQUIRE(height > 0);
    REQUIRE(height < 600);
    {
        QPainter p(&image);
        painter.paint(p, QRectF(0, 0, 800, height), chart);
    }
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 100;
    }
    CHECK(dark > 2000); // bars and text were drawn
    // One more series adds one bar per category.
    CHECK(painter.height(sampleChart(3)) > height);
    CHECK(ChartPainter::valueText(55.55, u"%"_s) == u"55.6%"_s);
    CHECK(ChartPainter::valueText(1234, {}) == u"1,234"_s);
}

TEST_CASE("report outputs - the PDF report renders every part on numbered pages", "[reports][outputs][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"informe.pdf"_s);
    const PdfReport report = sampleReport();
    const Status written = writePdf(report, path);
    INFO((written.ok() ? QString() : written.error().text()).toStdString());
    REQUIRE(written.ok());
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));

    auto bytes = readWholeFile(path, 64 * 1024 * 1024);
    REQUIRE(bytes.ok());
    CHECK(bytes->startsWith("%PDF-"));
    const int pages = test::pdfPageCount(*bytes);
    CHECK(pages >= 5); // cover, tables, charts, definitions

    const QString text = test::pdfText(path);
    CHECK_FALSE(text.contains(QChar::ReplacementCharacter));
    CHECK(text.contains(u"Reporte de indicadores"_s));
    CHECK(text.contains(u"Programa Sur Andino"_s));
    CHECK(text.contains(u"1,234"_s)); // the cover's key figure
    CHECK(text.contains(u"Huánuco"_s));
    CHECK(text.contains(u"Tabla de desagregación 6"_s));
    CHECK(text.contains(u"Lideresas comunitarias"_s)); // a chart's category label
    CHECK(text.contains(u"95"_s));                     // ... and a bar's value label
    CHECK(text.contains(u"Ganancia normalizada"_s));
    CHECK(text.contains(u"17"_s)); // data-quality notes
    CHECK(text.contains(u"Page %1 of %1"_s.arg(pages)));
}

TEST_CASE("report outputs - a PDF that cannot be written leaves nothing", "[reports][outputs][pdf]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/informe.pdf"_s);
    const Status failed = writePdf(sampleReport(), missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
}
