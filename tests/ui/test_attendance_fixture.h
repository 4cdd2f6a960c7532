#pragma once

// A training with sessions and enrolled people, made through the repositories, for the
// attendance and assessment page tests.

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QStringList>
#include <QUndoStack>

namespace capacita::test {

struct GridFixture
{
    TempStore temp;
    QUndoStack undo;
    QString trainingId;
    QStringList sessionIds; // in date order: 10, 11, 12 March 2025
    QStringList participantIds; // in the grid's order (family names): Apaza, Huamán, Quispe

    explicit GridFixture(const QString &code = QStringLiteral("CUS-2025-01"))
    {
        trainingId = addTraining(code);
        for (int day : { 10, 11, 12 }) {
            TrainingSession s;
            s.trainingId = trainingId;
            s.date = QDate(2025, 3, day);
            s.hours = 4;
            auto id = store().sessions().add(s);
            REQUIRE(id);
            sessionIds.append(*id);
        }
        const QList<std::pair<QString, QString>> names { { QStringLiteral("Luz"), QStringLiteral("Apaza Condori") },
            { QStringLiteral("Juan"), QStringLiteral("Huamán Ccopa") },
            { QStringLiteral("Rosa"), QStringLiteral("Quispe Mamani") } };
        for (const auto &[given, family] : names)
            participantIds.append(enrollNew(trainingId, given, family));
    }

    Store &store() { return temp.store(); }

    QString addTraining(const QString &code)
    {
        auto id = store().trainings().add(sampleTraining(code));
        REQUIRE(id);
        return *id;
    }

    QString enrollNew(const QString &training, const QString &given, const QString &family)
    {
        auto id = store().participants().add(sampleParticipant(given, family));
        REQUIRE(id);
        REQUIRE(store().enrollments().enroll(training, *id));
        return *id;
    }

    std::optional<QString> mark(int session, int person)
    {
        return store().attendance().status(sessionIds[session], participantIds[person]);
    }
};

inline std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace capacita::test
