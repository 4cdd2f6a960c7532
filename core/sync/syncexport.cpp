#include "sync/sync.h"

#include "storage/privatefile.h"
#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/crypto.h"
#include "sync/package.h"

#include <QFileInfo>
#include <QJsonObject>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::SyncService", text);
}
constexpr qint64 kMaxPackageBytes = 4LL * 1024 * 1024 * 1024;

// Reads the package back from the disk (the stick may lie) and checks it as a receiver would:
// the same bytes as were written (compared by hash, so that the written copy is freed before
// the file is read back), the signature and every chunk, and as many rows as were written.
bool readsBackAsWritten(const QString &path, const QByteArray &writtenHash, const QByteArray &datasetKey, qint64 rows)
{
    const auto back = readWholeFile(path, kMaxPackageBytes);
    if (!back || crypto::hash32(*back) != writtenHash)
        return false;
    const auto header = readPackageHeader(*back);
    if (!std::holds_alternative<PackageHeader>(header))
        return false;
    PackageReader reader(*back, std::get<PackageHeader>(header), datasetKey);
    qint64 counted = 0;
    const auto failure = reader.forEachRow([&](const TableSpec &, const RowState &) {
        ++counted;
        return true;
    });
    return !failure && counted == rows;
}
} // namespace

Result<QJsonObject> SyncService::exportPackage(const QString &path, const ExportOptions &options)
{
    Database &db = m_store.db();
    const DatasetInfo ds = dataset();
    if (!ds.joined())
        return Error::refused(tr("This laptop has not joined a dataset yet: create one or join one first."));
    CAPACITA_TRY(ensureDevice());
    if (!options.to.isEmpty()) {
        const auto known = devices();
        if (std::none_of(known.cbegin(), known.cend(), [&](const DeviceInfo &d) { return d.siteId == options.to; }))
            return Error::badInput(QStringLiteral("to"), tr("No device with site id %1 in this dataset.").arg(options.to));
    }
    // Where to start: what the peer is known to have (it told us, or we sent it). Without a
    // peer, the least that any known laptop has, so one package can go to all of them.
    auto watermark = [&](const QString &site) {
        const PeerRecord p = m_sync.peerOrNew(site);
        return std::max(p.lastSentSeq, p.ackedSeq);
    };
    qint64 since = 0;
    if (!options.to.isEmpty()) {
        since = watermark(options.to);
    } else {
        bool first = true;
        for (const DeviceInfo &d : devices()) {
            if (d.thisDevice || d.revoked)
                continue;
            since = first ? watermark(d.siteId) : std::min(since, watermark(d.siteId));
            first = false;
        }
    }
    PackageHeader header;
    header.packageId = newUuid();
    header.datasetId = ds.id;
    header.datasetName = ds.name;
    header.origin = db.siteId();
    header.originName = ds.deviceName;
    header.schemaVersion = Database::latestSchemaVersion();
    header.createdHlc = db.nextStamp();
    header.seqFrom = options.full ? 0 : since;
    header.seqTo = m_sync.maxSeq();
    header.full = options.full;
    header.to = options.to;
    for (const PeerRecord &p : m_sync.peers())
        header.acks.insert(p.siteId, p.contiguousCovered());
    const QByteArray secret = QByteArray::fromBase64(db.setting(QStringLiteral("device_secret_key")).toLatin1());
    // Our own device row: its public key is how the receiver checks this package.
    for (const DeviceInfo &d : devices()) {
        if (d.thisDevice)
            header.originKey = d.publicKey;
    }

    PackageWriter writer(header, datasetKey(), secret);
    qint64 rows = 0;
    const bool read = m_sync.forEachChangedRow(header.seqFrom, [&](const TableSpec &spec, const RowState &row) {
        writer.addRow(spec, row);
        ++rows;
        return true;
    });
    if (!read)
        return Error::io(tr("Could not read the records to export; nothing was written."));
    QByteArray bytes = writer.finish();
    const qint64 packageBytes = bytes.size();
    const QByteArray writtenHash = crypto::hash32(bytes);
    CAPACITA_TRY(writePrivateFile(path, bytes));
    bytes = {}; // a package of a million rows is large: one copy in memory at a time
    if (!readsBackAsWritten(path, writtenHash, datasetKey(), rows)) {
        QFile::remove(path);
        return Error::io(tr("The package written to %1 did not read back correctly (faulty disk or USB stick?); it was removed. Try another drive.").arg(path));
    }

    QJsonObject counts;
    for (auto it = writer.header().counts.cbegin(); it != writer.header().counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject summary{{QStringLiteral("package_id"), header.packageId},
                              {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                              {QStringLiteral("origin"), header.origin},
                              {QStringLiteral("dataset_id"), header.datasetId},
                              {QStringLiteral("full"), header.full},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("counts"), counts},
                              {QStringLiteral("bytes"), packageBytes},
                              {QStringLiteral("verified"), true}};
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    if (!options.to.isEmpty()) {
        PeerRecord updated = m_sync.peerOrNew(options.to);
        updated.lastSentSeq = std::max(updated.lastSentSeq, header.seqTo);
        updated.lastSentAt = db.clock().nowMs();
        CAPACITA_TRY(m_sync.savePeer(updated));
    }
    CAPACITA_TRY(m_sync.recordPackage({header.packageId, header.origin, QStringLiteral("sent"), summary.value(QStringLiteral("file")).toString(),
                                       Hlc::toText(header.createdHlc), db.clock().nowMs(), summary}));
    CAPACITA_TRY(tx.commit());
    return summary;
}

} // namespace capacita
