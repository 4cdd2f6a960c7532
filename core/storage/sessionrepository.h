#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

namespace capacita {

class Database;

class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db), m_rows(db) {}

    Result<QString> add(TrainingSession s); // the date must fall within the training
    Status update(const TrainingSession &s);
    Result<RowRefs> remove(const QString &id); // with its attendance marks
    Status restore(const RowRefs &rows);

    Result<TrainingSession> get(const QString &id);
    QList<TrainingSession> listForTraining(const QString &trainingId); // by date, then start time

private:
    Status checkOwner(const TrainingSession &s);

    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
