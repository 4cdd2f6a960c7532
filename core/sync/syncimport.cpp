#include "sync/sync.h"

#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/privatefile.h"
#include "storage/rowwriter.h"
#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/merge.h"
#include "sync/package.h"

#include <QFileInfo>
#include <QJsonArray>

#include <unordered_set>

namespace capacita {

namespace {

// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::SyncService", text);
}

constexpr qint64 kMaxPackageBytes = 4LL * 1024 * 1024 * 1024;

} // namespace

Error SyncService::refusal(const PackageFailure &f)
{
    switch (f.problem) {
    case PackageProblem::NotAPackage:
        return Error::refused(tr("This file is not a Capacita sync package. Check that you chose the .capacita file written by \"Write package\"."));
    case PackageProblem::NewerFormat:
        return Error::refused(tr("This package was written by a newer version of Capacita (format %1). Update Capacita on this laptop, then import it again.").arg(f.detail));
    case PackageProblem::Truncated:
        return Error::refused(tr("This package is incomplete (it ends early: %1). The copy was probably interrupted; copy it again from the original laptop.").arg(f.detail));
    case PackageProblem::WrongKey:
        return Error::refused(tr("This package cannot be decrypted with this dataset's key. Check that both laptops joined the same dataset with the same join file or passphrase; if the passphrase was mistyped here, join again with the right one."));
    case PackageProblem::Damaged:
        break;
    }
    return Error::refused(tr("This package is damaged or was altered after it was written (%1 check failed). Nothing was imported; ask for a new package.").arg(f.detail));
}

namespace {

QVariant valueOrNull(const QVariant &v)
{
    return v.isValid() ? v : QVariant();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// One audit line per merged row (origin "sync"), with the fields the merge changed.
Status auditMerge(AuditLog &audit, const TableSpec &spec, const std::optional<RowState> &local, const RowState &merged)
{
    const bool isDeleted = merged.deleted % 2 == 1;
    if (!local) {
        // A new row: every non-empty value, in field order (no maps to build per row).
        CAPACITA_TRY(audit.recordInsert(spec, merged.id, merged.values));
        if (isDeleted)
            CAPACITA_TRY(audit.record(spec.name, merged.id, QStringLiteral("deleted")));
        return {};
    }
    QVariantMap before, after;
    QStringList changed;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QVariant old = valueOrNull(local->values.value(i));
        const QVariant now = valueOrNull(merged.values.value(i));
        if (!sameValue(old, now)) {
            changed << spec.fields.at(i);
            before.insert(spec.fields.at(i), old);
            after.insert(spec.fields.at(i), now);
        }
    }
    const bool wasDeleted = local->deleted % 2 == 1;
    if (!changed.isEmpty())
        CAPACITA_TRY(audit.recordUpdate(spec, merged.id, changed, before, after));
    if (wasDeleted != isDeleted)
        CAPACITA_TRY(audit.record(spec.name, merged.id, isDeleted ? QStringLiteral("deleted") : QStringLiteral("restored")));
    return {};
}

} // namespace

