#include "shell/settingspage.h"

#include "domain/language.h"

#include "shell/backuppanel.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace capacita {

QString SettingsPage::savedLanguage()
{
    const QString saved = QSettings().value(languageKey()).toString();
    if (saved == QLatin1String("en") || saved == QLatin1String("es"))
        return saved;
    return languageFor(QLocale::system());
}

QLocale SettingsPage::localeFor(const QString &language)
{
    return localeForLanguage(language);
}

QString SettingsPage::languageFor(const QLocale &locale)
{
    // Spanish first: English only when the system clearly asks for it.
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
}

SettingsPage::SettingsPage(Store &store, QWidget *parent) : QWidget(parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(savedLanguage()));
    m_note = new QLabel(tr("The new language applies the next time Capacita starts."), this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(tr("&Language of the program:"), m_language);
    languageForm->addRow(m_note);

    auto makeInfo = [this](const QString &text, const char *name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    auto *databaseBox = new QGroupBox(tr("This installation"), this);
    auto *databaseForm = new QFormLayout(databaseBox);
    databaseForm->addRow(tr("Database file:"),
                         makeInfo(QDir::toNativeSeparators(store.db().path()), "databasePath"));
    databaseForm->addRow(tr("Site id:"), makeInfo(store.db().siteId(), "siteId"));
    databaseForm->addRow(tr("Schema version:"),
                         makeInfo(QString::number(store.db().schemaVersion()), "schemaVersion"));
    databaseForm->addRow(tr("Program version:"),
                         makeInfo(QStringLiteral(CAPACITA_VERSION), "programVersion"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(databaseBox);
    layout->addWidget(new BackupPanel(store, this), 1);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
}

void SettingsPage::onLanguageChosen()
{
    const QString chosen = m_language->currentData().toString();
    QSettings().setValue(languageKey(), chosen);
    m_note->setVisible(true);
}

} // namespace capacita
