// backup create | list | restore: the rotating copies of the database (storage/backup.h).
#include "cli/commands.h"
#include "cli/context.h"
#include "domain/clock.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

const QString kBackup = u"backup"_s;

QJsonObject toJson(const BackupInfo &b)
{
    return { { u"path"_s, b.path }, { u"created"_s, b.created.toString(Qt::ISODate) },
        { u"reason"_s, Backups::reasonName(b.reason) }, { u"size"_s, b.size } };
}

class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::BackupCommands)
public:
    static int create(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kBackup, 0, 0))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto made = Backups::create(store->db(), BackupReason::Manual);
        return made ? ctx.printJson(toJson(*made)) : ctx.fail(made.error());
    }

    // Works without opening the database, so it also serves a damaged one.
    static int list(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kBackup, 0, 0))
            return ExitUsage;
        QJsonArray all;
        for (const BackupInfo &b : Backups::list(ctx.dbPath()))
            all.append(toJson(b));
        return ctx.printJson(all);
    }

    static int restore(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { {}, { u"latest"_s } }, kBackup, 0, 1);
        if (!a)
            return ExitUsage;
        const bool latest = a->has(u"latest"_s);
        if (latest == !a->positional.isEmpty())
            return ctx.usageError(tr("give either a backup FILE or --latest."), kBackup);
        QString file;
        if (latest) {
            auto newest = Backups::newestGood(ctx.dbPath());
            if (!newest)
                return ctx.fail(Error::refused(newest.error().message));
            file = newest->path;
        } else {
            file = a->positional.at(0);
        }
        SystemClock clock;
        auto restored = Backups::restore(ctx.dbPath(), file, clock);
        if (!restored)
            return ctx.fail(restored.error());
        // Opening it brings an older backup up to date and proves the result usable.
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        return ctx.printJson(QJsonObject { { u"restored"_s, toJson(restored->restored) },
            { u"database"_s, store->db().path() }, { u"kept"_s, restored->kept },
            { u"schema_version"_s, store->db().schemaVersion() } });
    }

    static QString missingAction() { return tr("an action is missing (create, list, restore)."); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int backupCommand(Context &ctx, const QStringList &words)
{
    using C = BackupCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(), kBackup);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("create"))
        return C::create(ctx, rest);
    if (action == QLatin1String("list"))
        return C::list(ctx, rest);
    if (action == QLatin1String("restore"))
        return C::restore(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kBackup);
}

} // namespace capacita::cli
