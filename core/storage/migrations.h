#pragma once

#include "domain/result.h"

namespace capacita {
class Database;

// Ordered schema migrations keyed on PRAGMA user_version. Each runs in its own transaction
// together with the version bump, so a power cut leaves the file at one version or the next.
namespace migrations {
int latestVersion();
Status migrate(Database &db, int applicationId);
} // namespace migrations
} // namespace capacita
