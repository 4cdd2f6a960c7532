// Measures bulk writes and a full sync round trip at programme scale, and prints figures.
// Not a test: build with the release preset and run by hand (see docs/performance.md).
//   bench_sync [participants=5000] [attendance marks per person=20]

#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace capacita;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void report(const char *what, qint64 ms, qint64 rows)
{
    std::printf("%-34s %8lld ms  %9lld rows  %9.0f rows/s  peak RSS %ld MB\n", what, static_cast<long long>(ms),
                static_cast<long long>(rows), ms > 0 ? rows * 1000.0 / double(ms) : 0.0, peakRssKb() / 1024);
}

void fail(const Error &e)
{
    std::fprintf(stderr, "failed: %s\n", qPrintable(e.text()));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int marksPerPerson = argc > 2 ? std::atoi(argv[2]) : 20;
    QTemporaryDir dir;
    auto a = Store::open(dir.filePath(QStringLiteral("a.sqlite")));
    auto b = Store::open(dir.filePath(QStringLiteral("b.sqlite")));
    if (!a || !b)
        fail(a ? b.error() : a.error());
    SyncService syncA(**a), syncB(**b);
    auto join = syncA.createDataset(QStringLiteral("bench"));
    if (!join || !syncB.joinWithFile(*join))
        fail(Error::io(QStringLiteral("dataset")));

    // One training per 25 people, with `marksPerPerson` sessions each.
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    {
        Store &s = **a;
        Transaction tx(s.db());
        QString training;
        QStringList sessions;
        for (int i = 0; i < people; ++i) {
            if (i % 25 == 0) {
                Training t;
                t.code = QStringLiteral("B-%1").arg(i);
                t.title = QStringLiteral("Capacitación %1").arg(i);
                t.startDate = QDate(2025, 1, 1);
                t.endDate = QDate(2025, 3, 31);
                training = s.trainings().add(t).value();
                sessions.clear();
                for (int k = 0; k < marksPerPerson; ++k) {
                    TrainingSession session;
                    session.trainingId = training;
                    session.date = t.startDate.addDays(k);
                    sessions << s.sessions().add(session).value();
                }
                rows += 1 + marksPerPerson;
            }
            Participant p;
            p.givenNames = QStringLiteral("Persona %1").arg(i);
            p.familyNames = QStringLiteral("Apellido%1 Prueba").arg(i % 997);
            p.sex = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
            const QString id = s.participants().add(p).value();
            if (!s.enrollments().enroll(training, id))
                fail(Error::io(QStringLiteral("enroll")));
            for (const QString &session : std::as_const(sessions)) {
                if (!s.attendance().set(session, id, QStringLiteral("present")))
                    fail(Error::io(QStringLiteral("attend")));
            }
            rows += 2 + sessions.size();
        }
        if (!tx.commit())
            fail(Error::io(QStringLiteral("commit")));
    }
    report("write through repositories", timer.restart(), rows);

    const QString package = dir.filePath(QStringLiteral("full.capacita"));
    auto exported = syncA.exportPackage(package, {true, {}});
    if (!exported)
        fail(exported.error());
    report("sync export --full (verified)", timer.restart(), exported->value(QStringLiteral("rows")).toInteger());
    std::printf("%-34s %8.1f MB\n", "package size", QFileInfo(package).size() / 1048576.0);

    auto imported = syncB.importPackage(package);
    if (!imported)
        fail(imported.error());
    report("sync import into an empty laptop", timer.restart(), imported->value(QStringLiteral("rows_new")).toInteger());

    auto again = syncB.importPackage(package);
    report("same package again (already seen)", timer.restart(), 0);
    const QString second = dir.filePath(QStringLiteral("again.capacita"));
    auto exportedAgain = syncA.exportPackage(second, {true, {}});
    auto merged = syncB.importPackage(second);
    if (!exportedAgain || !merged)
        fail(Error::io(QStringLiteral("second round")));
    report("import of a full package, all same", timer.restart(), merged->value(QStringLiteral("rows_unchanged")).toInteger());
    return 0;
}
