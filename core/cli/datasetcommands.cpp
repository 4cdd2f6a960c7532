#include "cli/commands.h"
#include "cli/context.h"
#include "storage/privatefile.h"
#include "storage/transaction.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

// Which dataset this laptop belongs to, and which laptops belong with it.

namespace capacita::cli {

namespace {

const QString kDataset = u"dataset"_s;
const QString kDevice = u"device"_s;
constexpr int kMinPassphraseChars = 12;
constexpr qint64 kMaxSmallFileBytes = 64 * 1024; // a join or passphrase file is a few hundred bytes

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

class DatasetCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::DatasetCommands)
public:
    // The first line of the file, without its line end. Read before the database is opened,
    // so a mistyped path creates nothing.
    static Result<QByteArray> readPassphrase(const QString &path)
    {
        const QString option = u"--passphrase-file"_s;
        if (!QFileInfo(path).isFile())
            return Error::badInput(option, tr("%1: no such file.").arg(path));
        auto bytes = readWholeFile(path, kMaxSmallFileBytes);
        if (!bytes)
            return Error::badInput(option, bytes.error().message);
        QByteArray line = *bytes;
        if (const qsizetype end = line.indexOf('\n'); end >= 0)
            line.truncate(end);
        if (line.endsWith('\r')) // written on Windows
            line.chop(1);
        if (QString::fromUtf8(line).size() < kMinPassphraseChars)
            return Error::badInput(option,
                tr("the passphrase is too short: use at least %1 characters (several words are best).")
                    .arg(kMinPassphraseChars));
        return line;
    }

    static QJsonObject identity(SyncService &sync)
    {
        const DatasetInfo ds = sync.dataset();
        return { { u"dataset_id"_s, textOrNull(ds.id) }, { u"name"_s, textOrNull(ds.name) },
            { u"site_id"_s, ds.siteId } };
    }

    static int create(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"name"_s, u"out"_s, u"passphrase-file"_s }, {} }, kDataset, 0, 0);
        if (!a || !ctx.require(*a, { u"name"_s, u"out"_s }, kDataset))
            return ExitUsage;
        QByteArray passphrase;
        if (a->has(u"passphrase-file"_s)) {
            auto read = readPassphrase(a->value(u"passphrase-file"_s));
            if (!read)
                return ctx.fail(read.error());
            passphrase = *read;
        }
        const QString out = a->value(u"out"_s);
        const QFileInfo outInfo(out);
        if (out.isEmpty() || outInfo.isDir() || !QFileInfo(outInfo.absolutePath()).isDir())
            return ctx.fail(Error::badInput(u"--out"_s, tr("%1: not a file in an existing folder.").arg(out)));
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        SyncService sync(*store);
        // The dataset is kept only if its join file was written: a dataset whose key no
        // one can carry to another laptop would be a dead end.
        Transaction tx(store->db());
        if (!tx.begun())
            return ctx.fail(tx.begun().error());
        auto joinFile = sync.createDataset(a->value(u"name"_s), passphrase);
        if (!joinFile)
            return ctx.fail(joinFile.error());
        if (const Status written = writePrivateFile(out, *joinFile); !written)
            return ctx.fail(written.error());
        if (const Status committed = tx.commit(); !committed) {
            QFile::remove(out);
            return ctx.fail(committed.error());
        }
        QJsonObject json = identity(sync);
        json.insert(u"join_file"_s, outInfo.absoluteFilePath());
        return ctx.printJson(json);
    }

    // Writes the join file again (a lost copy, or one more laptop to admit).
    static int joinFile(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"out"_s }, {} }, kDataset, 0, 0);
        if (!a || !ctx.require(*a, { u"out"_s }, kDataset))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        SyncService sync(*store);
        const auto bytes = sync.joinFile();
        if (!bytes)
            return ctx.fail(bytes.error());
        const QString out = a->value(u"out"_s);
        if (const Status written = writePrivateFile(out, *bytes); !written)
            return ctx.fail(written.error());
        QJsonObject json = identity(sync);
        json.insert(u"join_file"_s, QFileInfo(out).absoluteFilePath());
        return ctx.printJson(json);
    }

    static int join(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"passphrase-file"_s, u"dataset-id"_s }, {} }, kDataset, 0, 1);
        if (!a)
            return ExitUsage;
        const bool byFile = a->positional.size() == 1;
        const bool byPassphrase = a->has(u"passphrase-file"_s) || a->has(u"dataset-id"_s);
        if (byFile == byPassphrase)
            return ctx.usageError(tr("give either a JOIN_FILE or --passphrase-file with --dataset-id."), kDataset);
        if (byPassphrase && !ctx.require(*a, { u"passphrase-file"_s, u"dataset-id"_s }, kDataset))
            return ExitUsage;

        QByteArray secret; // the join file's content or the passphrase
        if (byFile) {
            auto read = readWholeFile(a->positional.at(0), kMaxSmallFileBytes);
            if (!read)
                return ctx.fail(read.error());
            secret = *read;
        } else {
            auto read = readPassphrase(a->value(u"passphrase-file"_s));
            if (!read)
                return ctx.fail(read.error());
            secret = *read;
        }
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        SyncService sync(*store);
        const Status joined
            = byFile ? sync.joinWithFile(secret) : sync.joinWithPassphrase(a->value(u"dataset-id"_s).trimmed(), secret);
        return joined ? ctx.printJson(identity(sync)) : ctx.fail(joined.error());
    }

    static int show(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kDataset, 0, 0))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        SyncService sync(*store);
        QJsonObject json = identity(sync);
        const DatasetInfo ds = sync.dataset();
        json.insert(u"device_name"_s, ds.deviceName);
        json.insert(u"joined"_s, ds.joined());
        return ctx.printJson(json);
    }

    static int listDevices(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kDevice, 0, 0))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        QJsonArray all;
        for (const DeviceInfo &d : SyncService(*store).devices()) {
            all.append(QJsonObject { { u"site_id"_s, d.siteId }, { u"name"_s, d.name },
                { u"public_key"_s, QString::fromLatin1(d.publicKey.toBase64()) }, { u"revoked"_s, d.revoked },
                { u"revoked_at"_s, textOrNull(d.revokedAt) }, { u"this_device"_s, d.thisDevice } });
        }
        return ctx.printJson(all);
    }

    static int revokeDevice(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kDevice, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        const Status revoked = SyncService(*store).revokeDevice(a->positional.at(0).trimmed());
        return revoked ? ExitOk : ctx.fail(revoked.error());
    }

    static int renameDevice(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kDevice, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        const Status renamed = SyncService(*store).setDeviceName(a->positional.at(0));
        return renamed ? ExitOk : ctx.fail(renamed.error());
    }

    static QString missingAction(const QString &actions) { return tr("an action is missing (%1).").arg(actions); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int datasetCommand(Context &ctx, const QStringList &words)
{
    using C = DatasetCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(u"create, join, join-file, show"_s), kDataset);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("create"))
        return C::create(ctx, rest);
    if (action == QLatin1String("join"))
        return C::join(ctx, rest);
    if (action == QLatin1String("show"))
        return C::show(ctx, rest);
    if (action == QLatin1String("join-file"))
        return C::joinFile(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kDataset);
}

int deviceCommand(Context &ctx, const QStringList &words)
{
    using C = DatasetCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(u"list, revoke, rename"_s), kDevice);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("list"))
        return C::listDevices(ctx, rest);
    if (action == QLatin1String("revoke"))
        return C::revokeDevice(ctx, rest);
    if (action == QLatin1String("rename"))
        return C::renameDevice(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kDevice);
}

} // namespace capacita::cli
