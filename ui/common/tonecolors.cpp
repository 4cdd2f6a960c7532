#include "common/tonecolors.h"

#include "common/appearance.h"

#include <QGuiApplication>

namespace capacita {

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20);
    case Tone::Good:
        return dark ? QColor(0xA5, 0xD6, 0xA7) : QColor(0x1B, 0x5E, 0x20);
    case Tone::Bad:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB7, 0x1C, 0x1C);
    case Tone::Muted:
        return dark ? QColor(0xBD, 0xBD, 0xBD) : QColor(0x61, 0x61, 0x61);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneColor(Tone tone)
{
    return toneColor(tone, QGuiApplication::palette());
}

QString toneStyleSheet(Tone tone)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone).name());
}

} // namespace capacita
