#pragma once

// Sync: how laptops that never see a network converge.
//
// A dataset is one programme's shared registry. It has an id and a 32-byte key that every
// member laptop holds (from a join file, or derived from a passphrase with Argon2id). Each
// laptop is a device with a site id and an Ed25519 key pair; devices are rows of the synced
// `device` table, so joining and revoking travel like any other edit.
//
// Every synced row carries, per field, the hybrid-logical-clock stamp and site of its last
// write, a version vector, and a deleted counter (storage/schema.h). A package is a set of
// complete row states: everything whose local seq changed since the last export to that
// peer, or everything with --full. Packages therefore never depend on each other's order.
//
// Export: collect rows -> CBOR chunks -> zlib -> secretstream XChaCha20-Poly1305 under the
// dataset key (header bound as associated data, FINAL on the last chunk) -> Ed25519
// signature over the whole file -> QSaveFile (0600) -> read back and verified before the
// user is told it is safe to carry.
//
// Import checks, in order, and refuses the whole package at the first failure with nothing
// changed: magic and format; header; dataset; schema version; the origin device is not
// revoked and its key matches the one known for it; the signature; every chunk decrypts in
// order and the last is FINAL. Only then are rows decoded and merged (sync/merge.h), in one
// BEGIN IMMEDIATE transaction: per field the larger (hlc, site) wins, concurrent edits of one
// field log the losing value in `conflict`, a purge (Ley 29733 erasure) wins over everything
// and wipes the person's values on arrival. Importing the same package twice changes nothing.
// Remote stamps further ahead than kMaxFutureSkewMs are merged (so replicas still converge)
// but flagged in the summary and not allowed to move this laptop's clock.

#include "domain/result.h"
#include "storage/syncstore.h"

#include <QJsonObject>

namespace capacita {

class Store;
struct PackageFailure;

inline constexpr std::int64_t kMaxFutureSkewMs = 24LL * 3600 * 1000;

struct DatasetInfo
{
    QString id;
    QString name;
    QString siteId;
    QString deviceName;
    bool joined() const { return !id.isEmpty(); }
};

struct DeviceInfo
{
    QString siteId;
    QString name;
    QByteArray publicKey;
    bool revoked = false;
    QString revokedAt;
    bool thisDevice = false;
};

struct ExportOptions
{
    bool full = false;
    QString to; // a peer's site id: changes since the last export to it
};

class SyncService
{
public:
    explicit SyncService(Store &store);

    DatasetInfo dataset();
    // Creates a dataset with this laptop as its first device; returns the join file content.
    // With a passphrase the key is derived from it, so others can join with it instead.
    Result<QByteArray> createDataset(const QString &name, const QByteArray &passphrase = {});
    Status joinWithFile(const QByteArray &joinFile);
    Result<QByteArray> joinFile(); // the join file again, for another laptop or a lost copy
    Status joinWithPassphrase(const QString &datasetId, const QByteArray &passphrase);
    Status setDeviceName(const QString &name);
    QList<DeviceInfo> devices();
    Status revokeDevice(const QString &siteId);

    // Writes a package to `path` (QSaveFile, 0600), reads it back and verifies it.
    Result<QJsonObject> exportPackage(const QString &path, const ExportOptions &options = {});
    // Verifies, then merges all or nothing. A refused package is an Error with code Refused.
    Result<QJsonObject> importPackage(const QString &path, bool dryRun = false);
    // Without Pending, "pending_changes" is left out: counting it reads every synced
    // table's index from the last confirmed change, the costly part of the status.
    enum class StatusDetail { Pending, WithoutPending };
    QJsonObject status(StatusDetail detail = StatusDetail::Pending);

    QList<ConflictRecord> conflicts(bool includeResolved = false);
    Status resolveConflict(qint64 id, bool keepLocal);
    // Permanent erasure of a person: values wiped, a tombstone that wins every merge, their
    // attendance, scores and enrollments erased too, and the review log cleared.
    Status purgeParticipant(const QString &id);

private:
    static Error refusal(const PackageFailure &failure);
    Status join(const QString &datasetId, const QString &name, const QByteArray &key);
    Status ensureDevice();
    QByteArray datasetKey();

    Store &m_store;
    SyncStore m_sync;
};

} // namespace capacita
