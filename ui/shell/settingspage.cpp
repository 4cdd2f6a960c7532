#include "shell/settingspage.h"

#include "common/appearance.h"
#include "common/narrowforms.h"
#include "domain/language.h"

#include "shell/backuppanel.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
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

    m_highContrast = new QCheckBox(tr("&High contrast: white text on black"), this);
    m_highContrast->setObjectName(QStringLiteral("highContrastCheck"));
    m_highContrast->setChecked(highContrastChosen());
    auto *displayBox = new QGroupBox(tr("Display"), this);
    auto *displayLayout = new QVBoxLayout(displayBox);
    displayLayout->addWidget(m_highContrast);
    auto *displayNote = new QLabel(tr("Easier to read with low vision or in bright light. Text size "
                                      "follows the scaling of the computer's display settings."), this);
    displayNote->setWordWrap(true);
    displayLayout->addWidget(displayNote);

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

    // In a scroll area: with the backups list it is taller than a small screen at 150 %.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(languageBox);
    layout->addWidget(displayBox);
    layout->addWidget(databaseBox);
    layout->addWidget(new BackupPanel(store, this), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    stackFormsWhenNarrow(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
    connect(m_highContrast, &QCheckBox::toggled, this, [](bool on) {
        QSettings().setValue(highContrastKey(), on);
        useHighContrast(on);
    });
}

void SettingsPage::onLanguageChosen()
{
    const QString chosen = m_language->currentData().toString();
    QSettings().setValue(languageKey(), chosen);
    m_note->setVisible(true);
}

} // namespace capacita
