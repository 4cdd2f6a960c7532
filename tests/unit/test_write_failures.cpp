// Exports to a disk that fills up: each writer reports an error, the previous file stays as it
// was and no partial or temporary file is left. Two ways to fill a disk: a small tmpfs that
// the test mounts when it runs as root, and, for everyone, a file-size limit (RLIMIT_FSIZE)
// set at every byte position of the file being written.
#include "synctestsupport.h"

#include "importing/rosterfile.h"
#include "reports/reportwriters.h"
#include "storage/privatefile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace capacita;
using namespace capacita::test;

namespace {

const QByteArray kOld = "the previous file, which must survive\n";

// A folder with little room in it.
class SmallDisk
{
public:
    SmallDisk()
    {
        REQUIRE(m_dir.isValid());
        if (::geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                               QStringLiteral("size=256k,mode=0700"), QStringLiteral("tmpfs"), m_dir.path()})
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    // Fills the disk until about `leave` bytes remain free: writes until the disk refuses,
    // then gives `leave` bytes back.
    void fill(qint64 leave)
    {
        QFile::remove(path(QStringLiteral("filler")));
        QFile filler(path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray page(4096, 'f');
        while (filler.write(page) == page.size()) {
        }
        filler.close();
        const qint64 size = QFileInfo(filler.fileName()).size();
        REQUIRE(size > leave);
        if (leave > 0)
            REQUIRE(QFile::resize(filler.fileName(), size - leave));
    }
    QStringList files() const
    {
        QStringList all = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        all.removeAll(QStringLiteral("filler"));
        return all;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// While alive, no file of this process may grow beyond `bytes`: a write past it fails
// (EFBIG) as on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

QByteArray read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeOld(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(kOld) == kOld.size());
}

using Writer = std::function<Status(const QString &path)>;

// Runs `write` into a full tmpfs (when it can be mounted) at several levels of free room.
void requireFullDiskHandled(const Writer &write, const QString &name, qint64 size)
{
    SmallDisk disk;
    if (!disk.mounted())
        return; // the file-size limit below covers everyone
    const QString target = disk.path(name);
    for (const qint64 leave : {qint64(0), size / 3, 2 * size / 3}) {
        INFO("free bytes: about " << leave << " of the " << size << " needed");
        QFile::remove(target);
        disk.fill(0);
        QFile::remove(disk.path(QStringLiteral("filler")));
        writeOld(target);
        disk.fill(leave);
        const Status written = write(target);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(!written.error().message.isEmpty());
        CHECK(read(target) == kOld);
        CHECK(disk.files() == QStringList{name});
    }
}

// Runs `write` with the file size limited to every position from 0 to size - 1, `step`
// bytes apart.
void requireEveryPositionHandled(const Writer &write, const QString &name, qint64 size, qint64 step)
{
    QTemporaryDir dir;
    const QString target = QDir(dir.path()).filePath(name);
    for (qint64 at = 0; at < size; at += step) {
        INFO("the disk fills after " << at << " of " << size << " bytes");
        writeOld(target);
        Status written;
        {
            const FileSizeLimit limit{rlim_t(at)};
            written = write(target);
        }
        REQUIRE_FALSE(written);
        CHECK(read(target) == kOld);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{name});
    }
}

qint64 sizeWritten(const Writer &write, const QString &name)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(name);
    REQUIRE(write(path));
    return QFileInfo(path).size();
}

reports::ReportTable sampleTable(int rows)
{
    reports::ReportTable t;
    t.id = QStringLiteral("participants");
    t.title = QStringLiteral("Participantes");
    t.columnIds = {QStringLiteral("name"), QStringLiteral("count")};
    t.headers = {QStringLiteral("Nombre"), QStringLiteral("Cantidad")};
    for (int i = 0; i < rows; ++i)
        t.rows.append({QStringLiteral("Persona %1 de Ñuñoa").arg(i), qint64(i)});
    return t;
}

} // namespace

TEST_CASE("A private file written to a full disk leaves the previous one and nothing else", "[write-failure]")
{
    const QByteArray data(40'000, 'd');
    const Writer write = [&](const QString &path) { return writePrivateFile(path, data); };
    requireFullDiskHandled(write, QStringLiteral("out.json"), data.size());
    requireEveryPositionHandled(write, QStringLiteral("out.json"), data.size(), 997);
}

TEST_CASE("A sync export to a full disk reports it and leaves the previous package", "[write-failure][sync]")
{
    Laptop laptop;
    joinAll(laptop, {});
    for (int i = 0; i < 150; ++i)
        REQUIRE(laptop->participants().add(sampleParticipant(QStringLiteral("Persona"), QStringLiteral("Quispe %1").arg(i))));
    const Writer write = [&](const QString &path) -> Status {
        auto exported = laptop.sync.exportPackage(path, {true, {}});
        if (!exported)
            return exported.error();
        return {};
    };
    const qint64 size = sizeWritten(write, QStringLiteral("p.capacita"));
    REQUIRE(size > 4096);
    requireFullDiskHandled(write, QStringLiteral("p.capacita"), size);
    requireEveryPositionHandled(write, QStringLiteral("p.capacita"), size, size / 13);
    // The export still works once there is room again.
    QTemporaryDir dir;
    CHECK(write(QDir(dir.path()).filePath(QStringLiteral("p.capacita"))));
}

TEST_CASE("Roster templates and report files to a full disk leave the previous file", "[write-failure][reports]")
{
    const QList<reports::ReportTable> tables{sampleTable(2000)};
    const QList<std::pair<QString, Writer>> writers{
        {QStringLiteral("plantilla.csv"), [](const QString &p) { return rosterfile::writeTemplate(p); }},
        {QStringLiteral("plantilla.xlsx"), [](const QString &p) { return rosterfile::writeTemplate(p); }},
        {QStringLiteral("reporte.csv"), [&](const QString &p) { return reports::writeCsv(tables, p); }},
        {QStringLiteral("reporte.xlsx"), [&](const QString &p) { return reports::writeXlsx(tables, {}, p); }},
    };
    for (const auto &[name, write] : writers) {
        INFO(name.toStdString());
        const qint64 size = sizeWritten(write, name);
        requireFullDiskHandled(write, name, size);
        requireEveryPositionHandled(write, name, size, std::max<qint64>(1, size / 17));
    }
}
