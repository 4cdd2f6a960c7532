// Keyboard and screen-reader basics on every page: each control that takes focus has an
// accessible name (its label, text or an explicit name), and each label that stands for a
// field has a mnemonic (&) that moves to it. Inicio and Reportes are left to their own tests.

#include "support/tempsettings.h"
#include "support/testsupport.h"

#include "common/appearance.h"
#include "common/tonecolors.h"
#include "domain/language.h"
#include "mainwindow.h"
#include "reports/charttile.h"
#include "shell/settingspage.h"
#include "storage/exampledata.h"

#include <QAbstractBarSeries>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace capacita;
using namespace capacita::test;

namespace {

bool isInternalPart(const QWidget *w)
{
    // The line edit inside a spin box or combo box is named through its owner.
    // A scroll area only holds a form whose fields are checked one by one.
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QScrollArea *>(w);
}

// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
        + (w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName());
}
} // namespace

TEST_CASE("Every focusable control on the pages has an accessible name", "[a11y]")
{
    TempSettings settings;
    TempStore db;
    REQUIRE(addExampleData(db.store()));
    MainWindow window(db.store());
    window.show();

    const QStringList skipped{QStringLiteral("inicio"), QStringLiteral("reportes")};
    const QStringList names = MainWindow::pageNames();
    QStringList unnamed, labelsWithoutMnemonic;
    for (int p = 0; p < names.size(); ++p) {
        if (skipped.contains(names.at(p)))
            continue;
        const auto page = static_cast<MainWindow::Page>(p);
        window.showPage(page);
        QWidget *root = window.page(page);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || isInternalPart(w))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << names.at(p) + QStringLiteral(": ") + describe(w);
        }
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisibleTo(root) && label->buddy() && (label->buddy()->focusPolicy() & Qt::TabFocus)
                && !label->text().contains(QLatin1Char('&')))
                labelsWithoutMnemonic << names.at(p) + QStringLiteral(": ") + label->text();
        }
    }
    INFO("Without an accessible name:\n" << unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    INFO("Labels without a mnemonic:\n" << labelsWithoutMnemonic.join(QLatin1Char('\n')).toStdString());
    CHECK(labelsWithoutMnemonic.isEmpty());
}

TEST_CASE("Coloured texts stay readable on a light and on a high-contrast dark palette", "[a11y]")
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::Base, Qt::black);
    for (Tone tone : {Tone::Error, Tone::Good, Tone::Bad, Tone::Muted}) {
        for (const QPalette &palette : {light, dark}) {
            const QColor text = toneColor(tone, palette);
            INFO("tone " << int(tone) << " on " << palette.color(QPalette::Window).name().toStdString());
            CHECK(contrast(text, palette.color(QPalette::Window)) >= 4.5);
            CHECK(contrast(text, palette.color(QPalette::Base)) >= 4.5);
        }
    }
}

