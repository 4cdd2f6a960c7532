#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

namespace capacita {

class Database;

// Attendance marks, one per (session, participant); the participant must be enrolled in the
// session's training.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database &db) : m_db(db), m_rows(db) {}

    static QString idFor(const QString &sessionId, const QString &participantId);

    Result<QString> set(const QString &sessionId, const QString &participantId, const QString &status);
    Status clear(const QString &sessionId, const QString &participantId); // no mark at all
    std::optional<QString> status(const QString &sessionId, const QString &participantId);
    QList<Attendance> listForTraining(const QString &trainingId);

private:
    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
