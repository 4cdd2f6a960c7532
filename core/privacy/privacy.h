#pragma once

// Privacy: what Capacita does for the people in its records (Ley 29733, docs/privacy.md).
//
// Consent. Each participant carries the date they consented, the version of the privacy
// notice they were shown and who collected it (Participant::consentDate, consentNotice,
// consentBy). No date means no recorded consent; reports can leave those people out
// (ReportFilter::consentedOnly).
//
// Access. exportPerson() (storage/personexport.h) gathers everything this laptop holds about
// one person, deleted rows included, as JSON: `capacita-cli participant export ID`.
//
// Correction. An ordinary edit, which the audit log records with the old and new values.
//
// Erasure. SyncService::purgeParticipant(): a tombstone that wins every merge; the person's
// values are overwritten here and on every laptop the tombstone reaches; their attendance,
// scores and enrollments are purged too; the audit log lines about those rows lose their
// values (the only change the log's triggers allow); conflicts and merge records that name
// them are deleted. The database zeroes what it deletes (PRAGMA secure_delete) and the
// write-ahead log is checkpointed and emptied, so no copy stays in the files.
//
// Audit. AuditLog (storage/auditlog.h): one line per changed row, written in the same
// transaction as the change by the two write paths (RowWriter for local edits, imports and
// merges; the sync import for merged rows), with who (the operator setting), when, on which
// laptop (site id and device name), the origin (local, import, merge, sync) and the changed
// fields as {field: [old, new]}. Triggers refuse any UPDATE or DELETE of a line.

#include "storage/auditlog.h"
#include "storage/personexport.h"
