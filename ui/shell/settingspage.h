#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace capacita {

class Store;

// Ajustes: the language of the program and facts about this installation's database.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);

    static QString languageKey() { return QStringLiteral("ui/language"); }
    // The saved language ("es" or "en"); Spanish unless English was chosen.
    static QString savedLanguage();

private:
    void onLanguageChosen();

    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace capacita
