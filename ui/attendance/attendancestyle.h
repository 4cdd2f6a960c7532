#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace capacita {

// How an attendance mark looks. Every mark is shown as a letter AND a colour (never colour
// alone, for colour-blind trainers and for black-and-white printouts), with the full word as
// tool tip and accessible text. Letters are translated: the Spanish sheet says P/T/J/A.
namespace attendancestyle {

const QStringList &statuses(); // present, late, excused, absent
QString letter(const QString &status);
QString name(const QString &status); // "Present"; empty for no mark
QColor background(const QString &status);
QColor foreground(const QString &status);

// The status a key sets, if any: P, T/L, J/E, A (Spanish and English initials).
std::optional<QString> statusForKey(int key);
// Space cycles: none -> present -> absent -> late -> excused -> present ...
QString nextInCycle(const QString &status);

} // namespace attendancestyle
} // namespace capacita
