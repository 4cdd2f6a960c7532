// Every text field keeps hostile text exactly: quotes, semicolons, line breaks, right-to-left
// scripts, emoji with joiners, 10,000-character names and text that looks like SQL, through
// the repository, the dump, a person export, a sync package between two laptops and a
// roster CSV import.

#include "importing/rosterimporter.h"
#include "storage/personexport.h"
#include "synctestsupport.h"

#include <QFile>
#include <QJsonDocument>

using namespace capacita;
using namespace capacita::test;

namespace {

QStringList hostileTexts()
{
    QString longName;
    while (longName.size() < 10'000)
        longName += QStringLiteral("Ñandú Ayllu ");
    longName = longName.left(10'000).trimmed() + QStringLiteral("z");
    return {
        QStringLiteral("Ana \"la Jefa\" O'Brien"),
        QStringLiteral("Pérez; García, y \"otros\""),
        QStringLiteral("línea uno\nlínea dos\r\nlínea tres"),
        QStringLiteral("مريم حداد"),
        QStringLiteral("שרה כהן and Quispe"),
        QStringLiteral("👩🏽‍⚖️ Jueza 👨‍👩‍👧‍👦 🇵🇪"),
        QStringLiteral("'); DROP TABLE participant;--"),
        QStringLiteral("Robert'); DELETE FROM audit_log; SELECT ('"),
        QStringLiteral("=HYPERLINK(\"http://x\")"),
        longName,
    };
}

Participant hostilePerson(const QString &text)
{
    Participant p = sampleParticipant(text, text + QStringLiteral(" Mamani"));
    p.institution = text;
    p.phone = text;
    p.email = text + QStringLiteral("@example.pe");
    p.languages = text;
    p.consentDate = QDate(2025, 3, 10);
    p.consentNotice = text;
    p.consentBy = text;
    return p;
}

void checkSame(const Participant &got, const Participant &want)
{
    CHECK(got.givenNames == want.givenNames);
    CHECK(got.familyNames == want.familyNames);
    CHECK(got.institution == want.institution);
    CHECK(got.phone == want.phone);
    CHECK(got.email == want.email);
    CHECK(got.languages == want.languages);
    CHECK(got.consentNotice == want.consentNotice);
    CHECK(got.consentBy == want.consentBy);
}

QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

TEST_CASE("Hostile text survives the repository the dump a person export and a sync package", "[privacy][hostile]")
{
    Laptop a, b;
    joinAll(a, {&b});
    const QStringList texts = hostileTexts();
    QStringList people;
    QStringList trainings;
    int n = 0;
    for (const QString &text : texts) {
        const auto id = (*a).participants().add(hostilePerson(text));
        REQUIRE(id);
        people << *id;
        Training t = sampleTraining(QStringLiteral("H-%1").arg(++n));
        t.title = text;
        t.venue = text;
        t.facilitators = text;
        t.partner = text;
        const auto training = (*a).trainings().add(t);
        REQUIRE(training);
        trainings << *training;
        TrainingSession s;
        s.trainingId = *training;
        s.date = t.startDate;
        s.topic = text;
        REQUIRE((*a).sessions().add(s));
        REQUIRE((*a).enrollments().enroll(*training, *id));
    }
    // Nothing was executed: every table is still there, with every row.
    CHECK((*a).participants().list().size() == texts.size());

    send(a, b);
    const QByteArray dumpA = a.dataDump();
    CHECK(dumpA == b.dataDump());
    for (int i = 0; i < texts.size(); ++i) {
        INFO("text " << i);
        const Participant want = hostilePerson(texts.at(i));
        for (Laptop *laptop : {&a, &b}) {
            const auto got = (**laptop).participants().get(people.at(i));
            REQUIRE(got);
            checkSame(*got, want);
            const Training t = (**laptop).trainings().get(trainings.at(i)).value();
            CHECK(t.title == texts.at(i));
            CHECK(t.venue == texts.at(i));
            CHECK(t.facilitators == texts.at(i));
            CHECK(t.partner == texts.at(i));
            CHECK((**laptop).sessions().listForTraining(t.id).value(0).topic == texts.at(i));
        }
        const auto exported = exportPerson(*b, people.at(i));
        REQUIRE(exported);
        const QJsonObject row = exported->value(QStringLiteral("participant")).toObject();
        CHECK(row.value(QStringLiteral("given_names")).toString() == texts.at(i));
        CHECK(row.value(QStringLiteral("consent_by")).toString() == texts.at(i));
        // The JSON text itself reads back to the same values.
        const QJsonObject again = QJsonDocument::fromJson(QJsonDocument(*exported).toJson()).object();
        CHECK(again == *exported);
    }
}

TEST_CASE("Hostile text survives a roster CSV import", "[privacy][hostile][import]")
{
    TempStore store;
    // With the 10,000-character name: the duplicate search's blocks and edit distance stay
    // linear in the length of a name.
    const QStringList texts = hostileTexts();
    QString csv = QStringLiteral("codigo_capacitacion;titulo;temas;region;ubigeo;fecha_inicio;fecha_fin;sesiones;dni;"
                                 "nombres;apellidos;sexo;anio_nacimiento;tipo_participante;institucion\r\n");
    int n = 0;
    for (const QString &text : texts) {
        ++n;
        csv += QStringLiteral("H-%1;%2;Trata;Cusco;080101;04/03/2024;08/03/2024;2;%3;%4;%5;Mujer;1985;Jueza;%6\r\n")
                   .arg(n)
                   .arg(csvField(text), QStringLiteral("4%1").arg(n, 7, 10, QLatin1Char('0')),
                        csvField(text), csvField(text + QStringLiteral(" Mamani")), csvField(text));
    }
    const QString path = store.dir() + QStringLiteral("/hostil.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();

    const auto summary = RosterImporter(store.store()).importFile(path);
    REQUIRE(summary);
    CHECK(summary->rejectedRows.isEmpty());
    const QList<Participant> people = store->participants().list();
    REQUIRE(people.size() == texts.size());
    QStringList given;
    for (const Participant &p : people) {
        given << p.givenNames;
        CHECK(p.familyNames == p.givenNames + QStringLiteral(" Mamani"));
        CHECK(p.institution == p.givenNames);
    }
    // The roster reader joins a line break inside a name or title into one line (simplified);
    // everything else arrives exactly.
    for (const QString &text : texts)
        CHECK(given.contains(text.simplified()));
    QStringList titles;
    for (const Training &t : store->trainings().list())
        titles << t.title;
    for (const QString &text : texts)
        CHECK(titles.contains(text.simplified()));
}
