#pragma once

#include "importing/merger.h"
#include "reports/indicators.h"
#include "storage/rowwriter.h"
#include "support/testsupport.h"

#include <QHash>

// The hand-computed data set of the indicator tests. Every expected figure in
// test_report_indicators*.cpp is worked out in comments from what is written here.
//
// Trainings (completion share 0.8 unless said otherwise):
//   T1 CUS-1  Cusco (080101)  TIP      2024-09-29..2024-09-30  2 sessions x 2 h   FY2024 (last day)
//   T2 CUS-2  Cusco           TIP,GBV  2024-09-27..2024-10-01  5 sessions x 2 h   FY2025 (first day)
//   T3 PUN-1  Puno (210101)   GBV      2025-09-27..2025-09-30  4 sessions x 3 h   FY2025 (last day)
//   T4 NOD-1  no district     CEFM     2025-03-13..2025-03-14  2 sessions x 1.5 h FY2025
//   T5 CUS-3  Cusco           TIP      2025-10-01              1 session  x 2 h   FY2026 (first day)
//   T6 EMP-1  Puno            TIP      2025-05-01              no sessions        FY2025
//
// People (family names sort: Flores, Mendoza, Paredes, Rojas, Torres):
//   A Ana Torres        F 1995 judge       DNI, consent
//   B Beto Flores       M 2008 police      no DNI
//   C Carla Rojas       X  --  (no type)   no DNI
//   D Dora Mendoza      F 1960 prosecutor  DNI, consent
//   D2 Dorita Vargas    a second record of D, merged into D; then a late sync brings D2's
//                       enrollment, attendance and scores in T4 (rows still naming D2)
//   E Eva Paredes       F 1980 judge       DNI, no consent
//   F Fabio Luna        M 1970 police      deleted after attending all of T3
//
// Attendance (P present, L late, E excused, A absent) and scores (of 20 unless said):
//   T1: A P P                          -> A completed
//   T2: A P P P L A  (4/5 = 0.8)       -> completed  pre 10 post 16
//       B P P P E A  (3/5)             -> not        pre 5  post 15
//       C P P P P P                    -> completed  (no scores)
//   T3: A P P P P                      -> completed  pre 20 post 18
//       B L L L L                      -> completed  pre 8, no post
//       D P P P P                      -> completed  pre 50 post 75 (of 100)
//       E P P P P                      -> completed  pre 12 post 12
//       F P P P P  (then deleted)
//   T4: D2 P P                         -> completed for D  pre 4 post 10
//       C P A   (1/2)                  -> not
//   T5: A P                            -> completed (FY2026)
//   T6: E enrolled                     -> not (no sessions)
struct ReportFixture
{
    capacita::test::TempStore store;
    QHash<QString, QString> id; // "A".."F", "D2", "T1".."T6"
    QHash<QString, QStringList> sessions; // per training

    capacita::Store &s() { return store.store(); }

    QString person(const QString &key, const QString &given, const QString &family, const QString &sex,
        std::optional<int> birthYear, const QString &type, const QString &dni, bool consent)
    {
        capacita::Participant p;
        p.givenNames = given;
        p.familyNames = family;
        p.sex = sex;
        p.birthYear = birthYear;
        p.type = type;
        if (!dni.isEmpty()) {
            p.docType = QStringLiteral("dni");
            p.docNumber = dni;
        }
        auto added = s().participants().add(p);
        REQUIRE(added);
        id[key] = *added;
        if (consent) {
            capacita::RowWriter rows(s().db());
            REQUIRE(rows.update(capacita::schema::participant(), *added,
                { { QStringLiteral("consent_date"), QStringLiteral("2024-01-15") } }));
        }
        return *added;
    }

    void training(const QString &key, const QString &code, const QString &ubigeo, const QStringList &topics,
        const QDate &start, const QDate &end, int sessionCount, double hours)
    {
        capacita::Training t;
        t.code = code;
        t.title = QStringLiteral("Capacitación ") + code;
        t.topics = topics;
        t.ubigeo = ubigeo;
        t.startDate = start;
        t.endDate = end;
        auto added = s().trainings().add(t);
        REQUIRE(added);
        id[key] = *added;
        for (int i = 0; i < sessionCount; ++i) {
            capacita::TrainingSession session;
            session.trainingId = *added;
            session.date = std::min(start.addDays(i), end);
            session.hours = hours;
            auto sid = s().sessions().add(session);
            REQUIRE(sid);
            sessions[key].append(*sid);
        }
    }

