#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

namespace capacita {

class Database;

// Who takes part in which training. Enrollment ids derive from (training, participant), so
// enrolling twice, or on two laptops, is one enrollment.
class EnrollmentRepository
{
public:
    explicit EnrollmentRepository(Database &db) : m_db(db), m_rows(db) {}

    static QString idFor(const QString &trainingId, const QString &participantId);

    Result<QString> enroll(const QString &trainingId, const QString &participantId);
    // Removes the enrollment with the person's attendance and scores in that training.
    Result<RowRefs> unenroll(const QString &trainingId, const QString &participantId);
    Status restore(const RowRefs &rows);

    bool isEnrolled(const QString &trainingId, const QString &participantId);
    QList<Participant> participantsOf(const QString &trainingId); // by family then given names
    QList<Training> trainingsOf(const QString &participantId);

private:
    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
