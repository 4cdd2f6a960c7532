#include "cli/context.h"

#include "domain/language.h"

#include "cli/usage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capacita::cli {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::Messages)
public:
    static QString missingOption(const QString &name) { return tr("--%1: this option is required.").arg(name); }
    static QString wrongCount(qsizetype min, qsizetype max, qsizetype got)
    {
        if (min == max)
            return tr("expected %1 word(s) after the command, got %2.").arg(min).arg(got);
        return tr("expected %1 to %2 words after the command, got %3.").arg(min).arg(max).arg(got);
    }
    static QString emptyDb() { return tr("--db: the database path is empty."); }
    static QString tryHelp() { return tr("Try 'capacita-cli --help' for more."); }
};

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
        return ExitBadInput;
    case ErrorCode::Refused:
        return ExitRefused;
    case ErrorCode::Io:
        return ExitIo;
    }
    return ExitIo;
}

QString resolveDbPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable("CAPACITA_DB");
    return fromEnv.isEmpty() ? Database::defaultPath() : fromEnv;
}

Context::Context(QTextStream &out, QTextStream &err, QString dbPath)
    : m_out(out)
    , m_err(err)
    , m_dbPath(std::move(dbPath))
{
}

std::optional<ParsedArgs> Context::parse(
    const QStringList &words, OptionSpec spec, const QString &command, qsizetype minPositional, qsizetype maxPositional)
{
    spec.valued.append(QStringLiteral("db"));
    auto parsed = parseArgs(words, spec);
    if (!parsed) {
        usageError(parsed.error().text(), command);
        return std::nullopt;
    }
    const qsizetype count = parsed->positional.size();
    if (count < minPositional || count > maxPositional) {
        usageError(Messages::wrongCount(minPositional, maxPositional, count), command);
        return std::nullopt;
    }
    if (parsed->has(QStringLiteral("db"))) {
        if (parsed->value(QStringLiteral("db")).isEmpty()) {
            usageError(Messages::emptyDb(), command);
            return std::nullopt;
        }
        m_dbPath = parsed->value(QStringLiteral("db"));
    }
    return std::move(parsed).value();
}

bool Context::require(const ParsedArgs &args, const QStringList &names, const QString &command)
{
    for (const QString &name : names) {
        if (!args.has(name)) {
            usageError(Messages::missingOption(name), command);
            return false;
        }
    }
    return true;
}

bool Context::useDocumentLanguage(const ParsedArgs &args, const QString &command)
{
    const QString language = args.has(QStringLiteral("lang")) ? args.value(QStringLiteral("lang")) : QStringLiteral("es");
    if (useLanguage(language))
        return true;
    usageError(Messages::tr("--lang: use es or en."), command);
    return false;
}

Store *Context::store()
{
    if (m_store)
        return m_store.get();
    // Every page is read at open whatever the file's size: a script learns of damage from
    // the exit code of the command that met it (docs/backups.md).
    Database::Options options;
    options.checks = OpenChecks::Full;
    auto opened = Store::open(m_dbPath, std::move(options));
    if (!opened) {
        m_storeExit = fail(opened.error());
        return nullptr;
    }
    m_store = std::move(opened).value();
    return m_store.get();
}

int Context::fail(const Error &error)
{
    // Core errors name the record's field; where the option is spelt differently, name both
    // so the person sees what to fix on the command line.
    static const QHash<QString, QString> options {
        { QStringLiteral("start_date"), QStringLiteral("--start") },
        { QStringLiteral("end_date"), QStringLiteral("--end") },
        { QStringLiteral("max"), QStringLiteral("--max") },
    };
    QString where = error.field;
    if (const auto option = options.find(where); option != options.end())
        where += QStringLiteral(" (") + *option + QLatin1Char(')');
    m_err << "capacita-cli: " << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) << error.message
          << Qt::endl;
    return exitCodeFor(error.code);
}

int Context::usageError(const QString &message, const QString &command)
{
    m_err << "capacita-cli: " << message << '\n';
    const QStringList lines = synopsis(command);
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_err << (i == 0 ? "usage: " : "       ") << lines.at(i) << '\n';
    m_err << Messages::tryHelp() << Qt::endl;
    return ExitUsage;
}

int Context::printId(const QString &id)
{
    m_out << id << Qt::endl;
    return ExitOk;
}

int Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
    return ExitOk;
}

} // namespace capacita::cli
