#include "shell/integritycheck.h"

#include "domain/allocator.h"
#include "shell/backuppanel.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QWidget>

namespace capacita {

IntegrityCheck::IntegrityCheck(QString databasePath, const Clock &clock, QWidget *window)
    : QObject(window), m_path(std::move(databasePath)), m_clock(clock), m_window(window)
{
}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    m_outcome.reset();
    m_thread = QThread::create([this] {
        m_result = Database::deferredChecks(m_path, m_clock);
        returnFreedMemory(); // the daily backup's
    });
    // Below the window's priority: the person is using it while the file is read.
    connect(m_thread, &QThread::finished, this, &IntegrityCheck::onThreadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void IntegrityCheck::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_outcome = m_result;
    emit finished();
    if (!m_result)
        offerRestore(m_result.error());
}

void IntegrityCheck::offerRestore(const Error &error)
{
    auto newest = Backups::newestGood(m_path);
    auto *box = new QMessageBox(QMessageBox::Critical, QStringLiteral("Capacita"),
                                tr("The check of the database file found damage:\n%1").arg(QDir::toNativeSeparators(m_path)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("damagedWhileOpen"));
    box->setDetailedText(error.message);
    QAbstractButton *restore = nullptr;
    if (newest) {
        box->setInformativeText(tr("The newest good backup is from %1. Capacita can close, restore it and start again; "
                                   "what was entered after it is lost. The damaged file is kept in the backups folder.")
                                    .arg(QLocale().toString(newest->created.toLocalTime(), QLocale::LongFormat)));
        restore = box->addButton(tr("&Restore the backup and restart"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreNewest"));
    } else {
        box->setInformativeText(tr("No good backup was found in %1. Close Capacita and ask for help with this file; "
                                   "do not delete it.")
                                    .arg(QDir::toNativeSeparators(Backups::folderFor(m_path))));
    }
    box->addButton(tr("&Continue for now"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("continue"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString backup = newest ? newest->path : QString();
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, backup](QAbstractButton *clicked) {
        if (!restore || clicked != restore)
            return;
        BackupPanel::requestRestore(backup);
        m_window->close();
        QCoreApplication::exit(0);
    });
    box->open();
}

} // namespace capacita