Result<QJsonObject> SyncService::importPackage(const QString &path, bool dryRun)
{
    Database &db = m_store.db();
    const DatasetInfo ds = dataset();
    auto file = readWholeFile(path, kMaxPackageBytes);
    if (!file)
        return file.error();

    // 1. Container and header.
    const auto parsed = readPackageHeader(*file);
    if (const auto *failure = std::get_if<PackageFailure>(&parsed))
        return refusal(*failure);
    const PackageHeader header = std::get<PackageHeader>(parsed);

    // 2. Whose is it, and may it come in?
    if (!ds.joined())
        return Error::refused(tr("This laptop has not joined a dataset yet: join the dataset %1 first, then import the package.").arg(header.datasetId));
    if (header.datasetId != ds.id)
        return Error::refused(tr("This package belongs to another dataset (%1), not to this laptop's dataset \"%2\" (%3). Import it on a laptop of that dataset.")
                                  .arg(header.datasetId, ds.name, ds.id));
    if (header.schemaVersion > Database::latestSchemaVersion())
        return Error::refused(tr("This package comes from a newer version of Capacita (schema %1; this one knows %2). Update Capacita, then import it again.")
                                  .arg(header.schemaVersion).arg(Database::latestSchemaVersion()));
    for (const DeviceInfo &d : devices()) {
        if (d.siteId != header.origin)
            continue;
        if (d.revoked)
            return Error::refused(tr("This package comes from the device \"%1\" (%2), which was revoked on %3. Its data is not accepted; if this is a mistake, a coordinator must re-admit the laptop.")
                                      .arg(d.name, d.siteId, d.revokedAt));
        if (d.publicKey != header.originKey)
            return Error::refused(tr("This package claims to come from \"%1\" (%2) but is signed with a different key. It was not imported; report it to the coordinator.")
                                      .arg(d.name, d.siteId));
    }

    // 3. Signature and every chunk, before a single row is read. Nothing decrypted is kept:
    // the rows are decrypted again chunk by chunk as they are merged (sync/package.h).
    PackageReader package(*file, header, datasetKey());
    if (const auto failure = package.verify())
        return refusal(*failure);

    QJsonObject summary{{QStringLiteral("package_id"), header.packageId},
                        {QStringLiteral("origin"), header.origin},
                        {QStringLiteral("origin_name"), header.originName},
                        {QStringLiteral("refused"), false},
                        {QStringLiteral("dry_run"), dryRun}};
    if (m_sync.packageKnown(header.packageId)) {
        summary.insert(QStringLiteral("already_imported"), true);
        for (const char *k : {"rows_new", "rows_updated", "rows_unchanged", "conflicts"})
            summary.insert(QLatin1String(k), 0);
        return summary;
    }
    summary.insert(QStringLiteral("already_imported"), false);

    // 4. Merge, all or nothing, after a backup to go back to (storage/backup.h).
    if (!dryRun)
        CAPACITA_TRY(Backups::beforeImport(db, BackupReason::Sync));
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_sync.deferForeignKeys());
    const AuditScope audited(db, AuditOrigin::Sync, header.originName + QStringLiteral(" (") + header.origin + QLatin1Char(')'));
    bool purged = false;
    const QSet<QString> purgedBefore = m_sync.purgedIds();
    // A table empty when the merge began holds only rows this package brought: reading the
    // local state of each received row (most of the time of a first import) is skipped
    // unless its id was written already. Hashes of the ids keep that set small; a collision
    // only costs a read.
    QHash<QString, std::unordered_set<size_t>> writtenToEmpty;
    for (const TableSpec &t : schema::syncedTables()) {
        if (m_sync.isEmpty(t))
            writtenToEmpty[t.name].reserve(size_t(std::clamp<qint64>(header.counts.value(t.name), 0, 1 << 22)));
    }
    const std::int64_t now = db.clock().nowMs();
    qint64 added = 0, updated = 0, unchanged = 0, conflicts = 0, future = 0, ignored = 0;
    std::uint64_t newest = 0;
    std::optional<Error> failed;
    const auto decodeFailure = package.forEachRow([&](const TableSpec &spec, const RowState &remote) {
        if (spec.name == schema::device().name && remote.id == header.origin
            && QByteArray::fromBase64(remote.values.value(1).toString().toLatin1()) != header.originKey) {
            failed = Error::refused(tr("This package's signing key does not match the device record it carries. It was not imported."));
            return false;
        }
        for (const FieldStamp &s : remote.stamps) {
            if (Hlc::wallMs(s.hlc) > now + kMaxFutureSkewMs)
                ++future;
            else
                newest = std::max(newest, s.hlc);
        }
        // The erased ids are read once; after a purge within this package, row by row.
        if (remote.deleted != kPurgedCounter && (purged ? m_sync.isPurged(remote.id) : purgedBefore.contains(remote.id))) {
            ++ignored; // an erased person never comes back
            return true;
        }
        auto fresh = writtenToEmpty.find(spec.name);
        const size_t idHash = qHash(remote.id);
        const bool mayExist = purged || fresh == writtenToEmpty.end() || fresh->count(idHash) > 0;
        const auto local = mayExist ? m_sync.readRow(spec, remote.id) : std::nullopt;
        const MergeResult merged = mergeRow(spec, local, remote);
        for (const FieldConflict &c : merged.conflicts) {
            ++conflicts;
            const Status logged = m_sync.logConflict({0, spec.name, remote.id, c.field, valueOrNull(c.localValue),
                Hlc::toText(c.localStamp.hlc), c.localStamp.site, valueOrNull(c.remoteValue), Hlc::toText(c.remoteStamp.hlc),
                c.remoteStamp.site, c.remoteWins ? QStringLiteral("remote") : QStringLiteral("local"), header.packageId, now});
            if (!logged) {
                failed = logged.error();
                return false;
            }
        }
        if (merged.kind == MergeResult::Unchanged) {
            ++unchanged;
            return true;
        }
        merged.kind == MergeResult::New ? ++added : ++updated;
        if (const Status s = m_sync.writeRow(spec, merged.row, local.has_value()); !s) {
            failed = s.error();
            return false;
        }
        if (fresh != writtenToEmpty.end())
            fresh->insert(idHash);
        if (merged.row.deleted == kPurgedCounter && spec.personal) {
            purged = true; // the purge logs it, without the values it wipes
            if (const Status s = purgeParticipant(remote.id); !s) {
                failed = s.error();
                return false;
            }
        } else if (const Status s = auditMerge(db.audit(), spec, local, merged.row); !s) {
            failed = s.error();
            return false;
        }
        db.notifier().post({spec.name, remote.id, ChangeEvent::Updated});
        return true;
    });
    if (decodeFailure)
        return refusal(*decodeFailure);
    if (failed)
        return *failed;

    // Remember what this origin's packages covered, to show gaps in sync status.
    PeerRecord peer = m_sync.peerOrNew(header.origin);
    peer.covered.append({header.seqFrom, header.seqTo});
    peer.lastSeenAt = now;
    peer.ackedSeq = std::max(peer.ackedSeq, header.acks.value(db.siteId(), 0));
    CAPACITA_TRY(m_sync.savePeer(peer));
    summary.insert(QStringLiteral("rows_new"), added);
    summary.insert(QStringLiteral("rows_updated"), updated);
    summary.insert(QStringLiteral("rows_unchanged"), unchanged);
    summary.insert(QStringLiteral("conflicts"), conflicts);
    summary.insert(QStringLiteral("future_stamps"), future);
    summary.insert(QStringLiteral("purged_ignored"), ignored);
    if (future > 0)
        summary.insert(QStringLiteral("warning"), tr("%1 values carry a date more than a day in the future: the clock of \"%2\" is probably wrong. They were merged but do not move this laptop's clock; ask its user to set the date.")
                                                      .arg(future).arg(header.originName));
    // A laptop that joined by passphrase learns the dataset's name from its first package.
    if (ds.name.isEmpty() && !header.datasetName.isEmpty())
        CAPACITA_TRY(db.setSetting(QStringLiteral("dataset_name"), header.datasetName));
    CAPACITA_TRY(m_sync.recordPackage({header.packageId, header.origin, QStringLiteral("received"), QFileInfo(path).absoluteFilePath(),
                                       Hlc::toText(header.createdHlc), now, summary}));
    if (dryRun)
        return summary; // the guard rolls everything back
    // Move this laptop's clock past what it received (not past flagged future stamps), and
    // store it with the merge so that the next local edit is stamped later.
    db.observeStamp(newest);
    db.nextStamp();
    if (const Status s = tx.commit(); !s) {
        if (s.error().message.contains(QLatin1String("FOREIGN KEY")))
            return Error::refused(tr("This package refers to records this laptop has not received yet (an earlier package from \"%1\" is missing). Import the missing package first, or ask for a full package (sync export --full).")
                                      .arg(header.originName));
        return s.error();
    }
    if (purged)
        CAPACITA_TRY(m_sync.truncateJournal());
    return summary;
}

} // namespace capacita
