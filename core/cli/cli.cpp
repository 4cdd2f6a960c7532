#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/usage.h"

#include <QCoreApplication>

#include <map>

namespace capacita::cli {

namespace {

using Handler = int (*)(Context &, const QStringList &);

const std::map<QString, Handler> &handlers()
{
    static const std::map<QString, Handler> all {
        { QStringLiteral("init"), &initCommand },
        { QStringLiteral("participant"), &participantCommand },
        { QStringLiteral("training"), &trainingCommand },
        { QStringLiteral("session"), &sessionCommand },
        { QStringLiteral("enroll"), &enrollCommand },
        { QStringLiteral("unenroll"), &unenrollCommand },
        { QStringLiteral("attend"), &attendCommand },
        { QStringLiteral("attendance"), &attendanceCommand },
        { QStringLiteral("score"), &scoreCommand },
        { QStringLiteral("types"), &typesCommand },
        { QStringLiteral("topics"), &topicsCommand },
        { QStringLiteral("districts"), &districtsCommand },
        { QStringLiteral("dump"), &dumpCommand },
        { QStringLiteral("dataset"), &datasetCommand },
        { QStringLiteral("device"), &deviceCommand },
        { QStringLiteral("sync"), &syncCommand },
        { QStringLiteral("conflicts"), &conflictsCommand },
        { QStringLiteral("import"), &importCommand },
        { QStringLiteral("template"), &templateCommand },
        { QStringLiteral("duplicates"), &duplicatesCommand },
        { QStringLiteral("backup"), &backupCommand },
        { QStringLiteral("report"), &reportCommand },
        { QStringLiteral("target"), &targetCommand },
        { QStringLiteral("audit"), &auditCommand },
        { QStringLiteral("sheet"), &sheetCommand },
    };
    return all;
}

class Dispatch
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::Dispatch)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err)
    {
        QString dbPath;
        qsizetype i = 0;
        // Global options come before the command word.
        for (; i < args.size() && (args.at(i).startsWith(QLatin1String("--")) || args.at(i) == QLatin1String("-h"));
             ++i) {
            const QString &word = args.at(i);
            if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
                out << helpText() << Qt::flush;
                return ExitOk;
            }
            if (word == QLatin1String("--version")) {
                out << versionText() << Qt::flush;
                return ExitOk;
            }
            if (word == QLatin1String("--db") || word.startsWith(QLatin1String("--db="))) {
                if (word == QLatin1String("--db")) {
                    if (i + 1 >= args.size())
                        return usage(err, tr("--db: a value is missing."));
                    dbPath = args.at(++i);
                } else {
                    dbPath = word.mid(5);
                }
                if (dbPath.isEmpty())
                    return usage(err, tr("--db: the database path is empty."));
                continue;
            }
            return usage(err, tr("%1: unknown option.").arg(word));
        }
        if (i >= args.size())
            return usage(err, tr("a command is missing."));

        const QString command = args.at(i);
        if (command == QLatin1String("help")) {
            out << helpText() << Qt::flush;
            return ExitOk;
        }
        const auto handler = handlers().find(command);
        if (handler == handlers().end())
            return usage(err, tr("%1: unknown command.").arg(command));

        const QStringList rest = args.mid(i + 1);
        Context ctx(out, err, resolveDbPath(dbPath));
        // "--help" anywhere before "--" asks for this command's synopsis.
        const qsizetype end = rest.indexOf(QStringLiteral("--"));
        const QStringList optionPart = end < 0 ? rest : rest.mid(0, end);
        if (optionPart.contains(QStringLiteral("--help")) || optionPart.contains(QStringLiteral("-h"))) {
            for (const QString &line : synopsis(command))
                out << "usage: " << line << '\n';
            out.flush();
            return ExitOk;
        }
        const int code = handler->second(ctx, rest);
        out.flush();
        err.flush();
        return code;
    }

private:
    static int usage(QTextStream &err, const QString &message)
    {
        err << "capacita-cli: " << message << '\n'
            << tr("usage: capacita-cli [--db FILE] COMMAND ...\n"
                  "commands: %1\n"
                  "Try 'capacita-cli --help' for more.")
                   .arg(commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitUsage;
    }
};

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Dispatch::run(args, out, err);
}

} // namespace capacita::cli
