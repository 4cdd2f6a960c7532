#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace capacita::test {

struct CliResult
{
    int code = -1;
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out).trimmed(); }
    QJsonObject object() const;
    QJsonArray array() const;
};

// Runs the real capacita-cli on a database of its own in a temporary folder. The environment
// is clean: no CAPACITA_DB, and XDG_DATA_HOME inside the folder so that the default database
// path can never reach the real home directory.
class Cli
{
public:
    Cli();

    QString dbPath() const { return m_dbPath; }
    QString dir() const { return m_dir.path(); }
    QProcessEnvironment &environment() { return m_env; }

    CliResult run(const QStringList &args) const; // prepends --db dbPath()
    CliResult runRaw(const QStringList &args) const;

    // Runs dump and requires it to work; the bytes are what scripts compare.
    QByteArray dump() const;
    QByteArray fileBytes() const;

    // Adds a record with sensible values (plus `extra` options), requires success, returns the id.
    QString addParticipant(const QString &given = QStringLiteral("Rosa"),
        const QString &family = QStringLiteral("Quispe Mamani"), const QStringList &extra = {}) const;
    QString addTraining(const QString &code = QStringLiteral("CUS-2025-01"), const QStringList &extra = {}) const;
    QString addSession(const QString &trainingId, const QString &date = QStringLiteral("2025-03-11")) const;

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QProcessEnvironment m_env;
};

// One command that must be refused. Each case runs on the same database, and the dump taken
// before it must equal the one after, byte for byte.
struct Refusal
{
    QStringList args;
    int code; // expected exit code
    QString names; // what stderr must mention: the field or option at fault
};
void requireRefusals(const Cli &cli, const QList<Refusal> &cases);

// A UUID alone on one line, as "-> prints id" commands print it.
bool isPrintedId(const QByteArray &out);

} // namespace capacita::test
