// capacita-cli privacy commands: consent options, participant export, audit list and
// operator, hostile text through the JSON output, and the modes of the files they write.
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace capacita::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("participant consent options are stored and shown", "[cli][privacy]")
{
    Cli cli;
    const QString id = cli.addParticipant(s("Rosa"), s("Quispe Mamani"),
        { s("--consent-date"), s("2025-03-10"), s("--consent-notice"), s("v2 2025"), s("--consent-by"), s("Ana Torres") });
    const QJsonObject p = cli.run({ s("participant"), s("show"), id }).object();
    CHECK(p.value(s("consent_date")).toString() == s("2025-03-10"));
    CHECK(p.value(s("consent_notice")).toString() == s("v2 2025"));
    CHECK(p.value(s("consent_by")).toString() == s("Ana Torres"));

    requireRefusals(cli, {
        { { s("participant"), s("update"), id, s("--consent-date"), s("2025-02-30") }, 1, s("consent_date") },
        { { s("participant"), s("update"), id, s("--consent-date"), s("") }, 1, s("consent_date") },
    });
    REQUIRE(cli.run({ s("participant"), s("update"), id, s("--consent-date"), s(""), s("--consent-notice"), s(""),
                        s("--consent-by"), s("") }).code == 0);
    CHECK(cli.run({ s("participant"), s("show"), id }).object().value(s("consent_date")).isNull());
}

TEST_CASE("participant export and audit list write what is held and who changed it", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli.run({ s("audit"), s("operator"), s("Ana Torres") }).code == 0);
    const QString id = cli.addParticipant();
    const QString training = cli.addTraining();
    REQUIRE(cli.run({ s("enroll"), training, id }).code == 0);
    REQUIRE(cli.run({ s("participant"), s("update"), id, s("--institution"), s("=cmd|' /C calc'!A0") }).code == 0);

    const CliResult exported = cli.run({ s("participant"), s("export"), id });
    REQUIRE(exported.code == 0);
    const QJsonObject o = exported.object();
    CHECK(o.value(s("participant")).toObject().value(s("institution")).toString() == s("=cmd|' /C calc'!A0"));
    CHECK(o.value(s("enrollments")).toArray().size() == 1);
    CHECK(o.value(s("audit")).toArray().size() == 3);
    CHECK(o.value(s("exported_by")).toString() == s("Ana Torres"));

    const QString file = cli.dir() + s("/persona.json");
    REQUIRE(cli.run({ s("participant"), s("export"), id, s("--out"), file }).code == 0);
    CHECK(modeOf(file) == 0600);
    CHECK(QJsonDocument::fromJson(read(file)).object().value(s("participant")) == o.value(s("participant")));

    const CliResult lines = cli.run({ s("audit"), s("list"), s("--record"), id });
    REQUIRE(lines.code == 0);
    const QJsonArray all = lines.array();
    REQUIRE(all.size() == 3);
    CHECK(all.at(2).toObject().value(s("operator")).toString() == s("Ana Torres"));
    CHECK(all.at(2).toObject().value(s("origin")).toString() == s("local"));

    const QString csv = cli.dir() + s("/audit.csv");
    REQUIRE(cli.run({ s("audit"), s("list"), s("--format"), s("csv"), s("--out"), csv }).code == 0);
    CHECK(modeOf(csv) == 0600);
    const QByteArray text = read(csv);
    CHECK(text.startsWith("\xEF\xBB\xBFid,at,operator"));
    CHECK(text.contains("Ana Torres"));
    CHECK_FALSE(text.contains(",=cmd")); // a formula is neutralised
    CHECK(cli.run({ s("audit"), s("list"), s("--format"), s("xml") }).code == 2);

    REQUIRE(cli.run({ s("participant"), s("purge"), id }).code == 0);
    const CliResult gone = cli.run({ s("participant"), s("export"), id });
    CHECK(gone.code == 1);
    CHECK(gone.err.contains(s("erased")));
}

TEST_CASE("Hostile text round trips through the CLI JSON and dump", "[cli][privacy][hostile]")
{
    Cli cli;
    const QStringList texts { s("Ana \"la Jefa\" O'Brien; y otros"), s("línea uno\nlínea dos"), s("مريم حداد"),
        s("שרה כהן"), s("👩🏽‍⚖️ Jueza 👨‍👩‍👧‍👦"), s("'); DROP TABLE participant;--"), QString(10'000, QChar(u'ñ')) };
    for (const QString &text : texts) {
        const QString id = cli.addParticipant(text, text, { s("--institution"), text });
        const QJsonObject p = cli.run({ s("participant"), s("show"), id }).object();
        CHECK(p.value(s("given_names")).toString() == text);
        CHECK(p.value(s("family_names")).toString() == text);
        CHECK(p.value(s("institution")).toString() == text);
        const QString training = cli.addTraining(s("T-") + QString::number(qHash(text) % 100000), { s("--title"), text, s("--venue"), text });
        CHECK(cli.run({ s("training"), s("show"), training }).object().value(s("title")).toString() == text);
    }
    CHECK(cli.run({ s("participant"), s("list") }).array().size() == texts.size());
    const QByteArray dump = cli.dump();
    for (const QString &text : texts)
        CHECK(dump.contains(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
}
