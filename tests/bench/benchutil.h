#pragma once

// What every benchmark prints: a figure, the bare SQLite figure for the same work, the ratio
// and whether the target of issue 7 is met.

#include <QString>

#include <QtGlobal>

namespace capacita::bench {

// "<what>  <ms>  <rows>  <rows/s>  cpu <ms>  peak RSS <MB>"; returns the CPU time of this
// process since the last printFigure or resetPeakRss (wall figures suffer when other work
// shares the cores; CPU time much less, so both are printed).
double printFigure(const char *what, qint64 ms, qint64 rows = 0);
// "RATIO <what>: 2.4x wall, 2.1x cpu (target <= 3x: met by 20%)", judged on the wall ratio
// unless cpuOurs/cpuBare are given, then on the CPU ratio.
void printRatio(const char *what, double ours, double bare, double target, double cpuOurs = 0, double cpuBare = 0);
double cpuMs(); // CPU time of this process, user + system
double childCpuMs(); // CPU time of the finished child processes
// "<what>: 320 ms (target ≤ 500 ms: met ...)"
void printTarget(const char *what, double value, double target, const char *unit);

[[noreturn]] void fail(const QString &message);

// Bare SQLite through the C API, the yardstick for bulk writes: every row of the synced
// tables of `from` inserted into a new file `to` that has the same tables and indexes
// (DDL copied from `from`), one prepared INSERT per table, one transaction, WAL and
// synchronous=FULL as Capacita uses. Rows are read from `from` by a cursor as they are
// inserted; *readMs receives the time of the same reads alone, and the result is the
// total minus that, i.e. the insert work alone. WithAuditLog adds the audit lines of `from`
// (one per written row): the same rows Capacita wrote, its history included.
enum class BareTables { Synced, WithAuditLog };
qint64 bareInsertMs(const QString &from, const QString &to, qint64 *rows, qint64 *readMs, double *cpu = nullptr,
                    BareTables tables = BareTables::Synced);

// Starts a new measurement: VmHWM restarts from the current RSS, CPU time from now.
void resetPeakRss();

// Milliseconds since this process started (from /proc, 10 ms resolution).
double msSinceProcessStart();

} // namespace capacita::bench
