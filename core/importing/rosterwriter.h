#pragma once

#include "importing/importsummary.h"
#include "importing/peopleindex.h"
#include "importing/rosterrows.h"
#include "storage/rowwriter.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace capacita {

class Store;
class RosterVocabulary;

// Writes valid roster rows through the repositories, inside the caller's transaction. Each
// row is its own savepoint: a row that fails leaves nothing behind and becomes a rejection.
// Unless the caller took savepoints away (WithoutSavepoints): then a row that fails after
// writing part of itself says so (leftPartialRow) and the caller must roll everything back.
// What is already stored is read once per training and kept in memory, so a row that changes
// nothing writes nothing, and people are found through a PeopleIndex, not by scanning.
class RosterWriter
{
public:
    RosterWriter(Store &store, const RosterVocabulary &vocabulary, ImportSummary &summary);
    ~RosterWriter();

    Status loadPeople();
    // nullopt when written; otherwise why the row could not be.
    std::optional<RejectedRow> write(const RosterRow &row, const TrainingDefinition &definition);
    void finish(); // fills the counters that span rows
    bool leftPartialRow() const { return m_leftPartialRow; }

    // Session i of n falls on start + round(i * days / n), days counting both ends, never
    // after the end date.
    static QList<QDate> sessionDates(const QDate &start, const QDate &end, int sessions);

private:
    struct TrainingState;
    struct Match
    {
        int index = -1; // into the PeopleIndex; -1 = a new person
        int rule = -1;
    };

    Result<TrainingState *> training(const QString &code, const TrainingDefinition &definition);
    Status createTraining(TrainingState &state, const QString &code, const TrainingValues &values);
    Status updateTraining(TrainingState &state, const TrainingValues &values);
    void loadRecords(TrainingState &state);
    Match match(const RosterRow &row, const TrainingState &state) const;
    bool fill(Participant &person, const Participant &from, QString *warning) const;
    Status writeMarks(TrainingState &state, const QString &participantId, int attended, RowWriter::Known known,
                      QHash<quint64, quint8> &marks);
    void noteDuplicates(int index, int line);
    // After a failed write: whether it changed rows that no savepoint took back.
    void noteFailedWrite(qint64 changesBefore);
    // Marks and scores already stored are keyed by small numbers instead of id strings (a
    // 100,000-row roster meets a million marks): each id and status is kept once here.
    int idKey(const QString &id);
    quint8 statusKey(const QString &status);
    quint64 markKey(const QString &sessionId, const QString &participantId);

    Store &m_store;
    const RosterVocabulary &m_vocabulary;
    ImportSummary &m_summary;
    PeopleIndex m_people;
    QSet<int> m_created; // people made by this import
    QSet<int> m_matched; // people on record that rows were matched to
    QSet<QString> m_updatedTrainings;
    QHash<QString, std::shared_ptr<TrainingState>> m_trainings;
    QHash<QString, int> m_idKeys;
    QStringList m_statuses; // statusKey() -> status
    bool m_leftPartialRow = false;
};

} // namespace capacita
