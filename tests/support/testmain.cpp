#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

#ifdef CAPACITA_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#elif defined(CAPACITA_TEST_GUI)
#include <QGuiApplication> // PDF outputs lay out fonts (offscreen platform)
using TestApplication = QGuiApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // Catch's test discovery runs this binary at build time with no display: default to the
    // offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
