#include "shell/backuppanel.h"

#include "common/errorreporter.h"
#include "domain/clock.h"
#include "storage/backup.h"
#include "storage/store.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace capacita {

namespace {

QString &pending()
{
    static QString file;
    return file;
}

QString reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual:
        return BackupPanel::tr("Made by hand");
    case BackupReason::Daily:
        return BackupPanel::tr("Daily");
    case BackupReason::Migration:
        return BackupPanel::tr("Before an upgrade");
    case BackupReason::Import:
        return BackupPanel::tr("Before a roster import");
    case BackupReason::Sync:
        return BackupPanel::tr("Before a sync import");
    case BackupReason::Restore:
        return BackupPanel::tr("Before a restore");
    case BackupReason::Damaged:
        return BackupPanel::tr("Damaged file, kept");
    }
    return {};
}

} // namespace

BackupPanel::BackupPanel(Store &store, QWidget *parent) : QGroupBox(tr("Backups"), parent), m_store(store)
{
    setObjectName(QStringLiteral("backupPanel"));
    auto *intro = new QLabel(tr("Capacita keeps copies of its data in %1: every day, before every import and before "
                                "an upgrade. Older copies are removed automatically.")
                                 .arg(QDir::toNativeSeparators(Backups::folderFor(store.db().path()))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Why"), tr("Size")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups"));

    auto *create = new QPushButton(tr("&Make a backup now"), this);
    create->setObjectName(QStringLiteral("createBackup"));
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    auto *folder = new QPushButton(tr("Open the &folder"), this);
    folder->setObjectName(QStringLiteral("openBackupFolder"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_restore);
    buttons->addWidget(folder);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(create, &QPushButton::clicked, this, &BackupPanel::createNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::askRestore);
    connect(folder, &QPushButton::clicked, this, &BackupPanel::openFolder);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    reload();
}

void BackupPanel::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : Backups::list(m_store.db().path())) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.created.toLocalTime(), QLocale::ShortFormat),
                                                  reasonText(b.reason), locale.formattedDataSize(b.size)});
        item->setData(0, Qt::UserRole, b.path);
        item->setDisabled(b.reason == BackupReason::Damaged); // not something to go back to
    }
    m_restore->setEnabled(!m_list->selectedItems().isEmpty());
}

void BackupPanel::createNow()
{
    // A backup of a laptop's database takes about a second (docs/backups.md): short enough
    // to wait for, and it must not run while this connection is in a transaction anyway.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = Backups::create(m_store.db(), BackupReason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        showError(this, tr("The backup was not made."), made.error());
        return;
    }
    reload();
    m_status->setText(tr("Backup made: %1").arg(QDir::toNativeSeparators(made->path)));
}

void BackupPanel::askRestore()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString file = selected.first()->data(0, Qt::UserRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore a backup"),
                                tr("Go back to the data as it was on %1?").arg(selected.first()->text(0)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRestore"));
    box->setInformativeText(tr("Capacita will close and start again with that copy. What was entered after it is not "
                               "lost: the current file is kept in the backups folder first."));
    auto *yes = box->addButton(tr("Restore and restart"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmRestoreYes"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, file](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        pending() = file;
        m_status->setText(tr("Capacita is closing to restore the backup…"));
        if (window() != this)
            window()->close();
        QCoreApplication::exit(0);
    });
    box->open();
}

void BackupPanel::openFolder()
{
    const QString folder = Backups::folderFor(m_store.db().path());
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void BackupPanel::requestRestore(const QString &backupFile)
{
    pending() = backupFile;
}

QString BackupPanel::takePendingRestore()
{
    return std::exchange(pending(), QString());
}

int BackupPanel::finishPendingRestore(const QString &databasePath, int code)
{
    const QString file = takePendingRestore();
    if (file.isEmpty())
        return code;
    SystemClock clock;
    auto restored = Backups::restore(databasePath, file, clock);
    if (!restored) {
        QMessageBox box(QMessageBox::Warning, tr("Restore a backup"), tr("The backup was not restored."), QMessageBox::Ok);
        box.setInformativeText(restored.error().message);
        box.exec();
    }
    // Start again on the same file, whatever the other arguments were.
    QStringList args;
    const QStringList given = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (given.at(i) == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!given.at(i).startsWith(QLatin1String("--db=")))
            args << given.at(i);
    }
    args << QStringLiteral("--db") << databasePath;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    return 0;
}

} // namespace capacita
