#pragma once

#include <QLocale>
#include <QString>

namespace capacita {

// The locale for a program language ("es" or "en"): Spanish writes dd/MM/yyyy dates and a
// decimal comma (12,5), as the programme does. CLDR gives es_PE a decimal point, so the
// Spanish of Colombia stands in: same words, same date order, decimal comma.
QLocale localeForLanguage(const QString &language);

// Loads the embedded translation (:/i18n/capacita_<language>.qm, linked into each program)
// and makes the language's locale the default. Returns false for an unknown language.
bool useLanguage(const QString &language);

} // namespace capacita
