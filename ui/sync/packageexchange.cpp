#include "sync/packageexchange.h"

#include "storage/store.h"
#include "sync/sync.h"
#include "sync/syncjob.h"
#include "sync/synctext.h"
#include "sync/writepackagedialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace capacita {

PackageExchange::PackageExchange(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

PackageExchange::~PackageExchange()
{
    delete m_job; // waits for a running worker; its Store closes on its own thread
}

bool PackageExchange::isBusy() const
{
    return m_job != nullptr;
}

void PackageExchange::chooseAndWrite(const QString &deviceName)
{
    if (isBusy())
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store.db().clock().nowMs());
    auto *dialog = new WritePackageDialog(deviceName, now, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"writePackageDialog"_s);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { writePackage(dialog->filePath(), dialog->full()); });
    dialog->open();
}

void PackageExchange::chooseAndRead()
{
    if (isBusy())
        return;
    const QList<QStorageInfo> drives = WritePackageDialog::removableVolumes();
    const QString start = drives.isEmpty() ? WritePackageDialog::lastFolder() : drives.first().rootPath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Choose the package to read"), start, tr("Capacita packages (*.capacita);;All files (*)"));
    if (!path.isEmpty())
        readPackage(path);
}

void PackageExchange::writePackage(const QString &path, bool full)
{
    start(Step::Write, path, full);
}

void PackageExchange::readPackage(const QString &path)
{
    m_pending.clear();
    start(Step::Preview, path, false);
}

void PackageExchange::confirmImport()
{
    if (m_pending.isEmpty() || isBusy())
        return;
    if (m_box)
        m_box->close();
    const QString path = m_pending;
    m_pending.clear();
    start(Step::Import, path, false);
}

void PackageExchange::start(Step step, const QString &path, bool full)
{
    if (isBusy())
        return;
    m_step = step;
    m_path = path;
    m_lastError.reset();
    m_lastSummary = {};
    SyncJob::Work work;
    QString label;
    switch (step) {
    case Step::Write:
        work = [path, full](SyncService &s) { return s.exportPackage(path, ExportOptions { full, {} }); };
        label = tr("Writing and checking the package…");
        break;
    case Step::Preview:
        work = [path](SyncService &s) { return s.importPackage(path, true); };
        label = tr("Checking the package…");
        break;
    case Step::Import:
        work = [path](SyncService &s) { return s.importPackage(path, false); };
        label = tr("Importing the package…");
        break;
    }
    m_job = new SyncJob(m_store.db().path(), &m_store.db().clock(), std::move(work), this);
    connect(m_job, &SyncJob::finished, this, &PackageExchange::onJobFinished);

    // No Cancel: a merge is one transaction that takes seconds; stopping it would only roll back.
    m_progress = new QProgressDialog(label, QString(), 0, 0, m_window);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setWindowTitle(tr("Sync"));
    m_progress->setCancelButton(nullptr);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->open();

    emit busyChanged(true);
    m_job->start();
}

void PackageExchange::catchUpWithWorker()
{
    // The worker stamped its writes with its own copy of the clock and stored it; the GUI's
    // copy must not hand out older stamps, or its next edits would sort before the import.
    Database &db = m_store.db();
    db.observeStamp(Hlc::fromText(db.setting(u"hlc"_s, u"0"_s)));
}

void PackageExchange::onJobFinished()
{
    const Result<QJsonObject> result = *m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_progress)
        m_progress->close();
    m_progress = nullptr;
    if (m_step != Step::Preview)
        catchUpWithWorker();
    emit busyChanged(false);

    if (!result) {
        m_lastError = result.error();
        switch (m_step) {
        case Step::Write:
            showFailure(tr("The package could not be written."), result.error());
            break;
        case Step::Preview:
            showFailure(tr("This package cannot be imported. Nothing was changed."), result.error());
            break;
        case Step::Import:
            showFailure(tr("The package was not imported. Nothing was changed."), result.error());
            break;
        }
        emit failed(result.error());
        emit finished();
        return;
    }
    m_lastSummary = *result;
    switch (m_step) {
    case Step::Write: {
        WritePackageDialog::rememberFolder(QFileInfo(m_path).absolutePath());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Package written"),
            tr("The package was written to %1").arg(QDir::toNativeSeparators(m_path)), QMessageBox::Ok, m_window);
        box->setObjectName(u"writeResult"_s);
        box->setInformativeText(SyncText::exportReport(m_lastSummary));
        showBox(box);
        emit written(m_lastSummary);
        break;
    }
    case Step::Preview:
        showPreview(m_lastSummary);
        emit previewReady(m_lastSummary);
        break;
    case Step::Import: {
        // The worker's connection wrote the rows: everything shown from the GUI Store reloads.
        emit m_store.db().notifier().bulkChanged();
        auto *box = new QMessageBox(QMessageBox::Information, tr("Package imported"), tr("The package was imported."),
            QMessageBox::Ok, m_window);
        box->setObjectName(u"importResult"_s);
        box->setInformativeText(SyncText::importReport(m_lastSummary, true));
        showBox(box);
        emit imported(m_lastSummary);
        break;
    }
    }
    emit finished();
}

void PackageExchange::showPreview(const QJsonObject &summary)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Read package"),
        tr("The package %1 was checked: it is intact and belongs to this dataset.").arg(QFileInfo(m_path).fileName()),
        QMessageBox::NoButton, m_window);
    box->setObjectName(u"importPreview"_s);
    box->setInformativeText(SyncText::importReport(summary, false));
    if (summary.value(u"already_imported"_s).toBool()) {
        box->setIcon(QMessageBox::Information);
        box->addButton(QMessageBox::Close);
    } else {
        m_pending = m_path;
        QPushButton *import = box->addButton(tr("Import"), QMessageBox::AcceptRole);
        import->setObjectName(u"importButton"_s);
        QPushButton *cancel = box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(import);
        connect(import, &QPushButton::clicked, this, &PackageExchange::confirmImport);
        connect(cancel, &QPushButton::clicked, this, [this] { m_pending.clear(); });
    }
    showBox(box);
}

void PackageExchange::showFailure(const QString &what, const Error &error)
{
    // As showError() draws it, but kept at hand: the core's message says what to do next.
    auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Capacita"), what, QMessageBox::Ok, m_window);
    box->setObjectName(u"errorBox"_s);
    box->setInformativeText(error.message);
    showBox(box);
}

void PackageExchange::showBox(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    m_box = box;
    box->open();
}

} // namespace capacita
