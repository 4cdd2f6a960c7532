#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace capacita {

// The columns of a roster, in the order of the table in the documentation (training columns
// first). Headers are recognised in Spanish or English, in any order, with case, accents,
// spaces, underscores and hyphens ignored.
enum class RosterColumn {
    TrainingCode,
    TrainingTitle,
    Topics,
    Department,
    Ubigeo,
    StartDate,
    EndDate,
    Sessions,
    Dni,
    GivenNames,
    FamilyNames,
    Sex,
    BirthYear,
    ParticipantType,
    Institution,
    Attended,
    PreScore,
    PostScore,
    MaxScore,
};
inline constexpr int kRosterColumnCount = int(RosterColumn::MaxScore) + 1;

namespace rostercolumns {

QString key(RosterColumn c); // "training_code", the name JSON and the CLI use
QString spanishHeader(RosterColumn c); // "codigo_capacitacion", what the template writes
bool isRequired(RosterColumn c);
bool isTrainingColumn(RosterColumn c);
QList<RosterColumn> all();
QString normaliseHeader(const QString &header); // "Año de nacimiento" -> "anodenacimiento"
std::optional<RosterColumn> recognise(const QString &header);

// Where each column is in a file.
struct HeaderMap
{
    std::array<int, kRosterColumnCount> index; // file column, or -1 when absent
    QList<int> fileOrder; // roster columns (as int) by file position; -1 = ignored
    QStringList header; // the file's header texts
    QStringList ignored; // headers that name no roster column

    HeaderMap() { index.fill(-1); }
    bool has(RosterColumn c) const { return index[size_t(c)] >= 0; }
    QString headerOf(RosterColumn c) const { return has(c) ? header.value(index[size_t(c)]) : QString(); }
};

// Fails, naming the column, when a required column is missing or a column appears twice.
Result<HeaderMap> map(const QStringList &header);

} // namespace rostercolumns
} // namespace capacita
