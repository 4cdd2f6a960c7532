#include "storage/exampledata.h"

#include "storage/store.h"
#include "storage/transaction.h"

#include <array>

namespace capacita {

namespace {

struct Person
{
    const char *given;
    const char *family;
    const char *sex;
    const char *dni;
    int birthYear;
    const char *type;
    const char *institution;
};

// Invented people with Peruvian names and institutions (kept in step with tools/demo-data).
constexpr std::array<Person, 12> kPeople{{
    {"Rosa Elena", "Quispe Mamani", "F", "41235678", 1982, "judge", "Corte Superior de Justicia de Cusco"},
    {"Juan Carlos", "Huamán Ccori", "M", "40211987", 1979, "prosecutor", "Fiscalía Provincial Penal de Cusco"},
    {"María", "Condori Apaza", "F", "45678123", 1990, "public_defender", "Defensa Pública del Cusco"},
    {"Luis Alberto", "Pérez Vargas", "M", "07345612", 1975, "police", "Policía Nacional - DIRCTPTIM"},
    {"Ana Lucía", "Torres Huanca", "F", "47896541", 1994, "shelter_provider", "Hogar Refugio Temporal Cusco"},
    {"Wilber", "Ccahuana Puma", "M", "", 1988, "community_leader", "Comunidad campesina de Ccorca"},
    {"Yolanda", "Mamani Choque", "F", "", 1969, "community_leader", "Ronda campesina de Anta"},
    {"Jorge", "Ríos Pinedo", "M", "05987412", 1985, "prosecutor", "Fiscalía Especializada en Trata - Loreto"},
    {"Carmen Rosa", "Tapullima Shapiama", "F", "46012398", 1991, "health_worker", "Centro de Salud Belén"},
    {"Nelly", "Ahuanari Curitima", "F", "", 1998, "community_leader", "Comunidad nativa Santa Rita"},
    {"Edwin", "Sandoval Flores", "M", "42135790", 1980, "local_official", "Municipalidad de Maynas"},
    {"Diana", "Ruiz Tello", "X", "48123650", 2001, "educator", "I.E. Rosa Agustina Donayre"},
}};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Result<QString> addTraining(Store &store, const char *code, const char *title, QDate start, QDate end,
                            const char *ubigeo, QStringList topics, double completion)
{
    Training t;
    t.code = text(code);
    t.title = text(title);
    t.startDate = start;
    t.endDate = end;
    t.ubigeo = text(ubigeo);
    t.topics = std::move(topics);
    t.completionShare = completion;
    return store.trainings().add(t);
}

Result<QString> addSession(Store &store, const QString &trainingId, QDate date, double hours)
{
    TrainingSession s;
    s.trainingId = trainingId;
    s.date = date;
    s.hours = hours;
    return store.sessions().add(s);
}

Status setScore(Store &store, const QString &trainingId, const QString &participantId, const char *kind,
                double score)
{
    AssessmentScore s;
    s.trainingId = trainingId;
    s.participantId = participantId;
    s.kind = text(kind);
    s.score = score;
    auto set = store.scores().set(s);
    return set ? Status{} : Status{set.error()};
}

} // namespace

Result<ExampleDataCounts> addExampleData(Store &store)
{
    Transaction tx(store.db());
    CAPACITA_TRY(tx.begun());

    auto t1 = addTraining(store, "CUS-2025-03", "Trata de personas: identificación y derivación de casos",
                          QDate(2025, 3, 10), QDate(2025, 3, 12), "080101",
                          {QStringLiteral("TIP"), QStringLiteral("GBV")}, 0.8);
    if (!t1)
        return t1.error();
    auto t2 = addTraining(store, "LOR-2025-07", "Rutas de atención a víctimas en la Amazonía",
                          QDate(2025, 7, 21), QDate(2025, 7, 22), "160101",
                          {QStringLiteral("TIP"), QStringLiteral("CEFM")}, 0.5);
    if (!t2)
        return t2.error();
    QStringList s1, s2;
    for (int day = 10; day <= 12; ++day) {
        auto id = addSession(store, *t1, QDate(2025, 3, day), 4);
        if (!id)
            return id.error();
        s1 << *id;
    }
    for (int day = 21; day <= 22; ++day) {
        auto id = addSession(store, *t2, QDate(2025, 7, day), 6);
        if (!id)
            return id.error();
        s2 << *id;
    }

    QStringList ids;
    for (const Person &person : kPeople) {
        Participant p;
        p.givenNames = text(person.given);
        p.familyNames = text(person.family);
        p.sex = text(person.sex);
        if (*person.dni) {
            p.docType = QStringLiteral("dni");
            p.docNumber = text(person.dni);
        }
        p.birthYear = person.birthYear;
        p.type = text(person.type);
        p.institution = text(person.institution);
        auto id = store.participants().add(p);
        if (!id)
            return id.error();
        ids << *id;
    }

    const std::array<const char *, 7> marks{"present", "present", "late", "present", "absent", "excused", "present"};
    for (int i = 0; i < 7; ++i) {
        const QString &p = ids.at(i);
        if (auto enrolled = store.enrollments().enroll(*t1, p); !enrolled)
            return enrolled.error();
        for (int j = 0; j < 3; ++j) {
            if (auto marked = store.attendance().set(s1.at(j), p, text(marks.at((i + j) % 7))); !marked)
                return marked.error();
        }
        CAPACITA_TRY(setScore(store, *t1, p, "pre", 8 + i));
        CAPACITA_TRY(setScore(store, *t1, p, "post", 13 + i % 5));
    }
    for (int i = 7; i < 12; ++i) {
        const QString &p = ids.at(i);
        if (auto enrolled = store.enrollments().enroll(*t2, p); !enrolled)
            return enrolled.error();
        if (auto marked = store.attendance().set(s2.at(0), p, QStringLiteral("present")); !marked)
            return marked.error();
        if (i != 10) {
            if (auto marked = store.attendance().set(s2.at(1), p, QStringLiteral("present")); !marked)
                return marked.error();
        }
        CAPACITA_TRY(setScore(store, *t2, p, "pre", 6 + i));
    }
    CAPACITA_TRY(tx.commit());
    return ExampleDataCounts{2, static_cast<int>(ids.size())};
}

} // namespace capacita
