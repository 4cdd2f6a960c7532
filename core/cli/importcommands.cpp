// Commands over the import engine: roster import and template, probable duplicates, and
// participant merge/unmerge. The engine (importing/importing.h) does the work and decides
// what is refused; these functions only map words to its options and its results to JSON.
#include "cli/commands.h"
#include "cli/context.h"
#include "importing/importing.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::ImportCommands)
public:
    static int importRoster(Context &ctx, const QStringList &words)
    {
        const QString command = u"import"_s;
        const auto a = ctx.parse(words, { { u"sheet"_s }, { u"dry-run"_s, u"skip-invalid"_s } }, command, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        ImportOptions options;
        options.dryRun = a->has(u"dry-run"_s);
        options.skipInvalid = a->has(u"skip-invalid"_s);
        options.sheet = a->value(u"sheet"_s);
        auto summary = RosterImporter(*store).importFile(a->positional.at(0), options);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.printJson(summary->toJson());
        if (summary->refused) {
            ctx.err() << "capacita-cli: "
                      << tr("%n row(s) rejected; nothing was imported. Fix them, or use --skip-invalid.", nullptr,
                             int(summary->rejectedRows.size()))
                      << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }

    // Needs no database: the template is a file on its own.
    static int templateRoster(Context &ctx, const QStringList &words)
    {
        const QString command = u"template"_s;
        const auto a = ctx.parse(words, { { u"out"_s }, {} }, command, 0, 0);
        if (!a || !ctx.require(*a, { u"out"_s }, command))
            return ExitUsage;
        const QString path = a->value(u"out"_s);
        if (path.isEmpty())
            return ctx.usageError(tr("--out: the file name is empty."), command);
        if (const Status written = rosterfile::writeTemplate(path); !written)
            return ctx.fail(written.error());
        return ctx.printJson(QJsonObject {
            { u"written"_s, path },
            { u"headers"_s, QJsonArray::fromStringList(rosterfile::templateHeaders()) },
        });
    }

    static int listDuplicates(Context &ctx, const QStringList &words)
    {
        const QString command = u"duplicates"_s;
        const auto a = ctx.parse(words, { { u"participant"_s }, {} }, command, 0, 0);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        DuplicateFinder finder(*store);
        QList<DuplicatePair> pairs;
        if (a->has(u"participant"_s)) {
            const QString id = a->value(u"participant"_s).trimmed();
            // findFor() of an unknown id is merely empty; a typo deserves to be told apart.
            if (auto p = store->participants().get(id); !p)
                return ctx.fail(p.error());
            pairs = finder.findFor(id);
        } else {
            pairs = finder.find();
        }
        QJsonArray json;
        for (const DuplicatePair &pair : std::as_const(pairs))
            json.append(pair.toJson());
        return ctx.printJson(QJsonObject { { u"count"_s, int(pairs.size()) }, { u"pairs"_s, json } });
    }

    static int dismissDuplicate(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, u"duplicates"_s, 2, 2);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        const QString first = a->positional.at(0).trimmed();
        const QString second = a->positional.at(1).trimmed();
        if (const Status dismissed = DuplicateFinder(*store).dismiss(first, second); !dismissed)
            return ctx.fail(dismissed.error());
        return ctx.printJson(QJsonObject { { u"dismissed"_s, QJsonArray { first, second } } });
    }

    // The names MergeOptions::takeFromOther understands; the merger ignores any other, so a
    // misspelt one is caught here rather than silently doing nothing.
    static QStringList mergeFields()
    {
        return { u"given_names"_s, u"family_names"_s, u"dni"_s, u"sex"_s, u"birth_year"_s, u"type"_s, u"institution"_s,
            u"ubigeo"_s, u"phone"_s, u"email"_s, u"languages"_s };
    }

    static int merge(Context &ctx, const QStringList &words)
    {
        const QString command = u"participant"_s;
        const auto a = ctx.parse(words, { { u"take"_s }, {} }, command, 2, 2);
        if (!a)
            return ExitUsage;
        MergeOptions options;
        const QStringList taken = a->value(u"take"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : taken) {
            // The option names use dashes; the record's fields use underscores.
            const QString field = raw.trimmed().toLower().replace(u'-', u'_');
            if (!mergeFields().contains(field)) {
                return ctx.fail(Error::badInput(u"--take"_s,
                    tr("%1: not a field that can be taken (%2).").arg(raw.trimmed(), mergeFields().join(u", "_s))));
            }
            if (!options.takeFromOther.contains(field))
                options.takeFromOther.append(field);
        }
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto report = Merger(*store).merge(a->positional.at(0).trimmed(), a->positional.at(1).trimmed(), options);
        return report ? ctx.printJson(report->toJson()) : ctx.fail(report.error());
    }

    static int unmerge(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, u"participant"_s, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto restored = Merger(*store).unmerge(a->positional.at(0).trimmed());
        return restored ? ctx.printJson(*restored) : ctx.fail(restored.error());
    }

    static QString missingWhat(const QString &choices) { return tr("what to act on is missing (%1).").arg(choices); }
    static QString unknownWord(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int importCommand(Context &ctx, const QStringList &words)
{
    using C = ImportCommands;
    const QString command = u"import"_s;
    if (words.isEmpty())
        return ctx.usageError(C::missingWhat(u"roster"_s), command);
    if (words.first() == QLatin1String("roster"))
        return C::importRoster(ctx, words.mid(1));
    return ctx.usageError(C::unknownWord(words.first()), command);
}

int templateCommand(Context &ctx, const QStringList &words)
{
    using C = ImportCommands;
    const QString command = u"template"_s;
    if (words.isEmpty())
        return ctx.usageError(C::missingWhat(u"roster"_s), command);
    if (words.first() == QLatin1String("roster"))
        return C::templateRoster(ctx, words.mid(1));
    return ctx.usageError(C::unknownWord(words.first()), command);
}

int duplicatesCommand(Context &ctx, const QStringList &words)
{
    using C = ImportCommands;
    const QString command = u"duplicates"_s;
    if (words.isEmpty())
        return ctx.usageError(C::missingWhat(u"list, dismiss"_s), command);
    const QString action = words.first();
    if (action == QLatin1String("list"))
        return C::listDuplicates(ctx, words.mid(1));
    if (action == QLatin1String("dismiss"))
        return C::dismissDuplicate(ctx, words.mid(1));
    return ctx.usageError(C::unknownWord(action), command);
}

int participantMergeCommand(Context &ctx, const QStringList &words)
{
    return ImportCommands::merge(ctx, words);
}

int participantUnmergeCommand(Context &ctx, const QStringList &words)
{
    return ImportCommands::unmerge(ctx, words);
}

} // namespace capacita::cli
