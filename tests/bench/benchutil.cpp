#include "benchutil.h"

#include "datasetgen.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace capacita::bench {

namespace {

const char *const kSynced[] = {"device", "participant", "training", "training_session", "enrollment",
                               "attendance", "assessment_score", "target"};

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(QStringLiteral("bare SQLite, %1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

// Reads every row of one table; with `insert`, binds each row to it and steps it.
qint64 copyTable(sqlite3 *src, const char *table, sqlite3 *dst, sqlite3_stmt *insert)
{
    sqlite3_stmt *select = nullptr;
    const QByteArray sql = QByteArray("SELECT * FROM ") + table;
    check(sqlite3_prepare_v2(src, sql.constData(), -1, &select, nullptr), src, "select");
    const int columns = sqlite3_column_count(select);
    qint64 rows = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (insert)
                sqlite3_bind_value(insert, c + 1, sqlite3_column_value(select, c));
            else
                bytes += std::size_t(sqlite3_column_bytes(select, c)); // touch the value as the bind would
        }
        if (insert) {
            check(sqlite3_step(insert), dst, "insert");
            sqlite3_reset(insert);
        }
        ++rows;
    }
    sqlite3_finalize(select);
    return rows + qint64(bytes == std::size_t(-1)); // keep `bytes` observable
}

double g_cpuMark = 0; // CPU time at the start of the current figure

} // namespace

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double printFigure(const char *what, qint64 ms, qint64 rows)
{
    const double cpu = cpuMs() - g_cpuMark;
    if (rows > 0)
        std::printf("%-44s %8lld ms %9lld rows %8.0f rows/s  cpu %7.0f ms  peak RSS %4.0f MB\n", what,
                    static_cast<long long>(ms), static_cast<long long>(rows),
                    ms > 0 ? double(rows) * 1000.0 / double(ms) : 0.0, cpu, peakRssMb());
    else
        std::printf("%-44s %8lld ms %33s  cpu %7.0f ms  peak RSS %4.0f MB\n", what, static_cast<long long>(ms), "", cpu,
                    peakRssMb());
    std::fflush(stdout);
    g_cpuMark = cpuMs();
    return cpu;
}

void printRatio(const char *what, double ours, double bare, double target, double cpuOurs, double cpuBare)
{
    const double wall = bare > 0 ? ours / bare : 0;
    const double cpu = cpuBare > 0 ? cpuOurs / cpuBare : 0;
    const double judged = cpuBare > 0 ? cpu : wall;
    const bool met = judged <= target;
    std::printf("RATIO %-44s %6.2fx wall, %6.2fx cpu  (target <= %.0fx: %s by %.0f%%)\n", what, wall, cpu, target,
                met ? "met" : "MISSED", met ? (target - judged) / target * 100 : (judged - target) / target * 100);
    std::fflush(stdout);
}

void printTarget(const char *what, double value, double target, const char *unit)
{
    const bool met = value <= target;
    std::printf("TARGET %-37s %8.1f %s (target <= %.0f %s: %s by %.0f%%)\n", what, value, unit, target, unit,
                met ? "met" : "MISSED", met ? (target - value) / target * 100 : (value - target) / target * 100);
    std::fflush(stdout);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "failed: %s\n", qPrintable(message));
    std::exit(1);
}

qint64 bareInsertMs(const QString &from, const QString &to, qint64 *rows, qint64 *readMs, double *cpu, BareTables tables)
{
    QList<const char *> copied(std::begin(kSynced), std::end(kSynced));
    if (tables == BareTables::WithAuditLog)
        copied << "audit_log";
    QFile::remove(to);
    sqlite3 *src = nullptr, *dst = nullptr;
    check(sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr), src, "open source");
    check(sqlite3_open(to.toUtf8().constData(), &dst), dst, "open bare");
    exec(dst, "PRAGMA journal_mode=WAL");
    exec(dst, "PRAGMA synchronous=FULL");

    // The same tables and indexes (foreign keys are not enforced: bare SQLite's default).
    QStringList names;
    for (const char *t : copied)
        names << QStringLiteral("'%1'").arg(QLatin1String(t));
    const QByteArray ddl = "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND tbl_name IN ("
                           + names.join(u',').toLatin1() + ") ORDER BY type = 'index'";
    sqlite3_stmt *schema = nullptr;
    check(sqlite3_prepare_v2(src, ddl.constData(), -1, &schema, nullptr), src, "schema");
    while (sqlite3_step(schema) == SQLITE_ROW)
        exec(dst, reinterpret_cast<const char *>(sqlite3_column_text(schema, 0)));
    sqlite3_finalize(schema);

    QElapsedTimer timer;
    timer.start();
    double cpu0 = cpuMs();
    for (const char *t : copied)
        copyTable(src, t, nullptr, nullptr);
    *readMs = timer.restart();
    const double readCpu = cpuMs() - cpu0;
    cpu0 = cpuMs();

    exec(dst, "BEGIN");
    *rows = 0;
    for (const char *t : copied) {
        sqlite3_stmt *probe = nullptr;
        check(sqlite3_prepare_v2(src, QByteArray(QByteArray("SELECT * FROM ") + t).constData(), -1, &probe, nullptr), src, "probe");
        const int columns = sqlite3_column_count(probe);
        sqlite3_finalize(probe);
        QByteArray sql = QByteArray("INSERT INTO ") + t + " VALUES(?";
        for (int c = 1; c < columns; ++c)
            sql += ",?";
        sql += ")";
        sqlite3_stmt *insert = nullptr;
        check(sqlite3_prepare_v2(dst, sql.constData(), -1, &insert, nullptr), dst, "prepare insert");
        *rows += copyTable(src, t, dst, insert);
        sqlite3_finalize(insert);
    }
    exec(dst, "COMMIT");
    const qint64 total = timer.elapsed();
    if (cpu)
        *cpu = std::max(1.0, cpuMs() - cpu0 - readCpu);
    sqlite3_close(dst);
    sqlite3_close(src);
    return std::max<qint64>(1, total - *readMs);
}

void resetPeakRss()
{
    g_cpuMark = cpuMs();
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counted after the ")" that ends the name.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startS = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double nowS = uptime.readAll().split(' ').value(0).toDouble();
    return (nowS - startS) * 1000.0;
}

} // namespace capacita::bench
