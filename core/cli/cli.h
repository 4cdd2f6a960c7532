#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// The command line: how capacita-cli turns words into repository calls.
//
// capacita-cli is a thin shell over the same core the desktop program uses, so a script, a
// server or a test sees exactly the rules a trainer sees. runCli() takes the arguments
// after the program name and works in four steps:
//
//   1. Global options (--db PATH, --help, --version) are read up to the first word that is
//      not an option; that word names the command ("participant", "enroll", ...), and for
//      record groups the next word names the action ("add", "list", ...).
//   2. The command parses the rest with ArgParser against the options it knows. Anything it
//      does not know, a missing value or a wrong number of positional words is a usage
//      error (exit 2) and the command's synopsis is printed, before the database is opened.
//   3. The database is opened (created when missing) through Store::open, which refuses a
//      foreign or newer file without writing to it (exit 3). --db wins over CAPACITA_DB,
//      which wins over Database::defaultPath().
//   4. Text is turned into values (dates, numbers) and handed to one repository call. The
//      repositories validate and write atomically, so a command either does all it says or
//      nothing; a failure comes back as an Error whose code picks the exit status and whose
//      field and message go to stderr.
//
// Output is for machines: a new record's id alone on a line, JSON (indented, keys sorted by
// QJsonDocument) for list/show/dump, nothing for update/delete. Human messages go to stderr.
//
// Exit codes: 0 ok; 1 bad input (a value not allowed, an unknown id or code, a rule
// broken); 2 usage; 3 refused (not a Capacita database, or from a newer version);
// 4 the disk or the database engine failed.

namespace capacita::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitBadInput = 1,
    ExitUsage = 2,
    ExitRefused = 3,
    ExitIo = 4,
};

// args: the words after the program name. Returns the process exit code.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

// Texts main() prints before it builds an application object.
QString helpText();
QString versionText();

} // namespace capacita::cli
