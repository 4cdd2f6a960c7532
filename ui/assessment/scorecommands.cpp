#include "assessment/scorecommands.h"

#include "storage/store.h"
#include "storage/transaction.h"

namespace capacita {

SetScoreCommand::SetScoreCommand(Store &store, QList<ScoreChange> changes, const QString &text)
    : StoreCommand(store, text)
    , m_changes(std::move(changes))
{
}

Status SetScoreCommand::apply()
{
    return run(true);
}

Status SetScoreCommand::revert()
{
    return run(false);
}

Status SetScoreCommand::run(bool forward)
{
    Transaction tx(m_store.db());
    CAPACITA_TRY(tx.begun());
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const ScoreChange &change = m_changes[forward ? i : m_changes.size() - 1 - i];
        const std::optional<AssessmentScore> &target = forward ? change.after : change.before;
        if (target) {
            if (auto stored = m_store.scores().set(*target); !stored)
                return stored.error();
        } else {
            CAPACITA_TRY(m_store.scores().clear(change.trainingId, change.participantId, change.kind));
        }
    }
    return tx.commit();
}

} // namespace capacita
