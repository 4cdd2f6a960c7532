#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLocale;

namespace capacita {

class Store;

// Ajustes: the language and look of the program, and facts about this installation's database.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);

    static QString languageKey() { return QStringLiteral("ui/language"); }
    // The saved language ("es" or "en"); before one is saved, the system locale's (languageFor).
    static QString savedLanguage();
    // "en" for an English locale, else "es".
    static QString languageFor(const QLocale &locale);
    // The locale that formats dates and numbers in a language: Spanish gives 31/12/2025, 12,5.
    static QLocale localeFor(const QString &language);

private:
    void onLanguageChosen();

    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_highContrast = nullptr;
};

} // namespace capacita
