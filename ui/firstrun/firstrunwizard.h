#pragma once

#include "sync/sync.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace capacita {

class DatasetPanel;
class Store;

// The first start on a new, empty database: choose the language, name this laptop, create or
// join a dataset (the Sincronizar panel, reused), and optionally load example data. Every
// step can be skipped; finishing or skipping marks the database so it is not shown again.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LanguagePage, LaptopPage, DatasetPage, ExamplePage };

    // `language` is the one the program runs in now ("es" or "en").
    FirstRunWizard(Store &store, const QString &language, QWidget *parent = nullptr);

    // True on a database with no dataset, no trainings, no participants, never set up before.
    // A database found to hold records is marked as set up.
    static bool shouldShow(Store &store);
    static QString doneKey() { return QStringLiteral("first_run_done"); } // in local_settings

    QString language() const; // as chosen on the first page (and saved)
    DatasetPanel *datasetPanel() const { return m_panel; }

    void accept() override; // loads the example data if asked, then marks the database
    void reject() override; // "Skip": marks the database, changes nothing else

private:
    QWizardPage *buildLanguagePage();
    QWizardPage *buildLaptopPage();
    QWizardPage *buildDatasetPage();
    QWizardPage *buildExamplePage();
    bool saveLanguage();
    bool saveLaptopName();
    void showExampleChoice();
    void markDone();

    Store &m_store;
    SyncService m_service;
    QComboBox *m_language = nullptr;
    QLineEdit *m_laptopName = nullptr;
    DatasetPanel *m_panel = nullptr;
    QCheckBox *m_example = nullptr;
    QLabel *m_exampleNote = nullptr;
};

} // namespace capacita
