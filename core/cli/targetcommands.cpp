#include "cli/commands.h"
#include "cli/context.h"
#include "domain/validation.h"
#include "reports/indicators.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

// `target set|list|delete`: donor targets per indicator and fiscal period.

namespace capacita::cli {

namespace {

class TargetCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::TargetCommands)
};

const QString kCommand = u"target"_s;

QString foldName(const QString &name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.simplified().toUpper();
}

int set(Context &ctx, const QStringList &words)
{
    const auto a = ctx.parse(words, { { u"type"_s, u"department"_s }, {} }, kCommand, 3, 3);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    const QString period = reports::canonicalPeriodName(a->positional.at(1));
    if (period.isEmpty())
        return ctx.fail(reports::periodFromName(a->positional.at(1)).error());
    const auto value = validation::parseNumber(u"value"_s, a->positional.at(2));
    if (!value)
        return ctx.fail(value.error());
    const QString type = a->value(u"type"_s);
    if (!type.isEmpty() && !store->reference().hasParticipantType(type))
        return ctx.fail(Error::badInput(
            u"type"_s, TargetCommands::tr("\"%1\" is not a participant type; see `capacita-cli types`.").arg(type)));
    QString department;
    if (a->has(u"department"_s)) {
        const QString wanted = foldName(a->value(u"department"_s));
        for (const QString &name : store->reference().departments()) {
            if (foldName(name) == wanted)
                department = name;
        }
        if (department.isEmpty())
            return ctx.fail(Error::badInput(u"department"_s,
                TargetCommands::tr(
                    "no department is called \"%1\"; see the department names in `capacita-cli districts`.")
                    .arg(a->value(u"department"_s))));
    }
    Target t;
    t.indicator = a->positional.at(0);
    t.period = period;
    t.disaggregation = TargetRepository::disaggregationOf(type, department);
    t.value = *value;
    const auto id = store->targets().set(t);
    return id ? ctx.printId(*id) : ctx.fail(id.error());
}

int list(Context &ctx, const QStringList &words)
{
    if (!ctx.parse(words, {}, kCommand, 0, 0))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    QJsonArray all;
    for (const Target &t : store->targets().list())
        all.append(QJsonObject { { u"id"_s, t.id }, { u"indicator"_s, t.indicator }, { u"period"_s, t.period },
            { u"disaggregation"_s, t.disaggregation }, { u"value"_s, t.value } });
    return ctx.printJson(all);
}

int remove(Context &ctx, const QStringList &words)
{
    return deleteRecord<&Store::targets>(ctx, words, kCommand);
}

} // namespace

int targetCommand(Context &ctx, const QStringList &words)
{
    const QString action = words.value(0);
    if (action == u"set")
        return set(ctx, words.mid(1));
    if (action == u"list")
        return list(ctx, words.mid(1));
    if (action == u"delete")
        return remove(ctx, words.mid(1));
    return ctx.usageError(action.isEmpty() ? TargetCommands::tr("say what to do: set, list or delete.")
                                           : TargetCommands::tr("%1: unknown action.").arg(action),
        kCommand);
}

} // namespace capacita::cli
