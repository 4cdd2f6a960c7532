#include "importing/importwizard.h"

#include "importing/importjob.h"
#include "importing/importpages.h"
#include "importing/previewmodel.h"
#include "importing/rejectedrowsmodel.h"
#include "importing/xlsxreader.h"
#include "storage/store.h"
#include "sync/hlc.h"

#include <QFile>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace capacita {

ImportWizard::ImportWizard(Store &store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_preview(new PreviewModel(this))
    , m_rejected(new RejectedRowsModel(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import roster"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import is done: only Finish
    setPage(FilePageId, new ImportFilePage(*this));
    setPage(PreviewPageId, new ImportPreviewPage(*this));
    setPage(CheckPageId, new ImportCheckPage(*this));
    setPage(ResultPageId, new ImportResultPage(*this));
    resize(900, 600);
}

ImportWizard::~ImportWizard()
{
    if (!m_job)
        return;
    const bool mayHaveWritten = !m_jobIsDryRun;
    delete m_job; // cancels and waits: its Store closes on its own thread
    if (mayHaveWritten) {
        // Closed while importing: the import may have committed just before the cancel.
        catchUpWithWorker();
        emit m_store.db().notifier().bulkChanged();
    }
}

Status ImportWizard::setFile(const QString &path, const QString &sheet)
{
    m_path = path;
    m_sheets.clear();
    m_checked.reset();
    m_imported.reset();
    m_jobError.reset();
    m_rejected->setRows({});
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(2) == "PK") {
        if (auto names = xlsxreader::sheetNames(file.readAll()))
            m_sheets = *names;
    }
    m_sheet = sheet.isEmpty() ? m_sheets.value(0) : sheet;

    Result<rosterfile::Preview> preview = rosterfile::preview(path, m_sheet);
    m_hasPreview = preview.ok();
    if (preview) {
        m_previewError.reset();
        m_preview->setPreview(*preview);
    } else {
        m_previewError = preview.error();
        m_preview->clear();
    }
    emit previewChanged();
    if (!preview)
        return preview.error();
    return {};
}

QStringList ImportWizard::mappingLines() const
{
    QStringList lines;
    const rosterfile::Preview &p = m_preview->preview();
    for (qsizetype i = 0; i < p.header.size(); ++i) {
        const QString key = p.columns.value(i);
        if (!key.isEmpty())
            lines << tr("%1 → %2").arg(p.header.at(i), PreviewModel::fieldLabel(key));
    }
    return lines;
}

void ImportWizard::setSkipInvalid(bool skip)
{
    m_skipInvalid = skip;
}

void ImportWizard::startDryRun()
{
    m_checked.reset();
    m_rejected->setRows({});
    startJob(true);
}

void ImportWizard::startImport()
{
    m_imported.reset();
    startJob(false);
}

void ImportWizard::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportWizard::startJob(bool dryRun)
{
    if (m_job || m_path.isEmpty())
        return;
    m_jobError.reset();
    m_jobIsDryRun = dryRun;
    ImportOptions options;
    options.dryRun = dryRun;
    options.skipInvalid = dryRun || m_skipInvalid;
    options.sheet = m_sheet;
    m_job = new ImportJob(m_store.db().path(), &m_store.db().clock(), m_path, options, this);
    connect(m_job, &ImportJob::progressed, this, &ImportWizard::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportWizard::onJobFinished);

    m_progress = new QProgressDialog(dryRun ? tr("Checking the roster…") : tr("Importing the roster…"),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import roster"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportWizard::cancel);
    m_progress->open();

    emit busyChanged(true);
    m_job->start();
}

void ImportWizard::onProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void ImportWizard::catchUpWithWorker()
{
    // The worker stamped its writes with its own copy of the clock; the GUI's copy must not
    // hand out older stamps, or its next edits would sort before the import.
    Database &db = m_store.db();
    db.observeStamp(Hlc::fromText(db.setting(u"hlc"_s, u"0"_s)));
}

void ImportWizard::onJobFinished()
{
    const Result<ImportSummary> result = *m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_progress)
        m_progress->close(); // deletes itself
    m_progress = nullptr; // a late progress report must not show it again
    const bool dryRun = m_jobIsDryRun;
    if (!dryRun)
        catchUpWithWorker();
    if (!result)
        m_jobError = result.error();
    if (dryRun) {
        if (result) {
            m_checked = *result;
            m_rejected->setRows(result->rejectedRows);
        }
    } else if (result) {
        m_imported = *result;
        if (result->committed) // the worker's connection wrote the rows: every page reloads
            emit m_store.db().notifier().bulkChanged();
    }
    emit busyChanged(false);
    if (dryRun)
        emit dryRunFinished();
    else
        emit importFinished();
}

QString ImportWizard::summaryText(const ImportSummary &s)
{
    QStringList lines;
    if (!s.source.isEmpty())
        lines << tr("File: %1").arg(s.source);
    lines << tr("Rows read: %1").arg(s.rowsRead);
    const bool done = s.committed;
    lines << (done ? tr("Rows imported: %1") : tr("Rows that can be imported: %1")).arg(s.rowsImported);
    lines << (done ? tr("Trainings created: %1, updated: %2") : tr("Trainings to create: %1, to update: %2"))
                 .arg(s.trainingsCreated)
                 .arg(s.trainingsUpdated);
    lines << (done ? tr("Participants created: %1") : tr("Participants to create: %1")).arg(s.participantsCreated);
    lines << tr("People already on record matched: %1").arg(s.participantsMatched);
    lines << tr("Probable duplicates to review: %1").arg(s.probableDuplicates.size());
    lines << tr("Rejected rows: %1").arg(s.rejectedRows.size());
    for (const QString &warning : s.warnings)
        lines << warning;
    return lines.join(u'\n');
}

} // namespace capacita
