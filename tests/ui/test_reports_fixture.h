#pragma once

// A small database for the report screens, with figures known by hand:
//   CUS-2025-03 (Cusco, ends 12/03/2025, 3 sessions, completion 80 %):
//     Rosa Quispe (F, judge)       3 of 3 -> completed, pre 10 post 16
//     Juan Huamán (M, prosecutor)  3 of 3 -> completed, pre 8  post 14
//     María Condori (F, judge)     1 of 3 -> not completed
//   LOR-2025-07 (Loreto, ends 22/07/2025, 2 sessions, completion 50 %):
//     Jorge Ríos (M, prosecutor)   1 of 2 -> completed
//     Nelly Ahuanari (F, community_leader) 2 of 2 -> completed
// So 4 people trained in FY 2025: F 2 (Rosa, Nelly), M 2; judge 1, prosecutor 2,
// community_leader 1; CUSCO 2, LORETO 2.

#include "support/testsupport.h"

#include <QSignalSpy>

namespace capacita::test {

struct ReportsFixture
{
    TempStore db;
    QString cusco;
    QString loreto;
    QStringList cuscoSessions;
    QStringList loretoSessions;
    QString rosa, juan, maria, jorge, nelly;

    ReportsFixture()
    {
        Training t1 = sampleTraining(QStringLiteral("CUS-2025-03"));
        t1.startDate = QDate(2025, 3, 10);
        t1.endDate = QDate(2025, 3, 12);
        cusco = db->trainings().add(t1).value();
        Training t2 = sampleTraining(QStringLiteral("LOR-2025-07"));
        t2.ubigeo = QStringLiteral("160101");
        t2.startDate = QDate(2025, 7, 21);
        t2.endDate = QDate(2025, 7, 22);
        t2.completionShare = 0.5;
        loreto = db->trainings().add(t2).value();
        for (int day : {10, 11, 12})
            cuscoSessions << addSession(cusco, QDate(2025, 3, day));
        for (int day : {21, 22})
            loretoSessions << addSession(loreto, QDate(2025, 7, day));

        rosa = person(QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani"), QStringLiteral("F"), QStringLiteral("judge"));
        juan = person(QStringLiteral("Juan"), QStringLiteral("Huamán Ccori"), QStringLiteral("M"), QStringLiteral("prosecutor"));
        maria = person(QStringLiteral("María"), QStringLiteral("Condori Apaza"), QStringLiteral("F"), QStringLiteral("judge"));
        jorge = person(QStringLiteral("Jorge"), QStringLiteral("Ríos Pinedo"), QStringLiteral("M"), QStringLiteral("prosecutor"));
        nelly = person(QStringLiteral("Nelly"), QStringLiteral("Ahuanari Curitima"), QStringLiteral("F"),
                       QStringLiteral("community_leader"));

        attend(cusco, rosa, cuscoSessions);
        attend(cusco, juan, cuscoSessions);
        attend(cusco, maria, cuscoSessions.mid(0, 1));
        attend(loreto, jorge, loretoSessions.mid(0, 1));
        attend(loreto, nelly, loretoSessions);
        score(cusco, rosa, QStringLiteral("pre"), 10);
        score(cusco, rosa, QStringLiteral("post"), 16);
        score(cusco, juan, QStringLiteral("pre"), 8);
        score(cusco, juan, QStringLiteral("post"), 14);
    }

    QString addSession(const QString &training, const QDate &date)
    {
        TrainingSession s;
        s.trainingId = training;
        s.date = date;
        s.hours = 4;
        return db->sessions().add(s).value();
    }

    QString person(const QString &given, const QString &family, const QString &sex, const QString &type)
    {
        Participant p = sampleParticipant(given, family);
        p.sex = sex;
        p.type = type;
        return db->participants().add(p).value();
    }

    void attend(const QString &training, const QString &participant, const QStringList &sessions)
    {
        REQUIRE(db->enrollments().enroll(training, participant).ok());
        for (const QString &session : sessions)
            REQUIRE(db->attendance().set(session, participant, QStringLiteral("present")).ok());
    }

    void score(const QString &training, const QString &participant, const QString &kind, double value)
    {
        AssessmentScore s;
        s.trainingId = training;
        s.participantId = participant;
        s.kind = kind;
        s.score = value;
        REQUIRE(db->scores().set(s).ok());
    }
};

// Waits for a signal that a worker thread makes arrive; fails the test if it never comes.
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal, int times = 1)
{
    QSignalSpy spy(sender, signal);
    while (spy.count() < times) {
        if (!spy.wait(20000)) {
            FAIL("a background computation did not finish");
        }
    }
}

} // namespace capacita::test
