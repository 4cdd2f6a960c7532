#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace capacita {

class ImportWizard;

// Step 1: the file, and the sheet of a workbook.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard &wizard);
    bool isComplete() const override;
    void browse();

private:
    void load(const QString &path, const QString &sheet);
    void showState();

    ImportWizard &m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_status = nullptr;
};

// Step 2: the first rows, and what each column was recognised as.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard &m_wizard;
    QLabel *m_mapping = nullptr;
    QLabel *m_ignored = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_table = nullptr;
};

// Step 3: a dry run; what importing would do, and the rejected rows.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showResult();

    ImportWizard &m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_rejectedTitle = nullptr;
    QTableView *m_rejected = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_advice = nullptr;
};

// Step 4: the import itself, and what it did.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showResult();

    ImportWizard &m_wizard;
    QLabel *m_headline = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace capacita