TEST_CASE("The window and every page fit a 1366x768 screen at 150 % scaling, in Spanish", "[a11y]")
{
    // 1366x768 at 150 % leaves 910x512 logical pixels; a panel and the title bar take about 70.
    const QSize room(900, 440);
    TempSettings settings;
    QTranslator spanish;
    REQUIRE(spanish.load(QStringLiteral(":/i18n/capacita_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    const QLocale previousLocale;
    QLocale::setDefault(localeForLanguage(QStringLiteral("es")));
    TempStore db;
    REQUIRE(addExampleData(db.store()));
    MainWindow window(db.store());
    window.show();

    QStringList tooBig;
    const QStringList names = MainWindow::pageNames();
    for (int p = 0; p < names.size(); ++p) {
        const auto page = static_cast<MainWindow::Page>(p);
        window.showPage(page);
        const QSize need = window.page(page)->minimumSizeHint().expandedTo(window.page(page)->minimumSize());
        // The page gets the window's width less the navigation list and its height less the
        // menu and status bars.
        const QSize pageRoom = room - (window.minimumSizeHint() - window.centralWidget()->minimumSizeHint())
            - QSize(window.findChild<QWidget *>(QStringLiteral("navigation"))->width(), 0);
        if (need.width() > pageRoom.width() || need.height() > pageRoom.height())
            tooBig << QStringLiteral("%1 needs %2x%3, has %4x%5")
                          .arg(names.at(p)).arg(need.width()).arg(need.height())
                          .arg(pageRoom.width()).arg(pageRoom.height());
    }
    INFO("Pages larger than the room they get:\n" << tooBig.join(QLatin1Char('\n')).toStdString());
    CHECK(tooBig.isEmpty());
    const QSize whole = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("window needs " << whole.width() << "x" << whole.height());
    CHECK(whole.width() <= room.width());
    CHECK(whole.height() <= room.height());

    // In a window of that size, scrolled areas (forms, the dashboard) scroll only downwards.
    window.resize(room);
    QStringList sideways;
    for (int p = 0; p < names.size(); ++p) {
        const auto page = static_cast<MainWindow::Page>(p);
        window.showPage(page);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents(); // the forms restack after the resize
        for (QScrollArea *scroll : window.page(page)->findChildren<QScrollArea *>()) {
            if (!scroll->isVisibleTo(window.page(page)) || !scroll->widget())
                continue;
            const int need = scroll->widget()->minimumSizeHint().width();
            if (need > scroll->viewport()->width())
                sideways << QStringLiteral("%1: %2 needs %3, has %4")
                                .arg(names.at(p), describe(scroll->widget())).arg(need).arg(scroll->viewport()->width());
        }
    }
    INFO("Scrolling sideways:\n" << sideways.join(QLatin1Char('\n')).toStdString());
    CHECK(sideways.isEmpty());
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(previousLocale);
}

TEST_CASE("The high-contrast palette keeps every text at 7 to 1 or more", "[a11y]")
{
    const QPalette p = highContrastPalette();
    CHECK(isDarkPalette(p));
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        INFO("group " << int(group));
        CHECK(contrast(p.color(group, QPalette::WindowText), p.color(group, QPalette::Window)) >= 7.0);
        CHECK(contrast(p.color(group, QPalette::Text), p.color(group, QPalette::Base)) >= 7.0);
        CHECK(contrast(p.color(group, QPalette::Text), p.color(group, QPalette::AlternateBase)) >= 7.0);
        CHECK(contrast(p.color(group, QPalette::ButtonText), p.color(group, QPalette::Button)) >= 7.0);
        CHECK(contrast(p.color(group, QPalette::HighlightedText), p.color(group, QPalette::Highlight)) >= 7.0);
        CHECK(contrast(p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Base)) >= 4.5);
    }
    // Greyed-out controls stay legible (WCAG asks nothing of them; people still read them).
    CHECK(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base)) >= 4.5);
}

TEST_CASE("Ajustes switches high contrast on and off at once and remembers it", "[a11y]")
{
    TempSettings settings;
    TempStore db;
    const QColor windowBefore = QApplication::palette().color(QPalette::Window);
    REQUIRE_FALSE(isDarkPalette(QApplication::palette()));

    ChartTile tile(QStringLiteral("per_month"), {});
    tile.setData({QStringLiteral("per_month"), QStringLiteral("Per month"), QString(), {QStringLiteral("a")},
                  {QStringLiteral("March")}, {{QStringLiteral("Trainings"), {1}}, {QStringLiteral("People"), {5}}}, {}});
    auto sets = [&tile] {
        return qobject_cast<QAbstractBarSeries *>(tile.chartView()->chart()->series().first())->barSets();
    };
    // The second series is hatched in both looks: the two never differ by colour alone.
    CHECK(sets().at(0)->brush().style() == Qt::SolidPattern);
    CHECK(sets().at(1)->brush().style() == Qt::BDiagPattern);
    CHECK(tile.chartView()->chart()->backgroundBrush().color() != QColor(Qt::black));

    {
        SettingsPage page(db.store());
        auto *check = page.findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
        REQUIRE(check);
        CHECK_FALSE(check->isChecked());
        check->click();
        CHECK(QSettings().value(highContrastKey()).toBool());
        CHECK(isDarkPalette(QApplication::palette()));
        QCoreApplication::processEvents();
        // The chart drew itself again in the new colours: black behind, yellow and blue bars.
        CHECK(tile.chartView()->chart()->backgroundBrush().color() == QColor(Qt::black));
        CHECK(contrast(sets().at(0)->color(), Qt::black) >= 7.0);
        CHECK(contrast(sets().at(1)->color(), Qt::black) >= 7.0);
        CHECK(sets().at(1)->brush().style() == Qt::BDiagPattern);
    }
    // A new page shows the saved choice; switching off gives back the look from before.
    SettingsPage again(db.store());
    auto *check = again.findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
    REQUIRE(check);
    CHECK(check->isChecked());
    check->click();
    CHECK_FALSE(highContrastChosen());
    CHECK(QApplication::palette().color(QPalette::Window) == windowBefore);
    CHECK(qApp->styleSheet().isEmpty());
}
