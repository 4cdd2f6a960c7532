// capacita: the desktop program. Everything but start-up lives in capacita_ui and capacita_core.

#include "common/appearance.h"
#include "domain/allocator.h"
#include "firstrun/firstrunwizard.h"
#include "mainwindow.h"
#include "shell/appicon.h"
#include "shell/backuppanel.h"
#include "shell/damagedprompt.h"
#include "shell/settingspage.h"
#include "storage/backup.h"
#include "storage/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace capacita;

namespace {

struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Use the database at <path>."),
                          QStringLiteral("path")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main", "Language of the program: es or en."),
                            QStringLiteral("es|en")};
    QCommandLineOption highContrast{QStringLiteral("high-contrast"),
                                    QCoreApplication::translate("main", "White text on black, whatever the setting.")};
    QCommandLineOption page{QStringLiteral("page"), QString(), QStringLiteral("name")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Capacita: training records of a counter-trafficking programme.\n"
                    "The database is chosen by --db, else the CAPACITA_DB variable, else the "
                    "default location."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(lang);
        parser.addOption(highContrast);
        // --page opens the window on one page; used by the screenshot script, not for people.
        page.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(page);
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("capacita"));
    QCoreApplication::setOrganizationName(QStringLiteral("Capacita"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPACITA_VERSION));
}

bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void loadTranslations(QApplication &app, const QString &language)
{
    QLocale::setDefault(SettingsPage::localeFor(language));
    // Called again after the first-run wizard when another language was chosen there.
    for (QTranslator *old : app.findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/capacita_%1.qm").arg(language)))
        app.installTranslator(own);
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
}

QString advice(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Refused:
        return QCoreApplication::translate(
            "main", "What to do: choose another file with --db PATH. If this file comes from a "
                    "newer version of Capacita, install that version to open it.");
    case ErrorCode::Io:
        return QCoreApplication::translate(
            "main", "What to do: check that the folder exists, that you may write to it and "
                    "that the disk is not full, then start Capacita again.");
    default:
        return QCoreApplication::translate(
            "main", "What to do: choose another file with --db PATH, or ask for help with this "
                    "file.");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    shareAllocatorArenas();
    setIdentity();
    Options options;

    // A QApplication aborts without a display, and --help must work on any terminal.
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Capacita"));
    QApplication::setWindowIcon(appIcon());
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }

    QString language = parser.isSet(options.lang) ? parser.value(options.lang)
                                                  : SettingsPage::savedLanguage();
    if (language != QLatin1String("en") && language != QLatin1String("es")) {
        std::fprintf(stderr, "--lang: expected es or en, got %s\n", qPrintable(language));
        return 2;
    }
    loadTranslations(app, language);
    if (parser.isSet(options.highContrast) || highContrastChosen())
        useHighContrast(true);

    std::optional<MainWindow::Page> page = MainWindow::Home;
    const bool firstRunPage = parser.value(options.page) == QLatin1String("primer-uso"); // the wizard
    if (parser.isSet(options.page) && !firstRunPage) {
        page = MainWindow::pageFromName(parser.value(options.page));
        if (!page) {
            std::fprintf(stderr, "--page: expected one of %s\n",
                         qPrintable(MainWindow::pageNames().join(QStringLiteral(", "))));
            return 2;
        }
    }

    QString path = parser.value(options.db);
    if (path.isEmpty())
        path = qEnvironmentVariable("CAPACITA_DB");
    if (path.isEmpty())
        path = Database::defaultPath();

    auto opened = Store::open(path);
    // A damaged file: say so and offer the newest good backup (or another file, or quit).
    if (!opened && Backups::looksDamaged(path)) {
        std::unique_ptr<Store> recovered = DamagedPrompt::recover(path, opened.error());
        if (!recovered)
            return 1;
        opened = std::move(recovered);
    }
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Capacita"),
                        QCoreApplication::translate("main", "Capacita could not open its database:\n%1")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Close);
        box.setInformativeText(opened.error().message + QStringLiteral("\n\n") + advice(opened.error()));
        box.exec();
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();

    // The first start on a new, empty database: the short set-up assistant.
    if (firstRunPage || (!parser.isSet(options.page) && FirstRunWizard::shouldShow(*store))) {
        FirstRunWizard wizard(*store, language);
        wizard.exec();
        if (!parser.isSet(options.lang) && wizard.language() != language)
            loadTranslations(app, wizard.language());
    }

    int code = 0;
    {
        MainWindow window(*store);
        window.showPage(*page);
        window.show();
        code = app.exec();
    }
    // A restore asked for in Ajustes happens here, with the database closed.
    const QString databasePath = store->db().path();
    store.reset();
    return BackupPanel::finishPendingRestore(databasePath, code);
}
