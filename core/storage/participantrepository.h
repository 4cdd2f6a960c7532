#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

namespace capacita {

class Database;

class ParticipantRepository
{
public:
    explicit ParticipantRepository(Database &db) : m_db(db), m_rows(db) {}

    // Validates, then stores; an empty id gets a new UUID. Returns the id.
    Result<QString> add(Participant p);
    Status update(const Participant &p);
    // Deletes the person with their enrollments, attendance and scores; returns what went,
    // for undo.
    Result<RowRefs> remove(const QString &id);
    Status restore(const RowRefs &rows);

    Result<Participant> get(const QString &id);
    QList<Participant> list(); // live records, by family then given names
    qsizetype count();         // how many list() returns, without reading them
    std::optional<Participant> findByDni(const QString &dni, const QString &exceptId = {});

private:
    Status checkReferences(const Participant &p);

    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
