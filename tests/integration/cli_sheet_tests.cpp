#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(tool.isEmpty()); // poppler-utils, in tools/packages.txt
    QProcess process;
    process.start(tool, { u"-layout"_s, path, u"-"_s });
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("sheet signin and scores print the enrolled of a training by code", "[cli][sheet]")
{
    Cli cli;
    // No display: the command must draw offscreen on its own.
    cli.environment().remove(u"QT_QPA_PLATFORM"_s);
    cli.environment().remove(u"DISPLAY"_s);
    const QString training = cli.addTraining(u"CUS-2025-01"_s, { u"--venue"_s, u"Casa de la Cultura"_s });
    cli.addSession(training, u"2025-03-11"_s);
    cli.addSession(training, u"2025-03-12"_s);
    const QString rosa = cli.addParticipant(u"Rosa"_s, u"Quispe Mamani"_s, { u"--dni"_s, u"40123456"_s });
    const QString juan = cli.addParticipant(u"Juan"_s, u"Ccori Huamán"_s);
    REQUIRE(cli.run({ u"enroll"_s, training, rosa }).code == 0);
    REQUIRE(cli.run({ u"enroll"_s, training, juan }).code == 0);

    const QString signin = cli.dir() + u"/asistencia.pdf"_s;
    const CliResult r = cli.run({ u"sheet"_s, u"signin"_s, u"CUS-2025-01"_s, u"--out"_s, signin });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = r.object();
    CHECK(summary.value(u"participants"_s).toInt() == 2);
    CHECK(summary.value(u"sessions"_s).toInt() == 2);
    CHECK(summary.value(u"training"_s).toString() == u"CUS-2025-01"_s);
    const QString text = pdfText(signin);
    CHECK(text.contains(u"Quispe Mamani, Rosa"_s));
    CHECK(text.contains(u"Ccori Huamán, Juan"_s));
    CHECK(text.contains(u"40123456"_s));
    CHECK(text.contains(u"Casa de la Cultura"_s));
    CHECK(text.contains(u"11/03/2025"_s));
    CHECK_FALSE(QFileInfo(signin).permissions().testFlag(QFileDevice::ReadOther));

    const QString scores = cli.dir() + u"/notas.pdf"_s;
    const CliResult s = cli.run({ u"sheet"_s, u"scores"_s, training, u"--out"_s, scores, u"--max"_s, u"25"_s });
    INFO(s.err.toStdString());
    REQUIRE(s.code == 0);
    CHECK(pdfText(scores).contains(u"Quispe Mamani, Rosa"_s));
}

TEST_CASE("sheet refuses what it cannot print and writes nothing", "[cli][sheet]")
{
    Cli cli;
    cli.addTraining(u"CUS-2025-01"_s);
    const QString out = cli.dir() + u"/hoja.pdf"_s;

    CliResult r = cli.run({ u"sheet"_s, u"signin"_s, u"NO-EXISTE"_s, u"--out"_s, out });
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"NO-EXISTE"_s));

    r = cli.run({ u"sheet"_s, u"menu"_s, u"CUS-2025-01"_s, u"--out"_s, out });
    CHECK(r.code == 2);
    r = cli.run({ u"sheet"_s, u"signin"_s, u"CUS-2025-01"_s });
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"--out"_s));
    r = cli.run({ u"sheet"_s, u"scores"_s, u"CUS-2025-01"_s, u"--out"_s, out, u"--max"_s, u"0"_s });
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"max"_s));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString missing = cli.dir() + u"/no-such-folder/hoja.pdf"_s;
    r = cli.run({ u"sheet"_s, u"signin"_s, u"CUS-2025-01"_s, u"--out"_s, missing });
    CHECK(r.code == 4);
    CHECK(r.err.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
}
