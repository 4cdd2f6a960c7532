#pragma once

#include "commands/recordcommands.h"

#include <QCoreApplication>

namespace capacita {

class AddTrainingCommand : public AddRecordCommand<&Store::trainings, Training>
{
    Q_DECLARE_TR_FUNCTIONS(AddTrainingCommand)
public:
    AddTrainingCommand(Store &store, const Training &training)
        : AddRecordCommand(store, training, tr("New training %1").arg(training.code))
    {
    }
};

class EditTrainingCommand : public EditRecordCommand<&Store::trainings, Training>
{
    Q_DECLARE_TR_FUNCTIONS(EditTrainingCommand)
public:
    EditTrainingCommand(Store &store, const Training &before, const Training &after)
        : EditRecordCommand(store, before, after, tr("Edit training %1").arg(after.code))
    {
    }
};

class DeleteTrainingCommand : public DeleteRecordCommand<&Store::trainings>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTrainingCommand)
public:
    DeleteTrainingCommand(Store &store, const Training &training)
        : DeleteRecordCommand(store, training.id, tr("Delete training %1").arg(training.code))
    {
    }
};

class AddSessionCommand : public AddRecordCommand<&Store::sessions, TrainingSession>
{
    Q_DECLARE_TR_FUNCTIONS(AddSessionCommand)
public:
    AddSessionCommand(Store &store, const TrainingSession &session)
        : AddRecordCommand(store, session, tr("New session"))
    {
    }
};

class EditSessionCommand : public EditRecordCommand<&Store::sessions, TrainingSession>
{
    Q_DECLARE_TR_FUNCTIONS(EditSessionCommand)
public:
    EditSessionCommand(Store &store, const TrainingSession &before, const TrainingSession &after)
        : EditRecordCommand(store, before, after, tr("Edit session"))
    {
    }
};

class DeleteSessionCommand : public DeleteRecordCommand<&Store::sessions>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSessionCommand)
public:
    DeleteSessionCommand(Store &store, const QString &sessionId)
        : DeleteRecordCommand(store, sessionId, tr("Delete session"))
    {
    }
};

} // namespace capacita
