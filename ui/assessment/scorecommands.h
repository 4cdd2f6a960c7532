#pragma once

#include "commands/storecommand.h"
#include "domain/entities.h"

#include <QList>

#include <optional>

namespace capacita {

// One stored score going from `before` to `after`; nullopt means "no score".
struct ScoreChange
{
    QString trainingId;
    QString participantId;
    QString kind; // pre | post
    std::optional<AssessmentScore> before;
    std::optional<AssessmentScore> after;
};

// Sets or clears pre/post scores through ScoreRepository; undo restores the old score, or
// clears it when there was none. Usually one change; a new maximum rewrites both of a
// person's scores as one step, in one transaction (all or nothing). Run through
// StoreCommand::run, so a refusal from core (a score above its maximum) never reaches the
// undo stack.
class SetScoreCommand : public StoreCommand
{
public:
    SetScoreCommand(Store &store, QList<ScoreChange> changes, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status run(bool forward);

    QList<ScoreChange> m_changes;
};

} // namespace capacita
