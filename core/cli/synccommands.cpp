#include "cli/commands.h"
#include "cli/context.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

// Packages in and out, and the conflicts they leave for a person to review.

namespace capacita::cli {

namespace {

const QString kSync = u"sync"_s;
const QString kConflicts = u"conflicts"_s;

QJsonObject toJson(const ConflictRecord &c)
{
    return { { u"id"_s, c.id }, { u"table"_s, c.table }, { u"row_id"_s, c.rowId }, { u"field"_s, c.field },
        { u"local_value"_s, QJsonValue::fromVariant(c.localValue) }, { u"local_hlc"_s, c.localHlc },
        { u"local_site"_s, c.localSite }, { u"remote_value"_s, QJsonValue::fromVariant(c.remoteValue) },
        { u"remote_hlc"_s, c.remoteHlc }, { u"remote_site"_s, c.remoteSite }, { u"winner"_s, c.winner },
        { u"package_id"_s, c.packageId }, { u"at"_s, c.at }, { u"resolved"_s, c.resolved } };
}

class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::SyncCommands)
public:
    static int exportPackage(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"out"_s, u"to"_s }, { u"full"_s } }, kSync, 0, 0);
        if (!a || !ctx.require(*a, { u"out"_s }, kSync))
            return ExitUsage;
        if (a->value(u"out"_s).isEmpty())
            return ctx.fail(Error::badInput(u"--out"_s, tr("the file name is empty.")));
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        ExportOptions options;
        options.full = a->has(u"full"_s);
        options.to = a->value(u"to"_s).trimmed();
        auto summary = SyncService(*store).exportPackage(a->value(u"out"_s), options);
        return summary ? ctx.printJson(*summary) : ctx.fail(summary.error());
    }

    static int importPackage(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { {}, { u"dry-run"_s } }, kSync, 1, 1);
        if (!a)
            return ExitUsage;
        const QString path = a->positional.at(0);
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto summary = SyncService(*store).importPackage(path, a->has(u"dry-run"_s));
        if (summary)
            return ctx.printJson(*summary);
        const int code = ctx.fail(summary.error());
        // A script that only reads stdout still learns that nothing was imported, and why.
        if (summary.error().code == ErrorCode::Refused) {
            ctx.printJson(QJsonObject { { u"refused"_s, true }, { u"reason"_s, summary.error().message },
                { u"file"_s, QFileInfo(path).absoluteFilePath() } });
        }
        return code;
    }

    static int status(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kSync, 0, 0))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        return ctx.printJson(SyncService(*store).status());
    }

    static int listConflicts(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { {}, { u"all"_s } }, kConflicts, 0, 0);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        QJsonArray all;
        for (const ConflictRecord &c : SyncService(*store).conflicts(a->has(u"all"_s)))
            all.append(toJson(c));
        return ctx.printJson(all);
    }

    static int resolveConflict(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"keep"_s }, {} }, kConflicts, 1, 1);
        if (!a || !ctx.require(*a, { u"keep"_s }, kConflicts))
            return ExitUsage;
        bool isNumber = false;
        const qint64 id = a->positional.at(0).trimmed().toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return ctx.fail(Error::badInput(u"id"_s, tr("\"%1\" is not a conflict id.").arg(a->positional.at(0))));
        const QString keep = a->value(u"keep"_s).trimmed();
        if (keep != QLatin1String("local") && keep != QLatin1String("remote"))
            return ctx.fail(Error::badInput(u"--keep"_s, tr("\"%1\": use local or remote.").arg(keep)));
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        const Status resolved = SyncService(*store).resolveConflict(id, keep == QLatin1String("local"));
        return resolved ? ExitOk : ctx.fail(resolved.error());
    }

    static QString missingAction(const QString &actions) { return tr("an action is missing (%1).").arg(actions); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int syncCommand(Context &ctx, const QStringList &words)
{
    using C = SyncCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(u"export, import, status"_s), kSync);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("export"))
        return C::exportPackage(ctx, rest);
    if (action == QLatin1String("import"))
        return C::importPackage(ctx, rest);
    if (action == QLatin1String("status"))
        return C::status(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kSync);
}

int conflictsCommand(Context &ctx, const QStringList &words)
{
    using C = SyncCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(u"list, resolve"_s), kConflicts);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("list"))
        return C::listConflicts(ctx, rest);
    if (action == QLatin1String("resolve"))
        return C::resolveConflict(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kConflicts);
}

} // namespace capacita::cli
