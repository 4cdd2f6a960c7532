#pragma once

#include "commands/recordcommands.h"

#include <QCoreApplication>

namespace capacita {

class AddParticipantCommand : public AddRecordCommand<&Store::participants, Participant>
{
    Q_DECLARE_TR_FUNCTIONS(AddParticipantCommand)
public:
    AddParticipantCommand(Store &store, const Participant &participant)
        : AddRecordCommand(store, participant, tr("New participant"))
    {
    }
};

class EditParticipantCommand : public EditRecordCommand<&Store::participants, Participant>
{
    Q_DECLARE_TR_FUNCTIONS(EditParticipantCommand)
public:
    EditParticipantCommand(Store &store, const Participant &before, const Participant &after)
        : EditRecordCommand(store, before, after, tr("Edit %1").arg(after.fullName()))
    {
    }
};

class DeleteParticipantCommand : public DeleteRecordCommand<&Store::participants>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteParticipantCommand)
public:
    DeleteParticipantCommand(Store &store, const Participant &participant)
        : DeleteRecordCommand(store, participant.id, tr("Delete %1").arg(participant.fullName()))
    {
    }
};

// Enrols a person in a training; undo takes the enrollment back out (with any marks made
// since, which undo has already taken back in stack order).
class EnrollCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
public:
    EnrollCommand(Store &store, QString trainingId, QString participantId);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_trainingId;
    QString m_participantId;
    RowRefs m_removed;
};

class UnenrollCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnenrollCommand)
public:
    UnenrollCommand(Store &store, QString trainingId, QString participantId);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_trainingId;
    QString m_participantId;
    RowRefs m_removed;
};

} // namespace capacita
