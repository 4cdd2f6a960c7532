#include "reports/sheetprinter.h"

#include "common/errorreporter.h"
#include "reports/exportjob.h"
#include "reports/savedfile.h"
#include "reports/sheets.h"

#include <QDir>
#include <QRegularExpression>
#include <QWidget>

namespace capacita {

SheetPrinter::SheetPrinter(Store &store, QWidget *parent) : QObject(parent), m_store(store), m_parent(parent) {}

SheetPrinter::~SheetPrinter()
{
    delete m_job; // waits for the file to be written
}

void SheetPrinter::print(const QString &trainingId, Kind kind)
{
    if (m_job || trainingId.isEmpty())
        return;
    const Result<reports::TrainingSheet> sheet = reports::loadTrainingSheet(m_store, trainingId);
    if (!sheet) {
        showError(m_parent, tr("The sheet could not be made."), sheet.error());
        return;
    }
    QString code = sheet->code;
    code.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString suggested = (kind == SignIn ? tr("sign-in-%1.pdf") : tr("scores-%1.pdf")).arg(code);
    const QString path = m_chooser ? m_chooser(kind, suggested)
                                   : askSavePath(m_parent,
                                                 kind == SignIn ? tr("Save the sign-in sheet")
                                                                : tr("Save the score sheet"),
                                                 suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printTo(trainingId, kind, path);
}

void SheetPrinter::printTo(const QString &trainingId, Kind kind, const QString &path)
{
    if (m_job)
        return;
    Result<reports::TrainingSheet> sheet = reports::loadTrainingSheet(m_store, trainingId);
    if (!sheet) {
        report(sheet.error(), path, kind);
        return;
    }
    m_job = new ExportJob(
        [sheet = std::move(sheet).value(), kind, path] {
            return kind == SignIn ? reports::writeSignInSheet(sheet, path) : reports::writeScoreSheet(sheet, path);
        },
        this);
    connect(m_job, &ExportJob::finished, this, [this, path, kind] {
        const Status status = *m_job->result();
        m_job->deleteLater();
        m_job = nullptr;
        report(status, path, kind);
    });
    m_job->start();
}

void SheetPrinter::report(const Status &status, const QString &path, Kind kind)
{
    if (status) {
        showSaved(m_parent,
                  kind == SignIn ? tr("The sign-in sheet was saved. Print it and take it to the sessions.")
                                 : tr("The score sheet was saved. Print it for the pre and post tests."),
                  path);
    } else {
        showError(m_parent, tr("The sheet could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                  status.error());
    }
    emit finished(status, path);
}

} // namespace capacita
