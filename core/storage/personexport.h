#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace capacita {

class Store;

// Everything this laptop holds about one person, for their right of access (Ley 29733):
// the participant record (and records merged into it), enrollments with the trainings'
// codes and titles, attendance marks with the session dates, scores, the audit log lines
// about those rows, sync conflicts over them, and duplicate decisions that name them.
// Deleted rows are included and marked, because they are still held. A purged person has
// nothing left to export: that is refused with a message saying so.
Result<QJsonObject> exportPerson(Store &store, const QString &participantId);

} // namespace capacita
