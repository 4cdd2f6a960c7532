#pragma once

#include "domain/entities.h"
#include "storage/rowwriter.h"

#include <functional>

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
    // Calls f with each live record, with only what tells people apart filled in (id,
    // names, document, sex, birth year), in no particular order: what the duplicate search
    // compares, read without the sort, the other columns and a list of everybody (at 50,000
    // people a fifth of the time of list()).
    Status forEachIdentity(const std::function<void(const Participant &)> &f);
    qsizetype count();         // how many list() returns, without reading them
    std::optional<Participant> findByDni(const QString &dni, const QString &exceptId = {});

private:
    Status checkReferences(const Participant &p);

    Database &m_db;
    RowWriter m_rows;
};

} // namespace capacita
