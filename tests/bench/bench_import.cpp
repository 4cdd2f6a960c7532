// Roster import at programme scale: a generated roster CSV imported into an empty database,
// against the sqlite3 tool loading the same file into one table (.import), and against bare
// SQLite inserting the rows the import wrote. Prints figures; not a test.
//   bench_import [rows=100000] [seed=1]

#include "benchutil.h"
#include "datasetgen.h"

#include "domain/allocator.h"
#include "importing/rosterimporter.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace capacita;
using namespace capacita::bench;

namespace {

// The sqlite3 command-line tool, WAL and synchronous=FULL as Capacita; the whole process.
qint64 sqliteImportMs(const QString &csv, const QString &db)
{
    QProcess tool;
    QElapsedTimer timer;
    timer.start();
    tool.start(QStringLiteral("sqlite3"), {db});
    tool.write(QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n.mode csv\n.separator ;\n"
                              ".import '%1' roster\nSELECT count(*) FROM roster;\n").arg(csv).toUtf8());
    tool.closeWriteChannel();
    if (!tool.waitForFinished(600000) || tool.exitCode() != 0)
        fail(QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(tool.readAllStandardError())));
    const qint64 ms = timer.elapsed();
    std::printf("sqlite3 .import loaded %s rows\n", tool.readAllStandardOutput().split('\n').value(1).constData());
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    shareAllocatorArenas(); // as the programs do
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    const std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
    QTemporaryDir dir(QStringLiteral("/var/tmp/capacita-bench-XXXXXX"));
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    if (const Status s = writeRosterCsv(csv, rows, seed); !s)
        fail(s.error().text());
    auto store = Store::open(path);
    if (!store)
        fail(store.error().text());

    ImportOptions options;
    options.skipInvalid = true;
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto summary = RosterImporter(**store).importFile(csv, options);
    if (!summary)
        fail(summary.error().text());
    const qint64 importMs = timer.elapsed();
    const double importCpu = printFigure("roster import (CSV into an empty database)", importMs, summary->rowsRead);
    std::printf("  imported %d rows, rejected %lld; %d trainings, %d people created, %d matched, %lld probable duplicates\n",
                summary->rowsImported, static_cast<long long>(summary->rejectedRows.size()), summary->trainingsCreated,
                summary->participantsCreated, summary->participantsMatched,
                static_cast<long long>(summary->probableDuplicates.size()));
    for (const auto &r : summary->rejectedRows.mid(0, 3))
        std::printf("  e.g. line %d: %s\n", r.line, qPrintable(r.reason));

    resetPeakRss();
    timer.restart();
    auto again = RosterImporter(**store).importFile(csv, options);
    if (!again)
        fail(again.error().text());
    printFigure("the same roster again (nothing to change)", timer.elapsed(), again->rowsRead);

    const double childCpuBefore = childCpuMs();
    const qint64 toolMs = sqliteImportMs(csv, dir.filePath(QStringLiteral("tool.sqlite")));
    const double toolCpu = std::max(1.0, childCpuMs() - childCpuBefore); // the sqlite3 process
    printFigure("bare: sqlite3 .import of the same CSV", toolMs, rows);
    std::printf("  the sqlite3 process: cpu %.0f ms\n", toolCpu);
    qint64 written = 0, readMs = 0;
    double bareCpu = 0;
    const qint64 bareMs = bareInsertMs(path, dir.filePath(QStringLiteral("bare.sqlite")), &written, &readMs, &bareCpu);
    printFigure("bare: INSERT of the rows the import wrote", bareMs, written);
    qint64 withAudit = 0;
    double auditCpu = 0;
    const qint64 auditMs = bareInsertMs(path, dir.filePath(QStringLiteral("bare-audit.sqlite")), &withAudit, &readMs,
                                        &auditCpu, BareTables::WithAuditLog);
    printFigure("bare: the same with its audit lines", auditMs, withAudit);
    printRatio("roster import / sqlite3 .import", double(importMs), double(toolMs), 3, importCpu, toolCpu);
    printRatio("roster import / bare INSERT of its rows", double(importMs), double(bareMs), 3, importCpu, bareCpu);
    printRatio("roster import / the same with audit lines", double(importMs), double(auditMs), 3, importCpu, auditCpu);
    return 0;
}
