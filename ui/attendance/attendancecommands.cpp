#include "attendance/attendancecommands.h"

#include "storage/store.h"
#include "storage/transaction.h"

namespace capacita {

SetAttendanceCommand::SetAttendanceCommand(Store &store, QList<AttendanceChange> changes, const QString &text)
    : StoreCommand(store, text)
    , m_changes(std::move(changes))
{
}

Status SetAttendanceCommand::apply()
{
    return run(true);
}

Status SetAttendanceCommand::revert()
{
    return run(false);
}

Status SetAttendanceCommand::run(bool forward)
{
    Transaction tx(m_store.db());
    CAPACITA_TRY(tx.begun());
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const AttendanceChange &change = m_changes[forward ? i : m_changes.size() - 1 - i];
        const std::optional<QString> &target = forward ? change.after : change.before;
        if (target) {
            if (auto stored = m_store.attendance().set(change.sessionId, change.participantId, *target); !stored)
                return stored.error();
        } else {
            CAPACITA_TRY(m_store.attendance().clear(change.sessionId, change.participantId));
        }
    }
    return tx.commit();
}

} // namespace capacita
