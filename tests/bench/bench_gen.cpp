// The benchmark data generator (deterministic by seed), for benchmarks and for trying the
// program at programme scale by hand:
//   bench_gen dataset <file.sqlite> [participants=50000] [attendance=1000000] [seed=1]
//   bench_gen roster <file.csv> [rows=100000] [seed=1]
// A dataset is written into a new Capacita database that has created a sync dataset "bench".

#include "benchutil.h"
#include "datasetgen.h"

#include "storage/store.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace capacita;
using namespace capacita::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) != u"dataset" && args.at(1) != u"roster" && args.at(1) != u"bare")) {
        std::fprintf(stderr, "usage: bench_gen dataset <file.sqlite> [participants] [attendance] [seed]\n"
                             "       bench_gen roster <file.csv> [rows] [seed]\n"
                             "       bench_gen bare <file.sqlite> <new.sqlite>   (the bare SQLite yardstick alone)\n");
        return 2;
    }
    if (args.at(1) == u"bare") {
        qint64 rows = 0, readMs = 0;
        double cpu = 0;
        const qint64 ms = bareInsertMs(args.at(2), args.value(3), &rows, &readMs, &cpu);
        std::printf("bare SQLite: SELECT %lld ms; INSERT of %lld rows %lld ms, cpu %.0f ms\n", static_cast<long long>(readMs),
                    static_cast<long long>(rows), static_cast<long long>(ms), cpu);
        return 0;
    }
    const QString path = args.at(2);
    QElapsedTimer timer;
    timer.start();
    if (args.at(1) == u"roster") {
        const int rows = args.value(3, QStringLiteral("100000")).toInt();
        if (const Status s = writeRosterCsv(path, rows, args.value(4, QStringLiteral("1")).toULongLong()); !s)
            fail(s.error().text());
        printFigure("roster CSV written", timer.elapsed(), rows);
        return 0;
    }
    if (QFile::exists(path))
        fail(QStringLiteral("%1 exists; give a new file.").arg(path));
    DatasetSize size;
    size.participants = args.value(3, QStringLiteral("50000")).toInt();
    size.attendance = args.value(4, QStringLiteral("1000000")).toLongLong();
    size.seed = args.value(5, QStringLiteral("1")).toULongLong();
    auto store = Store::open(path);
    if (!store)
        fail(store.error().text());
    SyncService sync(**store);
    if (auto created = sync.createDataset(QStringLiteral("bench")); !created)
        fail(created.error().text());
    auto counts = generateDataset(**store, size);
    if (!counts)
        fail(counts.error().text());
    std::printf("participants %lld, trainings %lld, sessions %lld, enrollments %lld, attendance %lld, scores %lld\n",
                static_cast<long long>(counts->participants), static_cast<long long>(counts->trainings),
                static_cast<long long>(counts->sessions), static_cast<long long>(counts->enrollments),
                static_cast<long long>(counts->attendance), static_cast<long long>(counts->scores));
    printFigure("dataset generated (SyncStore, one transaction)", timer.elapsed(), counts->total());
    return 0;
}
