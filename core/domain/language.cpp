#include "domain/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace capacita {

QLocale localeForLanguage(const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Spanish, QLocale::Colombia);
}

bool useLanguage(const QString &language)
{
    if (language != QLatin1String("es") && language != QLatin1String("en"))
        return false;
    QLocale::setDefault(localeForLanguage(language));
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/capacita_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace capacita
