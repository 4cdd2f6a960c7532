// The indicators report over a programme-sized database, against bare SQLite running one
// aggregate SELECT of the central figure (individuals trained by sex, from attendance).
//   bench_report [file.sqlite]   (generated with 50,000 people and 1,000,000 marks if missing)

#include "benchutil.h"
#include "datasetgen.h"

#include "reports/indicators.h"
#include "storage/store.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace capacita;
using namespace capacita::bench;

namespace {

// People with at least one completed participation (present or late in at least the
// training's completion share of its sessions), by sex: the core of individuals_trained.
const char *const kBareSql =
    "WITH per AS (SELECT s.training_id AS t, a.participant_id AS p, "
    "  sum(a.status IN ('present','late')) AS attended "
    "  FROM attendance a JOIN training_session s ON s.id = a.session_id "
    "  WHERE a.deleted % 2 = 0 AND s.deleted % 2 = 0 GROUP BY s.training_id, a.participant_id), "
    "n AS (SELECT training_id AS t, count(*) AS sessions FROM training_session WHERE deleted % 2 = 0 GROUP BY training_id) "
    "SELECT pe.sex, count(DISTINCT pe.id) FROM per JOIN n ON n.t = per.t "
    "JOIN training tr ON tr.id = per.t AND tr.deleted % 2 = 0 "
    "JOIN enrollment e ON e.training_id = per.t AND e.participant_id = per.p AND e.deleted % 2 = 0 "
    "JOIN participant pe ON pe.id = per.p AND pe.deleted % 2 = 0 "
    "WHERE per.attended >= tr.completion_share * n.sessions GROUP BY pe.sex";

qint64 bareMs(const QString &path, qint64 *people)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *q = nullptr;
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_prepare_v2(db, kBareSql, -1, &q, nullptr) != SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    *people = 0;
    while (sqlite3_step(q) == SQLITE_ROW)
        *people += sqlite3_column_int64(q, 1);
    sqlite3_finalize(q);
    const qint64 ms = timer.elapsed();
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QStringLiteral("/var/tmp/capacita-bench-XXXXXX"));
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("report.sqlite"));
    if (!QFile::exists(path)) {
        auto store = Store::open(path);
        if (!store)
            fail(store.error().text());
        if (auto created = SyncService(**store).createDataset(QStringLiteral("bench")); !created)
            fail(created.error().text());
        QElapsedTimer timer;
        timer.start();
        auto counts = generateDataset(**store, DatasetSize{});
        if (!counts)
            fail(counts.error().text());
        printFigure("generate 50,000 people, 1,000,000 marks", timer.elapsed(), counts->total());
    }
    auto store = Store::open(path);
    if (!store)
        fail(store.error().text());

    resetPeakRss();
    qint64 best = -1;
    qint64 trained = 0;
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto indicators = reports::computeIndicators(**store, reports::ReportFilter{});
        if (!indicators)
            fail(indicators.error().text());
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
        trained = indicators->individualsTotal;
        printFigure(qPrintable(QStringLiteral("computeIndicators, all time (run %1)").arg(run)), ms);
    }
    std::printf("  individuals trained: %lld\n", static_cast<long long>(trained));

    qint64 bareBest = -1, people = 0;
    for (int run = 1; run <= 3; ++run) {
        const qint64 ms = bareMs(path, &people);
        bareBest = bareBest < 0 ? ms : std::min(bareBest, ms);
        printFigure(qPrintable(QStringLiteral("bare SQLite aggregate SELECT (run %1)").arg(run)), ms);
    }
    std::printf("  bare count of people trained (sum over sex): %lld\n", static_cast<long long>(people));
    printRatio("indicators report / bare SELECT (best runs)", double(best), double(bareBest), 2);
    return 0;
}
