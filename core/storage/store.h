#pragma once

#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referencedata.h"
#include "storage/scorerepository.h"
#include "storage/sessionrepository.h"
#include "storage/targetrepository.h"
#include "storage/trainingrepository.h"

#include <QJsonObject>

#include <memory>

// Storage: how Capacita keeps its records.
//
// Everything lives in one SQLite file opened through Qt SQL, in WAL mode with
// synchronous=FULL, so a committed edit survives a power cut and an interrupted one leaves
// no trace. The schema is versioned by PRAGMA user_version and migrated in order, each step
// in its own transaction. A file that is not ours, or is newer than this program, is refused
// before anything is written to it.
//
// Writes go through the repositories below, each a thin layer of rules (validation, codes
// that must exist, cascades) over RowWriter, the single write path for synced tables:
// it stamps every changed field with this laptop's hybrid logical clock and site id, bumps
// the row's version vector, and posts a ChangeEvent that item models listen to. Deletes are
// soft (an odd deleted counter), so they can be undone and can travel to other laptops.
// Each repository call is atomic; callers group several into one unit with Transaction.

namespace capacita {

class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString &path, Database::Options options = {});

    Database &db() { return *m_db; }
    ParticipantRepository &participants() { return m_participants; }
    TrainingRepository &trainings() { return m_trainings; }
    SessionRepository &sessions() { return m_sessions; }
    EnrollmentRepository &enrollments() { return m_enrollments; }
    AttendanceRepository &attendance() { return m_attendance; }
    ScoreRepository &scores() { return m_scores; }
    TargetRepository &targets() { return m_targets; }
    ReferenceData &reference() { return m_reference; }

    // Every live synced record with its field values (no clocks, no local tables), sorted
    // by table and id: equal data gives byte-identical dumps.
    QJsonObject dump();

private:
    explicit Store(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ParticipantRepository m_participants;
    TrainingRepository m_trainings;
    SessionRepository m_sessions;
    EnrollmentRepository m_enrollments;
    AttendanceRepository m_attendance;
    ScoreRepository m_scores;
    TargetRepository m_targets;
    ReferenceData m_reference;
};

} // namespace capacita
