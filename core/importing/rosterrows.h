#pragma once

#include "domain/entities.h"
#include "importing/importsummary.h"
#include "importing/rostercolumns.h"
#include "importing/rostertable.h"

#include <QHash>
#include <QSet>

#include <array>
#include <functional>
#include <optional>

namespace capacita {

class RosterVocabulary;

// A training as the roster gives it. A value left blank is nullopt.
struct TrainingValues
{
    std::optional<QString> title;
    std::optional<QStringList> topics;
    std::optional<QString> department; // as in the UBIGEO table, also when only ubigeo was given
    std::optional<QString> ubigeo;
    std::optional<QDate> start;
    std::optional<QDate> end;
    std::optional<int> sessions;
};

// One roster record, parsed. problems[c] holds why column c is not acceptable.
struct RosterRow
{
    int line = 0;
    QString code;
    TrainingValues training;
    Participant person; // names, DNI, sex, birth year, type, institution
    std::optional<int> attended;
    std::optional<double> preScore;
    std::optional<double> postScore;
    double maxScore = 20;
    std::array<QString, kRosterColumnCount> problems;

    bool valid() const;
    QString &problem(RosterColumn c) { return problems[size_t(c)]; }
};

// The training that rows of one code are checked against: the first row of the code whose
// training columns are complete and valid (line > 0), or else the training already stored
// under that code (line 0).
struct TrainingDefinition
{
    int line = 0;
    TrainingValues values;
};

namespace rosterrows {

// What of a record parse() reads: all of it, or only the training code and columns (enough
// for noteDefinition, for the pass that finds each training's definition).
enum class Part { Whole, Training };
RosterRow parse(const RosterRecord &record, const rostercolumns::HeaderMap &map, const RosterVocabulary &vocabulary,
    int currentYear, Part part = Part::Whole);

using StoredTraining = std::function<std::optional<TrainingValues>(const QString &code)>;

// Each code's definition, found in two passes so that an import need not hold every parsed
// row: noteDefinition for every row, then addStored for the codes no row defines; then
// check marks each row that disagrees with its definition, lacks a training, or attended
// more sessions than the training had.
struct Definitions
{
    QHash<QString, TrainingDefinition> byCode;
    QSet<QString> codes; // every code met
};
void noteDefinition(Definitions &defs, const RosterRow &row);
void addStored(Definitions &defs, const StoredTraining &stored);
void check(RosterRow &row, const Definitions &defs);

// The row's first problem in the file's column order.
RejectedRow firstProblem(const RosterRow &row, const rostercolumns::HeaderMap &map);

} // namespace rosterrows
} // namespace capacita
