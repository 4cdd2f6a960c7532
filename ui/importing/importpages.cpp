#include "importing/importpages.h"

#include "common/tonecolors.h"
#include "importing/importwizard.h"
#include "importing/previewmodel.h"
#include "importing/rejectedrowsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void warn(QLabel *label)
{
    label->setStyleSheet(toneStyleSheet(Tone::Error));
}
} // namespace

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose the roster"));
    setSubTitle(tr("A CSV file or an Excel workbook (.xlsx), one row per participant per training."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"importPath"_s);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowse"_s);
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(u"importSheet"_s);
    m_sheetLabel->setBuddy(m_sheet);
    m_status = wrappedLabel(this, u"importFileStatus"_s);

    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("File:"), this), 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(browse, 0, 2);
    grid->addWidget(m_sheetLabel, 1, 0);
    grid->addWidget(m_sheet, 1, 1);
    grid->addWidget(m_status, 2, 0, 1, 3);
    grid->setRowStretch(3, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_sheet, &QComboBox::activated, this, [this] { load(m_wizard.file(), m_sheet->currentText()); });
    connect(&m_wizard, &ImportWizard::previewChanged, this, &ImportFilePage::showState);
    showState();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the roster to import"), m_wizard.file(),
                                                      tr("Rosters (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        load(path, {});
}

void ImportFilePage::load(const QString &path, const QString &sheet)
{
    (void)m_wizard.setFile(path, sheet); // the page shows the error itself
}

void ImportFilePage::showState()
{
    m_path->setText(QDir::toNativeSeparators(m_wizard.file()));
    const QStringList sheets = m_wizard.sheets();
    m_sheet->clear();
    m_sheet->addItems(sheets);
    m_sheet->setCurrentText(m_wizard.sheet());
    m_sheetLabel->setVisible(!sheets.isEmpty());
    m_sheet->setVisible(!sheets.isEmpty());
    if (m_wizard.previewError()) {
        warn(m_status);
        m_status->setText(tr("This file cannot be read: %1").arg(m_wizard.previewError()->text()));
    } else if (m_wizard.hasPreview()) {
        m_status->setStyleSheet({});
        const rosterfile::Preview &p = m_wizard.previewModel()->preview();
        m_status->setText(tr("%1 — %n row(s) to check.", nullptr, p.rowCount).arg(p.source));
    } else {
        m_status->clear();
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard.hasPreview();
}

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("The first rows of the file, and the roster column each header was read as."));
    m_mapping = wrappedLabel(this, u"importMapping"_s);
    m_ignored = wrappedLabel(this, u"importIgnored"_s);
    m_problem = wrappedLabel(this, u"importHeaderProblem"_s);
    warn(m_problem);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setModel(wizard.previewModel());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mapping);
    layout->addWidget(m_ignored);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    const rosterfile::Preview &p = m_wizard.previewModel()->preview();
    m_mapping->setText(tr("Recognised columns: %1").arg(m_wizard.mappingLines().join(u";  "_s)));
    m_ignored->setVisible(!p.ignored.isEmpty());
    m_ignored->setText(tr("Ignored columns (not part of a roster): %1").arg(p.ignored.join(u", "_s)));
    m_problem->setVisible(!p.headerError.isEmpty());
    m_problem->setText(tr("This file cannot be imported: %1").arg(p.headerError));
    m_table->resizeColumnsToContents();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard.hasPreview() && m_wizard.previewModel()->preview().headerError.isEmpty();
}

ImportCheckPage::ImportCheckPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setTitle(tr("What the import will do"));
    setSubTitle(tr("Nothing has been stored yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary = wrappedLabel(this, u"importCheckSummary"_s);
    m_rejectedTitle = new QLabel(tr("Rejected rows:"), this);
    m_rejected = new QTableView(this);
    m_rejected->setObjectName(u"importRejectedTable"_s);
    m_rejected->setModel(wizard.rejectedModel());
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_skip = new QCheckBox(tr("&Skip the invalid rows and import the others"), this);
    m_skip->setObjectName(u"importSkipInvalid"_s);
    m_advice = wrappedLabel(this, u"importCheckAdvice"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_advice);
    layout->addStretch();

    connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.setSkipInvalid(on);
        showResult();
    });
    connect(&m_wizard, &ImportWizard::dryRunFinished, this, &ImportCheckPage::showResult);
}

void ImportCheckPage::initializePage()
{
    m_skip->setChecked(false);
    m_wizard.setSkipInvalid(false);
    m_summary->setText(tr("Checking…"));
    showResult();
    m_wizard.startDryRun();
}

void ImportCheckPage::showResult()
{
    const auto &checked = m_wizard.checked();
    const int rejected = checked ? int(checked->rejectedRows.size()) : 0;
    m_rejectedTitle->setVisible(rejected > 0);
    m_rejected->setVisible(rejected > 0);
    m_skip->setVisible(rejected > 0);
    m_advice->setStyleSheet({});
    if (m_wizard.jobError()) {
        warn(m_summary);
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_wizard.jobError()->text()));
        m_advice->clear();
    } else if (checked && checked->cancelled) {
        m_summary->setText(tr("The check was cancelled. Go back and forward again to repeat it."));
        m_advice->clear();
    } else if (checked) {
        m_summary->setStyleSheet({});
        m_summary->setText(ImportWizard::summaryText(*checked));
        if (rejected > 0 && !m_skip->isChecked()) {
            warn(m_advice);
            m_advice->setText(tr("The file will not be imported while %n row(s) are rejected: correct them in the "
                                 "file and check it again, or skip them.", nullptr, rejected));
        } else {
            m_advice->setText(tr("Press Import to store these changes."));
        }
        m_rejected->resizeColumnToContents(RejectedRowsModel::Line);
    }
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const auto &checked = m_wizard.checked();
    if (m_wizard.isBusy() || !checked || checked->cancelled || m_wizard.jobError())
        return false;
    if (checked->rowsImported == 0)
        return false;
    return checked->rejectedRows.isEmpty() || m_wizard.skipInvalid();
}

ImportResultPage::ImportResultPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("What the import did."));
    setFinalPage(true);
    m_headline = wrappedLabel(this, u"importResultHeadline"_s);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_summary = wrappedLabel(this, u"importResultSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addStretch();
    connect(&m_wizard, &ImportWizard::importFinished, this, &ImportResultPage::showResult);
}

void ImportResultPage::initializePage()
{
    m_headline->setText(tr("Importing…"));
    m_summary->clear();
    m_wizard.startImport();
}

void ImportResultPage::showResult()
{
    const auto &imported = m_wizard.imported();
    if (m_wizard.jobError()) {
        m_headline->setText(tr("The roster was not imported. Nothing was changed."));
        m_summary->setText(m_wizard.jobError()->text());
    } else if (imported && imported->cancelled) {
        m_headline->setText(tr("The import was cancelled. Nothing was changed."));
        m_summary->clear();
    } else if (imported && imported->refused) {
        m_headline->setText(tr("The roster was not imported because %n row(s) were rejected. Nothing was changed.",
                               nullptr, int(imported->rejectedRows.size())));
        m_summary->setText(tr("Correct the rows in the file, or import again and choose to skip them."));
    } else if (imported) {
        m_headline->setText(tr("The roster was imported."));
        QString text = ImportWizard::summaryText(*imported);
        if (!imported->probableDuplicates.isEmpty())
            text += u"\n\n"_s + tr("Review the probable duplicates on the Duplicates page.");
        m_summary->setText(text);
    }
    emit completeChanged();
}

bool ImportResultPage::isComplete() const
{
    return !m_wizard.isBusy();
}

} // namespace capacita
