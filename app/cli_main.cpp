#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
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

    QCoreApplication app(argc, argv);
    const int code = capacita::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
