#pragma once

#include "cli/args.h"
#include "cli/cli.h"
#include "storage/store.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace capacita::cli {

// What every command needs: the output streams, the database (opened on first use) and the
// one place where errors become messages and exit codes.
class Context
{
public:
    Context(QTextStream &out, QTextStream &err, QString dbPath);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses a command's words and checks the number of positional words. On a usage error
    // prints it with the command's synopsis and returns nullopt; the caller returns ExitUsage.
    // An explicit --db among the command's options overrides the global one.
    std::optional<ParsedArgs> parse(const QStringList &words, OptionSpec spec, const QString &command,
        qsizetype minPositional, qsizetype maxPositional);
    // Options that must be present (a missing one is a usage error, printed as above).
    bool require(const ParsedArgs &args, const QStringList &names, const QString &command);
    // --lang es|en of the commands that write documents (PDF, XLSX, CSV headers): Spanish
    // unless asked otherwise, as the programme's documents are. Prints a usage error if unknown.
    bool useDocumentLanguage(const ParsedArgs &args, const QString &command);

    // Opens the database, creating it when missing. Errors are printed; check the result.
    Store *store();
    int storeFailure() const { return m_storeExit; }
    // The database file, for commands that must not open it (backup list, restore).
    QString dbPath() const { return m_dbPath; }

    int fail(const Error &error); // returns 1, 3 or 4
    int usageError(const QString &message, const QString &command); // returns 2
    int printId(const QString &id);
    int printJson(const QJsonValue &value);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    std::unique_ptr<Store> m_store;
    int m_storeExit = ExitOk;
};

int exitCodeFor(ErrorCode code);

// `COMMAND delete ID` for any record whose repository has remove(id): parse, open, delete.
template<auto Repository>
int deleteRecord(Context &ctx, const QStringList &words, const QString &command)
{
    const auto a = ctx.parse(words, {}, command, 1, 1);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto removed = (store->*Repository)().remove(a->positional.at(0));
    return removed ? ExitOk : ctx.fail(removed.error());
}

// The value for a --db option: an explicit path, else $CAPACITA_DB, else the default.
QString resolveDbPath(const QString &explicitPath);

} // namespace capacita::cli
