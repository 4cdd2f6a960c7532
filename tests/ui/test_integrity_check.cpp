// The full check of a large database file, run after the window shows (shell/integritycheck.h).

#include "support/testsupport.h"

#include "mainwindow.h"
#include "shell/backuppanel.h"
#include "shell/integritycheck.h"
#include "storage/backup.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {

// A database with a manual backup, closed.
QString databaseWithBackup(const QTemporaryDir &dir, FakeClock &clock)
{
    const QString path = dir.filePath(QStringLiteral("capacita.sqlite"));
    auto store = Store::open(path, Database::Options{&clock, {}});
    REQUIRE(store);
    for (int i = 0; i < 300; ++i)
        REQUIRE((*store)->participants().add(sampleParticipant(QStringLiteral("Persona"), QStringLiteral("Quispe %1").arg(i))));
    REQUIRE(Backups::create((*store)->db(), BackupReason::Manual));
    REQUIRE((*store)->db().execSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return path;
}

} // namespace

TEST_CASE("Damage found by the deferred check offers the newest good backup", "[ui][backup]")
{
    QTemporaryDir dir;
    FakeClock clock;
    const QString path = databaseWithBackup(dir, clock);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(f.size() / 2));
        f.write(QByteArray(3 * 4096, '\xA5'));
    }
    QWidget window;
    auto *check = new IntegrityCheck(path, clock, &window);
    QSignalSpy finished(check, &IntegrityCheck::finished);
    check->start();
    CHECK(check->isRunning());
    REQUIRE(finished.wait(60000));
    REQUIRE(check->outcome());
    REQUIRE_FALSE(*check->outcome());
    CHECK(check->outcome()->error().message.contains(QStringLiteral("damaged")));

    auto *prompt = window.findChild<QMessageBox *>(QStringLiteral("damagedWhileOpen"));
    REQUIRE(prompt);
    CHECK(prompt->isVisible());
    CHECK(prompt->text().contains(QStringLiteral("damage")));
    auto *restore = prompt->findChild<QPushButton *>(QStringLiteral("restoreNewest"));
    REQUIRE(restore);
    restore->click();
    // Start-up code restores it once the window and the database are closed.
    auto newest = Backups::newestGood(path);
    REQUIRE(newest);
    CHECK(BackupPanel::takePendingRestore() == newest->path);
}

TEST_CASE("The main window checks a file left unchecked at open once it shows", "[ui][backup]")
{
    QTemporaryDir dir;
    FakeClock clock;
    const QString path = databaseWithBackup(dir, clock);
    clock.advance(2LL * 24 * 3600 * 1000); // the daily backup is due
    const qsizetype backups = Backups::list(path).size();
    {
        // A small file is read whole at open: nothing is left for the window.
        auto small = Store::open(path, Database::Options{&clock, {}});
        REQUIRE(small);
        MainWindow window(**small);
        CHECK(window.integrityCheck() == nullptr);
    }
    REQUIRE(Backups::list(path).size() == backups + 1); // that open made the daily backup
    clock.advance(2LL * 24 * 3600 * 1000);
    Database::Options deferred{&clock, {}};
    deferred.checks = OpenChecks::Deferred; // as Database::open does for a large file
    auto store = Store::open(path, deferred);
    REQUIRE(store);
    CHECK(Backups::list(path).size() == backups + 1); // not at open
    MainWindow window(**store);
    IntegrityCheck *check = window.integrityCheck();
    REQUIRE(check);
    CHECK_FALSE(check->outcome());
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return check->outcome().has_value(); }, 60000));
    CHECK(*check->outcome());
    CHECK(Backups::list(path).size() == backups + 2); // the daily backup, made by the check
    CHECK(window.findChild<QMessageBox *>(QStringLiteral("damagedWhileOpen")) == nullptr);
}
