// Ajustes ▸ Copias de seguridad, and the start-up prompt for a damaged database.

#include "support/testsupport.h"

#include "shell/backuppanel.h"
#include "shell/damagedprompt.h"
#include "storage/backup.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {

template<typename T>
T *child(QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The backups panel lists backups, makes one on request and asks before a restore", "[ui][backup]")
{
    TempStore s;
    REQUIRE(s->participants().add(sampleParticipant()));
    BackupPanel panel(s.store());
    auto *list = child<QTreeWidget>(panel, "backupList");
    auto *restore = child<QPushButton>(panel, "restoreBackup");
    CHECK(list->topLevelItemCount() == 0);
    CHECK_FALSE(restore->isEnabled());

    child<QPushButton>(panel, "createBackup")->click();
    REQUIRE(list->topLevelItemCount() == 1);
    const QString file = list->topLevelItem(0)->data(0, Qt::UserRole).toString();
    CHECK(file == Backups::list(s.path()).first().path);
    CHECK(child<QLabel>(panel, "backupStatus")->text().contains(QFileInfo(file).fileName()));

    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(restore->isEnabled());
    restore->click();
    auto *confirm = child<QMessageBox>(panel, "confirmRestore");
    SECTION("cancelled")
    {
        confirm->button(QMessageBox::Cancel)->click();
        CHECK(BackupPanel::takePendingRestore().isEmpty());
    }
    SECTION("confirmed")
    {
        child<QPushButton>(*confirm, "confirmRestoreYes")->click();
        // Start-up then restores it once the database is closed (Backups::restore, tested
        // in tests/unit/test_backup.cpp); here the request is taken back.
        CHECK(BackupPanel::takePendingRestore() == file);
        CHECK(BackupPanel::takePendingRestore().isEmpty());
    }
}

TEST_CASE("A damaged database at start-up offers the newest good backup and restores it", "[ui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capacita.sqlite"));
    {
        auto store = Store::open(path);
        REQUIRE(store);
        for (int i = 0; i < 300; ++i)
            REQUIRE((*store)->participants().add(sampleParticipant(QStringLiteral("Persona"), QStringLiteral("Quispe %1").arg(i))));
        REQUIRE(Backups::create((*store)->db(), BackupReason::Manual));
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(f.size() / 2));
        f.write(QByteArray(3 * 4096, '\xA5'));
    }
    auto failed = Store::open(path);
    REQUIRE_FALSE(failed);
    REQUIRE(Backups::looksDamaged(path));

    bool shown = false;
    QTimer::singleShot(0, [&] {
        DamagedPrompt *prompt = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<DamagedPrompt *>(w); p && p->isVisible())
                prompt = p;
        }
        if (!prompt)
            return; // cannot happen: exec() shows the prompt before this timer fires
        shown = true;
        CHECK(prompt->text().contains(QStringLiteral("damaged")));
        auto *restore = prompt->findChild<QPushButton *>(QStringLiteral("restoreNewest"));
        CHECK(restore);
        (restore ? static_cast<QAbstractButton *>(restore) : prompt->findChild<QAbstractButton *>(QStringLiteral("quit")))->click();
    });
    std::unique_ptr<Store> store = DamagedPrompt::recover(path, failed.error());
    CHECK(shown);
    REQUIRE(store);
    CHECK(store->participants().list().size() == 300);
}

TEST_CASE("Without a good backup the damaged-database prompt offers only another file or quitting", "[ui][backup]")
{
    const Error error = Error::io(QStringLiteral("The database file is damaged."));
    DamagedPrompt prompt(QStringLiteral("/tmp/none/capacita.sqlite"), error, std::nullopt);
    CHECK(prompt.findChild<QAbstractButton *>(QStringLiteral("restoreNewest")) == nullptr);
    CHECK(prompt.findChild<QAbstractButton *>(QStringLiteral("openOther")) != nullptr);
    child<QAbstractButton>(prompt, "quit")->click();
    CHECK(prompt.choice() == DamagedPrompt::Quit);
    CHECK(prompt.detailedText() == error.message);
}
