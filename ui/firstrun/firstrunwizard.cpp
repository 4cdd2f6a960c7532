#include "firstrun/firstrunwizard.h"

#include "common/errorreporter.h"
#include "shell/appicon.h"
#include "shell/settingspage.h"
#include "storage/exampledata.h"
#include "storage/store.h"
#include "sync/datasetpanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

// A wizard page whose Next runs a check-and-save step; false keeps the person on the page.
class StepPage : public QWizardPage
{
public:
    StepPage(std::function<bool()> onNext, QWidget *parent) : QWizardPage(parent), m_onNext(std::move(onNext)) {}
    bool validatePage() override { return !m_onNext || m_onNext(); }
    void require(const QString &field, QWidget *widget) { registerField(field + u'*', widget); }

private:
    std::function<bool()> m_onNext;
};

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(Store &store, const QString &language, QWidget *parent)
    : QWizard(parent), m_store(store), m_service(store)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Welcome to Capacita"));
    setWindowIcon(appIcon());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("S&kip"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Start using Capacita"));
    button(QWizard::CancelButton)->setToolTip(tr("Skip these steps; everything can be set later in Settings and Sync."));

    setPage(LanguagePage, buildLanguagePage());
    setPage(LaptopPage, buildLaptopPage());
    setPage(DatasetPage, buildDatasetPage());
    setPage(ExamplePage, buildExamplePage());
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    setMinimumSize(560, 360); // fits 1366x768 at 150 % scaling
}

bool FirstRunWizard::shouldShow(Store &store)
{
    Database &db = store.db();
    if (!db.setting(doneKey()).isEmpty() || SyncService(store).dataset().joined())
        return false;
    if (store.trainings().list().isEmpty() && store.participants().list().isEmpty())
        return true;
    // A database that already holds records is set up: remember it, so later starts need
    // not list its records again. If this write fails, the check simply runs again.
    (void)db.setSetting(doneKey(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return false;
}

QString FirstRunWizard::language() const
{
    return m_language->currentData().toString();
}

QWizardPage *FirstRunWizard::buildLanguagePage()
{
    auto *page = new StepPage([this] { return saveLanguage(); }, this);
    page->setTitle(tr("Welcome to Capacita"));
    m_language = new QComboBox(page);
    m_language->setObjectName(u"firstRunLanguageCombo"_s);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    auto *label = new QLabel(tr("&Language of the program:"), page);
    label->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language of the program"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(label, m_language);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("Capacita keeps the records of your trainings: sessions, participants, "
                                   "attendance and tests. These short steps prepare this laptop. "
                                   "You can skip them and change everything later in Settings and Sync."),
                                page));
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(paragraph(tr("The windows after this assistant open in the language chosen here."), page));
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::buildLaptopPage()
{
    auto *page = new StepPage([this] { return saveLaptopName(); }, this);
    page->setTitle(tr("Name this laptop"));
    m_laptopName = new QLineEdit(m_service.dataset().deviceName, page);
    m_laptopName->setObjectName(u"laptopNameEdit"_s);
    m_laptopName->setMaxLength(60);
    m_laptopName->setPlaceholderText(tr("e.g. Trainer Iquitos 2"));
    m_laptopName->setAccessibleName(tr("Name of this laptop"));
    auto *label = new QLabel(tr("&Name of this laptop:"), page);
    label->setBuddy(m_laptopName);
    page->require(u"laptopName"_s, m_laptopName); // Next stays off while it is empty

    auto *form = new QFormLayout;
    form->addRow(label, m_laptopName);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("The other laptops of the programme see this name when you exchange "
                                   "records, so choose one that says whose or where it is."),
                                page));
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::buildDatasetPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Create or join a dataset"));
    m_panel = new DatasetPanel(m_store, m_service, page);
    m_panel->setDataset(m_service.dataset());
    connect(m_panel, &DatasetPanel::datasetChanged, this, [this] { m_panel->setDataset(m_service.dataset()); });

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("The coordinator creates the dataset once; each trainer's laptop joins it "
                                   "with the join file or with the dataset id and passphrase. If you do not "
                                   "know yet, go on: you can do this later on the Sync page."),
                                page));
    layout->addWidget(m_panel);
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::buildExamplePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Example data"));
    m_example = new QCheckBox(tr("&Load example data to try the program (two trainings, twelve people)"), page);
    m_example->setObjectName(u"exampleDataCheck"_s);
    m_exampleNote = paragraph(QString(), page);
    m_exampleNote->setObjectName(u"exampleDataNote"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_example);
    layout->addWidget(m_exampleNote);
    layout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ExamplePage)
            showExampleChoice();
    });
    return page;
}

// Invented people must never reach the programme's shared records, so a laptop that belongs
// to a dataset is not offered the example.
void FirstRunWizard::showExampleChoice()
{
    const bool joined = m_service.dataset().joined();
    m_example->setEnabled(!joined);
    if (joined)
        m_example->setChecked(false);
    m_exampleNote->setText(
        joined ? tr("This laptop belongs to a dataset now, so no example data is offered: it would travel "
                    "to the other laptops with the real records.")
               : tr("The example records are invented. Use a new database for real work, or delete them "
                    "before this laptop creates or joins a dataset."));
}

bool FirstRunWizard::saveLanguage()
{
    QSettings().setValue(SettingsPage::languageKey(), language());
    return true;
}

bool FirstRunWizard::saveLaptopName()
{
    const QString name = m_laptopName->text().trimmed();
    if (name == m_service.dataset().deviceName)
        return true;
    if (const Status renamed = m_service.setDeviceName(name); !renamed) {
        showError(this, tr("This laptop could not be renamed."), renamed.error());
        return false;
    }
    m_panel->setDataset(m_service.dataset());
    return true;
}

void FirstRunWizard::accept()
{
    if (m_example->isEnabled() && m_example->isChecked()) {
        auto added = addExampleData(m_store);
        if (!added) {
            showError(this, tr("The example data could not be loaded; nothing was added."), added.error());
            return;
        }
    }
    markDone();
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    markDone();
    QWizard::reject();
}

void FirstRunWizard::markDone()
{
    // If this fails the wizard only shows again at the next start, which does no harm.
    (void)m_store.db().setSetting(doneKey(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

} // namespace capacita
