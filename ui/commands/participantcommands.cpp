#include "commands/participantcommands.h"

namespace capacita {

EnrollCommand::EnrollCommand(Store &store, QString trainingId, QString participantId)
    : StoreCommand(store, tr("Enrol in training")), m_trainingId(std::move(trainingId)),
      m_participantId(std::move(participantId))
{
}

Status EnrollCommand::apply()
{
    EnrollmentRepository &enrollments = m_store.enrollments();
    if (!m_removed.isEmpty()) {
        CAPACITA_TRY(enrollments.restore(m_removed));
        m_removed.clear();
        return {};
    }
    // Enrolling twice is harmless in the database, but undo would then take away an
    // enrollment this command did not make.
    if (enrollments.isEnrolled(m_trainingId, m_participantId))
        return Error::badInput(QStringLiteral("training_id"),
                               tr("The person is already enrolled in this training."));
    Result<QString> enrolled = enrollments.enroll(m_trainingId, m_participantId);
    if (!enrolled)
        return enrolled.error();
    return {};
}

Status EnrollCommand::revert()
{
    Result<RowRefs> removed = m_store.enrollments().unenroll(m_trainingId, m_participantId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

UnenrollCommand::UnenrollCommand(Store &store, QString trainingId, QString participantId)
    : StoreCommand(store, tr("Remove from training")), m_trainingId(std::move(trainingId)),
      m_participantId(std::move(participantId))
{
}

Status UnenrollCommand::apply()
{
    Result<RowRefs> removed = m_store.enrollments().unenroll(m_trainingId, m_participantId);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

Status UnenrollCommand::revert()
{
    return m_store.enrollments().restore(m_removed);
}

} // namespace capacita
