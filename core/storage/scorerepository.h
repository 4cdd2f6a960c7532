#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

namespace capacita {

class Database;

// Pre/post test scores, one per (training, participant, kind).
class ScoreRepository
{
public:
    explicit ScoreRepository(Database &db) : m_db(db), m_rows(db) {}

    static QString idFor(const QString &trainingId, const QString &participantId, const QString &kind);

    Result<QString> set(AssessmentScore s); // id is derived; the participant must be enrolled
    // The same write for a caller inside its own transaction that has just made sure the
    // person is enrolled (the roster import): no second read of the enrollment, no savepoint.
    Result<QString> setEnrolled(AssessmentScore s, RowWriter::Known known = RowWriter::Known::MayExist);
    Status clear(const QString &trainingId, const QString &participantId, const QString &kind);
    std::optional<AssessmentScore> get(const QString &trainingId, const QString &participantId, const QString &kind);
    QList<AssessmentScore> listForTraining(const QString &trainingId);

private:
    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
