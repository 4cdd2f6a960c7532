#include "sync/sync.h"

#include "storage/rowwriter.h"
#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/crypto.h"

#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

namespace capacita {

namespace {

// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::SyncService", text);
}

const QString kDatasetId = QStringLiteral("dataset_id");
const QString kDatasetName = QStringLiteral("dataset_name");
const QString kDatasetKey = QStringLiteral("dataset_key");
const QString kDeviceSecret = QStringLiteral("device_secret_key");
const QString kDeviceName = QStringLiteral("device_name");
const QString kJoinFormat = QStringLiteral("capacita-join");

// The dataset id's 16 bytes salt the passphrase, so one passphrase gives each dataset its own key.
QByteArray saltFor(const QString &datasetId)
{
    return QUuid::fromString(datasetId).toRfc4122();
}

} // namespace

SyncService::SyncService(Store &store) : m_store(store), m_sync(store.db())
{
    crypto::init();
}

DatasetInfo SyncService::dataset()
{
    Database &db = m_store.db();
    return {db.setting(kDatasetId), db.setting(kDatasetName), db.siteId(),
            db.setting(kDeviceName, QSysInfo::machineHostName())};
}

QByteArray SyncService::datasetKey()
{
    return QByteArray::fromBase64(m_store.db().setting(kDatasetKey).toLatin1());
}

Result<QByteArray> SyncService::createDataset(const QString &name, const QByteArray &passphrase)
{
    if (name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), tr("a dataset needs a name."));
    const QString id = newUuid();
    QByteArray key = crypto::randomKey();
    if (!passphrase.isEmpty()) {
        auto derived = crypto::keyFromPassphrase(passphrase, saltFor(id));
        if (!derived)
            return derived.error();
        key = *derived;
    }
    CAPACITA_TRY(join(id, name.trimmed(), key));
    return joinFile();
}

Result<QByteArray> SyncService::joinFile()
{
    const DatasetInfo ds = dataset();
    if (!ds.joined())
        return Error::refused(tr("This laptop has not joined a dataset yet: create one or join one first."));
    const QJsonObject file{{QStringLiteral("format"), kJoinFormat}, {QStringLiteral("version"), 1},
                           {QStringLiteral("dataset_id"), ds.id}, {QStringLiteral("dataset_name"), ds.name},
                           {QStringLiteral("key"), QString::fromLatin1(datasetKey().toBase64())}};
    return QJsonDocument(file).toJson();
}

Status SyncService::joinWithFile(const QByteArray &joinFile)
{
    const QJsonObject o = QJsonDocument::fromJson(joinFile).object();
    const QByteArray key = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    const QString id = o.value(QStringLiteral("dataset_id")).toString();
    if (o.value(QStringLiteral("format")).toString() != kJoinFormat || key.size() != crypto::kKeyBytes
        || QUuid::fromString(id).isNull())
        return Error::badInput(QStringLiteral("join_file"), tr("this is not a Capacita join file (or it is damaged)."));
    return join(id, o.value(QStringLiteral("dataset_name")).toString(), key);
}

Status SyncService::joinWithPassphrase(const QString &datasetId, const QByteArray &passphrase)
{
    if (QUuid::fromString(datasetId).isNull())
        return Error::badInput(QStringLiteral("dataset_id"), tr("\"%1\" is not a dataset id.").arg(datasetId));
    auto key = crypto::keyFromPassphrase(passphrase, saltFor(datasetId));
    if (!key)
        return key.error();
    return join(datasetId, QString(), *key);
}

Status SyncService::join(const QString &datasetId, const QString &name, const QByteArray &key)
{
    Database &db = m_store.db();
    const QString current = db.setting(kDatasetId);
    if (!current.isEmpty() && current != datasetId)
        return Error::refused(tr("This database already belongs to the dataset %1 (%2); a database belongs to one dataset. "
                                 "Use a new database file to join another one.").arg(db.setting(kDatasetName), current));
    // A mistyped passphrase gives a wrong key; it may be replaced until a package has been
    // read with it (after that, the key has proved right).
    if (!current.isEmpty() && datasetKey() != key && m_sync.hasReceivedPackages())
        return Error::refused(tr("This database already belongs to dataset %1 with a different key, and has already read packages with it; check the passphrase or join file.").arg(current));
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(db.setSetting(kDatasetId, datasetId));
    if (!name.isEmpty() || db.setting(kDatasetName).isEmpty())
        CAPACITA_TRY(db.setSetting(kDatasetName, name));
    CAPACITA_TRY(db.setSetting(kDatasetKey, QString::fromLatin1(key.toBase64())));
    CAPACITA_TRY(ensureDevice());
    return tx.commit();
}

Status SyncService::ensureDevice()
{
    Database &db = m_store.db();
    if (!db.setting(kDeviceSecret).isEmpty())
        return {};
    const crypto::KeyPair keys = crypto::newSigningKeyPair();
    CAPACITA_TRY(db.setSetting(kDeviceSecret, QString::fromLatin1(keys.secretKey.toBase64())));
    const QString name = db.setting(kDeviceName, QSysInfo::machineHostName());
    CAPACITA_TRY(db.setSetting(kDeviceName, name));
    return RowWriter(db).upsert(schema::device(), db.siteId(),
        {{QStringLiteral("name"), name}, {QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64())},
         {QStringLiteral("revoked"), 0}});
}

Status SyncService::setDeviceName(const QString &name)
{
    Database &db = m_store.db();
    if (name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), tr("the device name cannot be empty."));
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(db.setSetting(kDeviceName, name.trimmed()));
    if (RowWriter(db).isLive(schema::device(), db.siteId()))
        CAPACITA_TRY(RowWriter(db).update(schema::device(), db.siteId(), {{QStringLiteral("name"), name.trimmed()}}));
    return tx.commit();
}

QList<DeviceInfo> SyncService::devices()
{
    QList<DeviceInfo> out;
    for (const RowState &row : m_sync.rowsOf(schema::device())) {
        DeviceInfo d;
        d.siteId = row.id;
        d.name = row.values.value(0).toString();
        d.publicKey = QByteArray::fromBase64(row.values.value(1).toString().toLatin1());
        d.revoked = row.values.value(2).toInt() != 0;
        d.revokedAt = row.values.value(3).toString();
        d.thisDevice = row.id == m_store.db().siteId();
        out.append(d);
    }
    return out;
}

Status SyncService::revokeDevice(const QString &siteId)
{
    Database &db = m_store.db();
    if (!RowWriter(db).isLive(schema::device(), siteId))
        return Error::badInput(QStringLiteral("site_id"), tr("No device with site id %1 in this dataset.").arg(siteId));
    if (siteId == db.siteId())
        return Error::badInput(QStringLiteral("site_id"), tr("a laptop cannot revoke itself; revoke it from another member's laptop."));
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(RowWriter(db).update(schema::device(), siteId,
        {{QStringLiteral("revoked"), 1}, {QStringLiteral("revoked_at"), db.clock().today().toString(Qt::ISODate)}}));
    return tx.commit();
}

} // namespace capacita