    // Enrolls and marks the sessions in order ("PPPLA").
    void attend(const QString &training, const QString &who, const QString &marks)
    {
        REQUIRE(s().enrollments().enroll(id[training], id[who]));
        static const QHash<QChar, QString> status { { QLatin1Char('P'), QStringLiteral("present") },
            { QLatin1Char('L'), QStringLiteral("late") }, { QLatin1Char('E'), QStringLiteral("excused") },
            { QLatin1Char('A'), QStringLiteral("absent") } };
        for (qsizetype i = 0; i < marks.size(); ++i)
            REQUIRE(s().attendance().set(sessions[training].at(i), id[who], status.value(marks.at(i))));
    }

    void score(const QString &training, const QString &who, const QString &kind, double value, double max = 20)
    {
        capacita::AssessmentScore sc;
        sc.trainingId = id[training];
        sc.participantId = id[who];
        sc.kind = kind;
        sc.score = value;
        sc.maxScore = max;
        REQUIRE(s().scores().set(sc));
    }

    ReportFixture()
    {
        using D = QDate;
        training(QStringLiteral("T1"), QStringLiteral("CUS-1"), QStringLiteral("080101"), { QStringLiteral("TIP") },
            D(2024, 9, 29), D(2024, 9, 30), 2, 2);
        training(QStringLiteral("T2"), QStringLiteral("CUS-2"), QStringLiteral("080101"),
            { QStringLiteral("TIP"), QStringLiteral("GBV") }, D(2024, 9, 27), D(2024, 10, 1), 5, 2);
        training(QStringLiteral("T3"), QStringLiteral("PUN-1"), QStringLiteral("210101"), { QStringLiteral("GBV") },
            D(2025, 9, 27), D(2025, 9, 30), 4, 3);
        training(QStringLiteral("T4"), QStringLiteral("NOD-1"), QString(), { QStringLiteral("CEFM") }, D(2025, 3, 13),
            D(2025, 3, 14), 2, 1.5);
        training(QStringLiteral("T5"), QStringLiteral("CUS-3"), QStringLiteral("080101"), { QStringLiteral("TIP") },
            D(2025, 10, 1), D(2025, 10, 1), 1, 2);
        training(QStringLiteral("T6"), QStringLiteral("EMP-1"), QStringLiteral("210101"), { QStringLiteral("TIP") },
            D(2025, 5, 1), D(2025, 5, 1), 0, 0);

        person(QStringLiteral("A"), QStringLiteral("Ana"), QStringLiteral("Torres"), QStringLiteral("F"), 1995,
            QStringLiteral("judge"), QStringLiteral("40000001"), true);
        person(QStringLiteral("B"), QStringLiteral("Beto"), QStringLiteral("Flores"), QStringLiteral("M"), 2008,
            QStringLiteral("police"), QString(), false);
        person(QStringLiteral("C"), QStringLiteral("Carla"), QStringLiteral("Rojas"), QStringLiteral("X"), std::nullopt,
            QString(), QString(), false);
        person(QStringLiteral("D"), QStringLiteral("Dora"), QStringLiteral("Mendoza"), QStringLiteral("F"), 1960,
            QStringLiteral("prosecutor"), QStringLiteral("40000004"), true);
        person(QStringLiteral("D2"), QStringLiteral("Dorita"), QStringLiteral("Vargas"), QStringLiteral("F"), 1960,
            QStringLiteral("prosecutor"), QString(), false);
        person(QStringLiteral("E"), QStringLiteral("Eva"), QStringLiteral("Paredes"), QStringLiteral("F"), 1980,
            QStringLiteral("judge"), QStringLiteral("40000005"), false);
        person(QStringLiteral("F"), QStringLiteral("Fabio"), QStringLiteral("Luna"), QStringLiteral("M"), 1970,
            QStringLiteral("police"), QString(), false);

        attend(QStringLiteral("T1"), QStringLiteral("A"), QStringLiteral("PP"));
        attend(QStringLiteral("T2"), QStringLiteral("A"), QStringLiteral("PPPLA"));
        attend(QStringLiteral("T2"), QStringLiteral("B"), QStringLiteral("PPPEA"));
        attend(QStringLiteral("T2"), QStringLiteral("C"), QStringLiteral("PPPPP"));
        attend(QStringLiteral("T3"), QStringLiteral("A"), QStringLiteral("PPPP"));
        attend(QStringLiteral("T3"), QStringLiteral("B"), QStringLiteral("LLLL"));
        attend(QStringLiteral("T3"), QStringLiteral("D"), QStringLiteral("PPPP"));
        attend(QStringLiteral("T3"), QStringLiteral("E"), QStringLiteral("PPPP"));
        attend(QStringLiteral("T3"), QStringLiteral("F"), QStringLiteral("PPPP"));
        attend(QStringLiteral("T4"), QStringLiteral("C"), QStringLiteral("PA"));
        attend(QStringLiteral("T5"), QStringLiteral("A"), QStringLiteral("P"));
        attend(QStringLiteral("T6"), QStringLiteral("E"), QString());

        score(QStringLiteral("T2"), QStringLiteral("A"), QStringLiteral("pre"), 10);
        score(QStringLiteral("T2"), QStringLiteral("A"), QStringLiteral("post"), 16);
        score(QStringLiteral("T2"), QStringLiteral("B"), QStringLiteral("pre"), 5);
        score(QStringLiteral("T2"), QStringLiteral("B"), QStringLiteral("post"), 15);
        score(QStringLiteral("T3"), QStringLiteral("A"), QStringLiteral("pre"), 20);
        score(QStringLiteral("T3"), QStringLiteral("A"), QStringLiteral("post"), 18);
        score(QStringLiteral("T3"), QStringLiteral("B"), QStringLiteral("pre"), 8);
        score(QStringLiteral("T3"), QStringLiteral("D"), QStringLiteral("pre"), 50, 100);
        score(QStringLiteral("T3"), QStringLiteral("D"), QStringLiteral("post"), 75, 100);
        score(QStringLiteral("T3"), QStringLiteral("E"), QStringLiteral("pre"), 12);
        score(QStringLiteral("T3"), QStringLiteral("E"), QStringLiteral("post"), 12);

        REQUIRE(s().participants().remove(id[QStringLiteral("F")]));
        REQUIRE(capacita::Merger(s()).merge(id[QStringLiteral("D")], id[QStringLiteral("D2")]));

        // A late sync: rows about D2 written after the merge, as another laptop recorded them.
        capacita::RowWriter rows(s().db());
        const QString t4 = id[QStringLiteral("T4")];
        const QString d2 = id[QStringLiteral("D2")];
        REQUIRE(rows.insert(capacita::schema::enrollment(), capacita::EnrollmentRepository::idFor(t4, d2),
            { { QStringLiteral("training_id"), t4 }, { QStringLiteral("participant_id"), d2 } }));
        for (const QString &session : sessions[QStringLiteral("T4")])
            REQUIRE(rows.insert(capacita::schema::attendance(), capacita::AttendanceRepository::idFor(session, d2),
                { { QStringLiteral("session_id"), session }, { QStringLiteral("participant_id"), d2 },
                    { QStringLiteral("status"), QStringLiteral("present") } }));
        for (const auto &[kind, value] :
            { std::pair { QStringLiteral("pre"), 4.0 }, std::pair { QStringLiteral("post"), 10.0 } })
            REQUIRE(rows.insert(capacita::schema::score(), capacita::ScoreRepository::idFor(t4, d2, kind),
                { { QStringLiteral("training_id"), t4 }, { QStringLiteral("participant_id"), d2 },
                    { QStringLiteral("kind"), kind }, { QStringLiteral("score"), value },
                    { QStringLiteral("max_score"), 20.0 } }));
    }
};

// The count of one key of a disaggregation (-1 when the key is missing).
inline qint64 countOf(const QList<capacita::reports::Count> &counts, const QString &key)
{
    for (const auto &c : counts) {
        if (c.key == key)
            return c.count;
    }
    return -1;
}
