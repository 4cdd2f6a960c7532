#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace capacita {

class Database;

// Read-only lookups seeded by the schema: participant types, topics and UBIGEO districts.
class ReferenceData
{
public:
    explicit ReferenceData(Database &db) : m_db(db) {}

    QList<CodeLabel> participantTypes();
    QList<CodeLabel> topics();
    bool hasParticipantType(const QString &code);
    bool hasTopic(const QString &code);

    std::optional<District> district(const QString &ubigeo);
    QList<District> districts(); // all 1,892, by department, province, district
    QStringList departments();

private:
    QList<CodeLabel> codeLabels(const QString &table);
    bool hasCode(const QString &table, const QString &code);

    Database &m_db;
};

} // namespace capacita
