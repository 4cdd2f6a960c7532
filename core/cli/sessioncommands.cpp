#include "cli/commands.h"
#include "cli/context.h"
#include "domain/json.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

const QString kCommand = u"session"_s;

class SessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::SessionCommands)
public:
    static OptionSpec fieldOptions()
    {
        return { { u"date"_s, u"hours"_s, u"start-time"_s, u"end-time"_s, u"topic"_s }, {} };
    }

    static Status apply(const ParsedArgs &a, TrainingSession &s)
    {
        if (a.has(u"date"_s)) {
            auto date = validation::parseDate(u"date"_s, a.value(u"date"_s).trimmed());
            if (!date)
                return date.error();
            s.date = *date;
        }
        if (a.has(u"hours"_s)) {
            const QString text = a.value(u"hours"_s).trimmed();
            if (text.isEmpty()) {
                s.hours = 0;
            } else {
                auto hours = validation::parseNumber(u"hours"_s, text);
                if (!hours)
                    return hours.error();
                s.hours = *hours;
            }
        }
        if (a.has(u"start-time"_s))
            s.startTime = a.value(u"start-time"_s).trimmed();
        if (a.has(u"end-time"_s))
            s.endTime = a.value(u"end-time"_s).trimmed();
        if (a.has(u"topic"_s))
            s.topic = a.value(u"topic"_s).trimmed();
        return {};
    }

    static int add(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, fieldOptions(), kCommand, 1, 1);
        if (!a || !ctx.require(*a, { u"date"_s }, kCommand))
            return ExitUsage;
        TrainingSession s;
        s.trainingId = a->positional.at(0);
        if (auto applied = apply(*a, s); !applied)
            return ctx.fail(applied.error());
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto id = store->sessions().add(s);
        return id ? ctx.printId(*id) : ctx.fail(id.error());
    }

    static int update(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, fieldOptions(), kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto current = store->sessions().get(a->positional.at(0));
        if (!current)
            return ctx.fail(current.error());
        TrainingSession s = *current;
        if (auto applied = apply(*a, s); !applied)
            return ctx.fail(applied.error());
        auto updated = store->sessions().update(s);
        return updated ? ExitOk : ctx.fail(updated.error());
    }

    static int show(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto s = store->sessions().get(a->positional.at(0));
        return s ? ctx.printJson(toJson(*s)) : ctx.fail(s.error());
    }

    static int list(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        // An unknown training is an error, not an empty list: a typo must not look like "none".
        auto training = store->trainings().get(a->positional.at(0));
        if (!training)
            return ctx.fail(training.error());
        QJsonArray all;
        for (const TrainingSession &s : store->sessions().listForTraining(training->id))
            all.append(toJson(s));
        return ctx.printJson(all);
    }

    static QString missingAction() { return tr("an action is missing (add, update, delete, show or list)."); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int sessionCommand(Context &ctx, const QStringList &words)
{
    using C = SessionCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(), kCommand);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("add"))
        return C::add(ctx, rest);
    if (action == QLatin1String("update"))
        return C::update(ctx, rest);
    if (action == QLatin1String("delete"))
        return deleteRecord<&Store::sessions>(ctx, rest, kCommand);
    if (action == QLatin1String("show"))
        return C::show(ctx, rest);
    if (action == QLatin1String("list"))
        return C::list(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kCommand);
}

} // namespace capacita::cli
