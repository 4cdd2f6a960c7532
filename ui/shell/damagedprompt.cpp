#include "shell/damagedprompt.h"

#include "domain/clock.h"
#include "storage/backup.h"
#include "storage/store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace capacita {

DamagedPrompt::DamagedPrompt(const QString &databasePath, const Error &error, const std::optional<BackupInfo> &newest,
                             QWidget *parent)
    : QMessageBox(QMessageBox::Critical, QStringLiteral("Capacita"),
                  tr("The database file is damaged and cannot be opened:\n%1").arg(QDir::toNativeSeparators(databasePath)),
                  QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("damagedPrompt"));
    if (newest) {
        setInformativeText(tr("The newest good backup is from %1. Restoring it brings back the data as it was then; "
                              "what was entered later is lost. The damaged file is kept in the backups folder.")
                               .arg(QLocale().toString(newest->created.toLocalTime(), QLocale::LongFormat)));
        m_restore = addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
        m_restore->setObjectName(QStringLiteral("restoreNewest"));
        setDefaultButton(qobject_cast<QPushButton *>(m_restore));
    } else {
        setInformativeText(tr("No good backup was found in %1. Open another file or quit, and ask for help with this "
                              "file; do not delete it.")
                               .arg(QDir::toNativeSeparators(Backups::folderFor(databasePath))));
    }
    m_other = addButton(tr("&Open another file…"), QMessageBox::ActionRole);
    m_other->setObjectName(QStringLiteral("openOther"));
    addButton(tr("&Quit"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("quit"));
    setDetailedText(error.message);
}

DamagedPrompt::Choice DamagedPrompt::choice() const
{
    if (m_restore && clickedButton() == m_restore)
        return Restore;
    if (clickedButton() == m_other)
        return OpenOther;
    return Quit;
}

std::unique_ptr<Store> DamagedPrompt::recover(const QString &databasePath, const Error &error)
{
    Error last = error;
    for (;;) {
        auto newest = Backups::newestGood(databasePath);
        DamagedPrompt prompt(databasePath, last, newest ? std::optional<BackupInfo>(*newest) : std::nullopt);
        prompt.exec();
        Result<std::unique_ptr<Store>> opened = last;
        switch (prompt.choice()) {
        case Quit:
            return nullptr;
        case Restore: {
            SystemClock clock;
            auto restored = Backups::restore(databasePath, newest->path, clock);
            if (!restored) {
                last = restored.error();
                continue;
            }
            opened = Store::open(databasePath);
            break;
        }
        case OpenOther: {
            const QString other = QFileDialog::getOpenFileName(
                nullptr, tr("Open a Capacita database"), QFileInfo(databasePath).absolutePath(),
                tr("Capacita databases (*.sqlite);;All files (*)"));
            if (other.isEmpty())
                continue;
            opened = Store::open(other);
            break;
        }
        }
        if (opened)
            return std::move(opened).value();
        last = opened.error();
    }
}

} // namespace capacita
