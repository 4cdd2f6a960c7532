#include "common/codelabels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

namespace capacita::labels {

QString sex(const QString &code)
{
    if (code == QLatin1String("F"))
        return QCoreApplication::translate("capacita::labels", "Female");
    if (code == QLatin1String("M"))
        return QCoreApplication::translate("capacita::labels", "Male");
    if (code == QLatin1String("X"))
        return QCoreApplication::translate("capacita::labels", "Other / non-binary");
    return QCoreApplication::translate("capacita::labels", "Not recorded");
}

QString docType(const QString &code)
{
    if (code == QLatin1String("dni"))
        return QCoreApplication::translate("capacita::labels", "DNI");
    if (code == QLatin1String("ce"))
        return QCoreApplication::translate("capacita::labels", "Foreigner's card (CE)");
    return QCoreApplication::translate("capacita::labels", "No document");
}

QString modality(const QString &code)
{
    if (code == QLatin1String("in_person"))
        return QCoreApplication::translate("capacita::labels", "In person");
    if (code == QLatin1String("virtual"))
        return QCoreApplication::translate("capacita::labels", "Virtual");
    if (code == QLatin1String("hybrid"))
        return QCoreApplication::translate("capacita::labels", "Hybrid");
    return code;
}

QString trainingStatus(const QString &code)
{
    if (code == QLatin1String("planned"))
        return QCoreApplication::translate("capacita::labels", "Planned");
    if (code == QLatin1String("ongoing"))
        return QCoreApplication::translate("capacita::labels", "Ongoing");
    if (code == QLatin1String("completed"))
        return QCoreApplication::translate("capacita::labels", "Completed");
    if (code == QLatin1String("cancelled"))
        return QCoreApplication::translate("capacita::labels", "Cancelled");
    return code;
}

bool spanishUi()
{
    return QLocale().language() == QLocale::Spanish;
}

QString localized(const CodeLabel &entry)
{
    const QString &preferred = spanishUi() ? entry.labelEs : entry.labelEn;
    return preferred.isEmpty() ? entry.code : preferred;
}

QString localized(const QList<CodeLabel> &table, const QString &code)
{
    for (const CodeLabel &entry : table) {
        if (entry.code == code)
            return localized(entry);
    }
    return code;
}

void fillCombo(QComboBox *combo, const QStringList &codes, QString (*label)(const QString &))
{
    combo->clear();
    for (const QString &code : codes)
        combo->addItem(label(code), code);
}

void fillCombo(QComboBox *combo, const QList<CodeLabel> &table, bool withNone)
{
    combo->clear();
    if (withNone)
        combo->addItem(QCoreApplication::translate("capacita::labels", "(not recorded)"), QString());
    for (const CodeLabel &entry : table)
        combo->addItem(localized(entry), entry.code);
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace capacita::labels
