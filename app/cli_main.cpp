#include "cli/cli.h"
#include "domain/allocator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// PDF output (reports, printed sheets) lays out fonts, which needs a QGuiApplication; every
// other command keeps the lighter QCoreApplication, which needs no platform plugin at all.
// The command is the first word after the global options (--db FILE, --db=FILE).
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *word = argv[i];
        if (std::strcmp(word, "--db") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(word, "-", 1) == 0)
            continue;
        return std::strcmp(word, "sheet") == 0 || std::strcmp(word, "report") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    capacita::shareAllocatorArenas();
    // The names decide Database::defaultPath(); set them before anything asks for it.
    QCoreApplication::setOrganizationName(QStringLiteral("Capacita"));
    QCoreApplication::setApplicationName(QStringLiteral("capacita"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Answered before an application object exists, so they work anywhere, even half-broken.
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        out << capacita::cli::versionText() << Qt::flush;
        return 0;
    }
    if (argc == 2 && std::strcmp(argv[1], "--help") == 0) {
        out << capacita::cli::helpText() << Qt::flush;
        return 0;
    }

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A command-line program never shows a window: without a chosen platform, draw
        // offscreen, so it works on a server or over ssh with no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    const int code = capacita::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
