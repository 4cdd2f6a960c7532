#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

// Spanish comes first: every visible string must have a finished translation. The test runs
// lupdate over the sources into a copy of each .ts file, so a string added to the code but
// not to the translations fails here too.

namespace {

struct TsCount
{
    int messages = 0;
    int unfinished = 0;
    QStringList examples;
};

TsCount count(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    TsCount c;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++c.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty()) {
                ++c.unfinished;
                if (c.examples.size() < 10)
                    c.examples << source;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return c;
}

} // namespace

TEST_CASE("Every visible string has a finished Spanish and English translation")
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(CAPACITA_SOURCE_DIR));
    for (const char *lang : {"es", "en"}) {
        const QString name = QStringLiteral("capacita_%1.ts").arg(QLatin1String(lang));
        const QString copy = dir.filePath(name);
        REQUIRE(QFile::copy(source.filePath(QStringLiteral("translations/") + name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(source.path());
        lupdate.start(QStringLiteral(CAPACITA_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/main.cpp"),
                       QStringLiteral("-ts"), copy});
        REQUIRE(lupdate.waitForFinished(120'000));
        REQUIRE(lupdate.exitCode() == 0);
        const TsCount c = count(copy);
        INFO(lang << ": untranslated, e.g. " << c.examples.join(QStringLiteral(" | ")).toStdString());
        CHECK(c.messages > 100);
        CHECK(c.unfinished == 0);
    }
}

#include "domain/validation.h"
#include "support/testsupport.h"
#include "sync/sync.h"

#include <QTranslator>

TEST_CASE("Messages from the core reach the user in Spanish")
{
    // lupdate files each tr() under the context it sees (class or namespace); a helper that
    // translated under another name would never find its Spanish. Check a message from each
    // kind of place against the compiled Spanish translation.
    QTemporaryDir dir;
    const QString qm = dir.filePath(QStringLiteral("es.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(CAPACITA_LRELEASE),
                   {QStringLiteral(CAPACITA_SOURCE_DIR "/translations/capacita_es.ts"), QStringLiteral("-qm"), qm});
    REQUIRE(lrelease.waitForFinished(60'000));
    REQUIRE(lrelease.exitCode() == 0);
    QTranslator spanish;
    REQUIRE(spanish.load(qm));
    REQUIRE(QCoreApplication::installTranslator(&spanish));

    capacita::test::TempStore s;
    capacita::Participant nameless = capacita::test::sampleParticipant(QString());
    const auto validation = capacita::validation::check(nameless);
    const auto repository = s->trainings().get(QStringLiteral("no-such-id"));
    capacita::SyncService sync(s.store());
    const auto notJoined = sync.exportPackage(s.dir() + QStringLiteral("/x.capacita"));
    QCoreApplication::removeTranslator(&spanish);

    REQUIRE_FALSE(validation);
    CHECK(validation.error().message != QStringLiteral("is required."));
    REQUIRE_FALSE(repository);
    CHECK_FALSE(repository.error().message.startsWith(QStringLiteral("No training")));
    REQUIRE_FALSE(notJoined);
    CHECK_FALSE(notJoined.error().message.startsWith(QStringLiteral("This laptop")));
}
