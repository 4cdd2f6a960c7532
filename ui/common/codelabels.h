#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

class QComboBox;

namespace capacita {

// What a person sees for the codes stored in the database ("F", "in_person", "planned").
namespace labels {

QString sex(const QString &code);
QString docType(const QString &code);
QString modality(const QString &code);
QString trainingStatus(const QString &code);

// True when the program runs in Spanish (the default locale decides, set by main()).
bool spanishUi();
// The Spanish or English label of a lookup code, by the language of the program.
QString localized(const CodeLabel &entry);
QString localized(const QList<CodeLabel> &table, const QString &code);

// Fills a combo with (label, code) pairs; the code is the item data.
void fillCombo(QComboBox *combo, const QStringList &codes, QString (*label)(const QString &));
void fillCombo(QComboBox *combo, const QList<CodeLabel> &table, bool withNone);
// Selects the item whose data is code (or the first item when none is).
void selectCode(QComboBox *combo, const QString &code);

} // namespace labels
} // namespace capacita
