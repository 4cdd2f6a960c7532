#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace capacita {

// Text colours that carry a meaning (an error, a gain, a loss, a default value), readable on
// the palette in use: dark tones on a light window, light tones on a dark or high-contrast
// one. The meaning is always in the words too; colour only helps.
enum class Tone { Error, Good, Bad, Muted };

QColor toneColor(Tone tone, const QPalette &palette);
QColor toneColor(Tone tone); // on the application's palette
// "color: #rrggbb;" for a label's style sheet.
QString toneStyleSheet(Tone tone);

} // namespace capacita
