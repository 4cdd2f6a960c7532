// Files that hold personal data or keys are readable by their owner only, whatever the umask.

#include "storage/privatefile.h"
#include "synctestsupport.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace capacita;
using namespace capacita::test;

namespace {

// The permission bits of a file, e.g. 0600.
int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

// A permissive umask for the test, as a careless desktop session might have.
struct Umask
{
    explicit Umask(mode_t mask) : previous(::umask(mask)) {}
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

TEST_CASE("The database its WAL and SHM files and sync packages are created 0600", "[privacy][files]")
{
    const Umask open(0);
    Laptop a, b;
    joinAll(a, {&b});
    (*a).participants().add(sampleParticipant()).value();
    const QString db = a.store.path();
    REQUIRE(QFileInfo::exists(db + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(db + QStringLiteral("-shm")));
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(db + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(db + QStringLiteral("-shm")) == 0600);

    const QString package = a.file(QStringLiteral("to-b.capacita"));
    REQUIRE(a.sync.exportPackage(package));
    CHECK(modeOf(package) == 0600);

    const QString exported = a.file(QStringLiteral("person.json"));
    REQUIRE(writePrivateFile(exported, "{}"));
    CHECK(modeOf(exported) == 0600);
}
