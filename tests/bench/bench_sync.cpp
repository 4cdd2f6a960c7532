// Sync at programme scale: a generated dataset exported as one full package and imported
// into an empty laptop, against bare SQLite inserting the same rows. Prints figures; not a
// test (see docs/performance.md).
//   bench_sync [participants=50000] [attendance=1000000] [seed=1]

#include "benchutil.h"
#include "datasetgen.h"

#include "domain/allocator.h"
#include "storage/store.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace capacita;
using namespace capacita::bench;

int main(int argc, char *argv[])
{
    shareAllocatorArenas(); // as the programs do
    QCoreApplication app(argc, argv);
    DatasetSize size;
    size.participants = argc > 1 ? std::atoi(argv[1]) : 50000;
    size.attendance = argc > 2 ? std::atoll(argv[2]) : 1000000;
    size.seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    QTemporaryDir dir(QStringLiteral("/var/tmp/capacita-bench-XXXXXX")); // on disk, not tmpfs
    const QString pathA = dir.filePath(QStringLiteral("a.sqlite"));
    auto a = Store::open(pathA);
    auto b = Store::open(dir.filePath(QStringLiteral("b.sqlite")));
    if (!a || !b)
        fail((a ? b.error() : a.error()).text());
    SyncService syncA(**a), syncB(**b);
    auto join = syncA.createDataset(QStringLiteral("bench"));
    if (!join || !syncB.joinWithFile(*join))
        fail(QStringLiteral("dataset"));

    QElapsedTimer timer;
    timer.start();
    auto counts = generateDataset(**a, size);
    if (!counts)
        fail(counts.error().text());
    std::printf("dataset: %lld participants, %lld trainings, %lld sessions, %lld enrollments, %lld attendance, %lld scores\n",
                static_cast<long long>(counts->participants), static_cast<long long>(counts->trainings),
                static_cast<long long>(counts->sessions), static_cast<long long>(counts->enrollments),
                static_cast<long long>(counts->attendance), static_cast<long long>(counts->scores));
    printFigure("generate (SyncStore writes, one transaction)", timer.elapsed(), counts->total());

    const QString package = dir.filePath(QStringLiteral("full.capacita"));
    resetPeakRss();
    timer.restart();
    auto exported = syncA.exportPackage(package, {true, {}});
    if (!exported)
        fail(exported.error().text());
    const qint64 exportMs = timer.elapsed();
    const double exportCpu = printFigure("sync export --full (verified)", exportMs, exported->value(QStringLiteral("rows")).toInteger());
    std::printf("%-44s %9.1f MB\n", "package size", double(QFileInfo(package).size()) / 1048576.0);

    resetPeakRss();
    timer.restart();
    auto imported = syncB.importPackage(package);
    if (!imported)
        fail(imported.error().text());
    const qint64 importMs = timer.elapsed();
    const double importCpu = printFigure("sync import into an empty laptop", importMs, imported->value(QStringLiteral("rows_new")).toInteger());

    resetPeakRss();
    timer.restart();
    if (auto again = syncB.importPackage(package); !again)
        fail(again.error().text());
    printFigure("the same package again (recognised)", timer.elapsed());

    const QString second = dir.filePath(QStringLiteral("again.capacita"));
    if (auto e = syncA.exportPackage(second, {true, {}}); !e)
        fail(e.error().text());
    resetPeakRss();
    timer.restart();
    auto merged = syncB.importPackage(second);
    if (!merged)
        fail(merged.error().text());
    printFigure("a full package whose rows are all unchanged", timer.elapsed(),
                merged->value(QStringLiteral("rows_unchanged")).toInteger());

    // Bare SQLite: the same rows into the same tables and indexes.
    qint64 rows = 0, readMs = 0;
    double bareCpu = 0;
    const qint64 bareMs = bareInsertMs(pathA, dir.filePath(QStringLiteral("bare.sqlite")), &rows, &readMs, &bareCpu);
    std::printf("%-44s %8lld ms\n", "bare SQLite: SELECT of the same rows", static_cast<long long>(readMs));
    std::printf("%-44s %8lld ms %9lld rows %8.0f rows/s  cpu %7.0f ms\n", "bare SQLite: INSERT of the same rows",
                static_cast<long long>(bareMs), static_cast<long long>(rows), double(rows) * 1000.0 / double(bareMs), bareCpu);
    printRatio("sync export / bare insert", double(exportMs), double(bareMs), 3, exportCpu, bareCpu);
    printRatio("sync import / bare insert", double(importMs), double(bareMs), 3, importCpu, bareCpu);
    return 0;
}
