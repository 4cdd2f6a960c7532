#pragma once

#include <QString>

namespace capacita {

// Lower case without accents, so "Pérez" and "PEREZ" are found by "perez": people type
// names the way they can on the keyboard at hand.
QString foldForSearch(const QString &text);

// "MADRE DE DIOS" -> "Madre de Dios": the UBIGEO table is upper case, which is hard to read
// in a list.
QString displayPlaceName(const QString &upperCaseName);

} // namespace capacita
