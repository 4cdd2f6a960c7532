#include "common/appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <optional>
#include <utility>

namespace capacita {

QPalette highContrastPalette()
{
    const QColor black(Qt::black), white(Qt::white), yellow(0xFF, 0xE0, 0x00), grey(0xB0, 0xB0, 0xB0);
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1E, 0x1E, 0x1E));
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ToolTipBase, black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                          QPalette::BrightText})
            p.setColor(group, role, disabled ? grey : white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Highlight, disabled ? grey : yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0x80, 0xD8, 0xFF));
        p.setColor(group, QPalette::LinkVisited, QColor(0xE1, 0xBE, 0xE7));
        // Frames and bevels: white edges so every field and button shows its outline.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    return p;
}

QString highContrastKey()
{
    return QStringLiteral("ui/highContrast");
}

bool highContrastChosen()
{
    return QSettings().value(highContrastKey(), false).toBool();
}

void useHighContrast(bool on)
{
    // The look the program had before, to go back to it exactly.
    static std::optional<std::pair<QString, QPalette>> before;
    if (on && !before) {
        before.emplace(QApplication::style()->name(), QApplication::palette());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
        // Fusion draws field and button outlines a shade darker than the window: invisible
        // on black. White outlines show where each field is.
        qApp->setStyleSheet(QStringLiteral(
            "QLineEdit, QAbstractSpinBox, QComboBox, QPushButton, QToolButton, QAbstractScrollArea,"
            " QGroupBox, QFrame[frameShape=\"6\"] { border: 1px solid white; }"
            " QLineEdit, QAbstractSpinBox, QComboBox { padding: 2px; }"
            " QPushButton { padding: 3px 12px; }"
            " QPushButton:focus, QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid #FFE000; }"
            " QGroupBox { margin-top: 1.4em; padding-top: 4px; }"
            " QGroupBox::title { subcontrol-origin: margin; left: 6px; }"));
    } else if (!on && before) {
        qApp->setStyleSheet(QString());
        QApplication::setStyle(QStyleFactory::create(before->first));
        QApplication::setPalette(before->second);
        before.reset();
    }
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace capacita
