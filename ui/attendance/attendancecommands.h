#pragma once

#include "commands/storecommand.h"

#include <QList>

#include <optional>

namespace capacita {

// One attendance mark going from `before` to `after`; nullopt means "no mark".
struct AttendanceChange
{
    QString sessionId;
    QString participantId;
    std::optional<QString> before;
    std::optional<QString> after;
};

// Sets or clears attendance marks through AttendanceRepository; undo puts back the old mark,
// or clears it when there was none. Usually one mark; "everyone present" is many marks as one
// undo step, written in one transaction so that either all are stored or none.
class SetAttendanceCommand : public StoreCommand
{
public:
    SetAttendanceCommand(Store &store, QList<AttendanceChange> changes, const QString &text);

    const QList<AttendanceChange> &changes() const { return m_changes; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Status run(bool forward);

    QList<AttendanceChange> m_changes;
};

} // namespace capacita
