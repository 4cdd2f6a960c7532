#pragma once

#include <QPalette>

namespace capacita {

// A high-contrast look for people with low vision and for laptops used in bright sunlight:
// white text on black, yellow selection, charts in Qt Charts' high-contrast theme. It does
// not depend on the desktop: the Fusion style draws it the same on Linux and Windows.
QPalette highContrastPalette();

QString highContrastKey(); // the QSettings key of the choice
bool highContrastChosen();
// Applies the choice to the running program (palette and style); windows repaint at once.
void useHighContrast(bool on);

// True when a palette is dark (light text on a dark window): charts and coloured texts switch
// to their light tones.
bool isDarkPalette(const QPalette &palette);

} // namespace capacita
