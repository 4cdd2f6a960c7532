#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

#include <QHash>

namespace capacita {

class Database;

class TrainingRepository
{
public:
    explicit TrainingRepository(Database &db) : m_db(db), m_rows(db) {}

    Result<QString> add(Training t); // codes are unique among live trainings
    // Refused when the new dates would leave one of its sessions outside them.
    Status update(const Training &t);
    // Deletes the training with its sessions, enrollments, attendance and scores.
    Result<RowRefs> remove(const QString &id);
    Status restore(const RowRefs &rows);

    Result<Training> get(const QString &id);
    QList<Training> list(); // live trainings, newest start first
    // The latest end date among live trainings (invalid when it is blank); nullopt when there
    // are none. One read, so the report filters need not list thousands of trainings.
    std::optional<QDate> latestEndDate();
    // Per live training: its live sessions and its enrolled live people (two grouped reads,
    // not two per training: Inicio shows them for thousands of trainings).
    struct Counts
    {
        qsizetype sessions = 0;
        qsizetype enrolled = 0;
    };
    QHash<QString, Counts> countsPerTraining();
    std::optional<Training> findByCode(const QString &code);

private:
    Status checkReferences(const Training &t);

    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
