#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace capacita::test {

namespace {

QJsonDocument parse(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO("output: " << bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

QJsonObject CliResult::object() const
{
    const QJsonDocument doc = parse(out);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray CliResult::array() const
{
    const QJsonDocument doc = parse(out);
    REQUIRE(doc.isArray());
    return doc.array();
}

Cli::Cli()
    : m_dbPath(m_dir.filePath(QStringLiteral("capacita.sqlite")))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    REQUIRE(m_dir.isValid());
    m_env.remove(QStringLiteral("CAPACITA_DB"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
}

CliResult Cli::run(const QStringList &args) const
{
    return runRaw(QStringList { QStringLiteral("--db"), m_dbPath } + args);
}

CliResult Cli::runRaw(const QStringList &args) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(CAPACITA_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120'000));
    CliResult result;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    INFO("capacita-cli " << args.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // a crash is never an answer
    result.code = process.exitCode();
    return result;
}

QByteArray Cli::dump() const
{
    const CliResult r = run({ QStringLiteral("dump") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}

QByteArray Cli::fileBytes() const
{
    QFile file(m_dbPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString Cli::addParticipant(const QString &given, const QString &family, const QStringList &extra) const
{
    const CliResult r
        = run(QStringList { QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("--given-names"),
                  given, QStringLiteral("--family-names"), family, QStringLiteral("--sex"), QStringLiteral("F") }
            + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(isPrintedId(r.out));
    return r.outText();
}

QString Cli::addTraining(const QString &code, const QStringList &extra) const
{
    const CliResult r = run(
        QStringList { QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--code"), code,
            QStringLiteral("--title"), QStringLiteral("Trata de personas: identificación"), QStringLiteral("--start"),
            QStringLiteral("2025-03-10"), QStringLiteral("--end"), QStringLiteral("2025-03-14") }
        + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(isPrintedId(r.out));
    return r.outText();
}

QString Cli::addSession(const QString &trainingId, const QString &date) const
{
    const CliResult r
        = run({ QStringLiteral("session"), QStringLiteral("add"), trainingId, QStringLiteral("--date"), date });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(isPrintedId(r.out));
    return r.outText();
}

void requireRefusals(const Cli &cli, const QList<Refusal> &cases)
{
    QByteArray before = cli.dump();
    REQUIRE(!before.isEmpty());
    for (const Refusal &refusal : cases) {
        const CliResult r = cli.run(refusal.args);
        INFO("capacita-cli " << refusal.args.join(QLatin1Char(' ')).toStdString());
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.code == refusal.code);
        CHECK(r.err.contains(refusal.names, Qt::CaseInsensitive));
        CHECK(r.out.isEmpty());
        CHECK(cli.dump() == before);
    }
}

bool isPrintedId(const QByteArray &out)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\n$"));
    return re.match(QString::fromUtf8(out)).hasMatch();
}

} // namespace capacita::test
