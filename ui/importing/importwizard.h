#pragma once

#include "domain/result.h"
#include "importing/importsummary.h"
#include "importing/rosterfile.h"

#include <QPointer>
#include <QWizard>

#include <optional>

#include <QProgressDialog>

namespace capacita {

class ImportJob;
class PreviewModel;
class RejectedRowsModel;
class Store;

// Importing a roster in four steps: choose the file (and sheet), look at the first rows and
// how each column was recognised, check it (a dry run that lists the rejected rows), import.
// The dry run and the import run on a worker thread (ImportJob) behind a progress dialog that
// can cancel them. The methods below are what the pages call, so tests drive the wizard with
// a path instead of file dialogs.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, CheckPageId, ResultPageId };

    explicit ImportWizard(Store &store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Reads the preview of `path`; for a workbook, `sheet` (empty: the first sheet).
    Status setFile(const QString &path, const QString &sheet = {});
    QString file() const { return m_path; }
    QString sheet() const { return m_sheet; }
    QStringList sheets() const { return m_sheets; } // empty for CSV
    bool hasPreview() const { return m_hasPreview; }
    const std::optional<Error> &previewError() const { return m_previewError; }
    PreviewModel *previewModel() const { return m_preview; }
    RejectedRowsModel *rejectedModel() const { return m_rejected; }
    // "header → field" lines for the recognised columns.
    QStringList mappingLines() const;

    void setSkipInvalid(bool skip);
    bool skipInvalid() const { return m_skipInvalid; }

    // Dry run: always plans with the valid rows, so the counts say what importing them would
    // do; the rejected rows are listed and importing needs skipInvalid when there are some.
    void startDryRun();
    void startImport();
    void cancel();
    bool isBusy() const { return m_job != nullptr; }
    const std::optional<ImportSummary> &checked() const { return m_checked; }
    const std::optional<ImportSummary> &imported() const { return m_imported; }
    const std::optional<Error> &jobError() const { return m_jobError; }
    QProgressDialog *progressDialog() const { return m_progress; }

    static QString summaryText(const ImportSummary &summary);

signals:
    void previewChanged();
    void busyChanged(bool busy);
    void dryRunFinished();
    void importFinished();

private:
    void startJob(bool dryRun);
    void onJobFinished();
    void onProgress(int done, int total);
    void catchUpWithWorker();

    Store &m_store;
    QString m_path;
    QString m_sheet;
    QStringList m_sheets;
    bool m_hasPreview = false;
    std::optional<Error> m_previewError;
    bool m_skipInvalid = false;
    PreviewModel *m_preview = nullptr;
    RejectedRowsModel *m_rejected = nullptr;
    ImportJob *m_job = nullptr;
    bool m_jobIsDryRun = false;
    QPointer<QProgressDialog> m_progress;
    std::optional<ImportSummary> m_checked;
    std::optional<ImportSummary> m_imported;
    std::optional<Error> m_jobError;
};

} // namespace capacita
