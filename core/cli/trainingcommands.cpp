#include "cli/commands.h"
#include "cli/context.h"
#include "domain/json.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

const QString kCommand = u"training"_s;

class TrainingCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::TrainingCommands)
public:
    static OptionSpec fieldOptions()
    {
        return { { u"code"_s, u"title"_s, u"start"_s, u"end"_s, u"ubigeo"_s, u"topics"_s, u"completion"_s,
                     u"completion-min-post"_s, u"modality"_s, u"venue"_s, u"facilitators"_s, u"partner"_s,
                     u"planned-participants"_s, u"status"_s },
            {} };
    }

    // Topic codes are matched without regard to case ("tip" is TIP); unknown ones are left
    // for the repository to refuse with its own message.
    static QStringList topicCodes(const QString &text, Store &store)
    {
        const QList<CodeLabel> known = store.reference().topics();
        QStringList codes;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString code = part.trimmed();
            for (const CodeLabel &topic : known) {
                if (topic.code.compare(code, Qt::CaseInsensitive) == 0)
                    code = topic.code;
            }
            if (!code.isEmpty() && !codes.contains(code))
                codes.append(code);
        }
        return codes;
    }

    // Copies the given options onto t; options not given leave their field as it was.
    static Status apply(const ParsedArgs &a, Training &t, Store &store)
    {
        const auto set = [&a](const QString &option, QString &field) {
            if (a.has(option))
                field = a.value(option).trimmed();
        };
        set(u"code"_s, t.code);
        set(u"title"_s, t.title);
        set(u"ubigeo"_s, t.ubigeo);
        set(u"modality"_s, t.modality);
        set(u"venue"_s, t.venue);
        set(u"facilitators"_s, t.facilitators);
        set(u"partner"_s, t.partner);
        set(u"status"_s, t.status);
        if (a.has(u"topics"_s))
            t.topics = topicCodes(a.value(u"topics"_s), store);

        if (a.has(u"start"_s)) {
            auto date = validation::parseDate(u"start_date"_s, a.value(u"start"_s).trimmed());
            if (!date)
                return date.error();
            t.startDate = *date;
        }
        if (a.has(u"end"_s)) {
            auto date = validation::parseDate(u"end_date"_s, a.value(u"end"_s).trimmed());
            if (!date)
                return date.error();
            t.endDate = *date;
        }
        if (a.has(u"completion"_s)) {
            auto share = validation::parseNumber(u"completion"_s, a.value(u"completion"_s).trimmed());
            if (!share)
                return share.error();
            t.completionShare = *share;
        }
        if (a.has(u"completion-min-post"_s)) {
            const QString text = a.value(u"completion-min-post"_s).trimmed();
            if (text.isEmpty()) {
                t.completionMinPost.reset();
            } else {
                auto score = validation::parseNumber(u"completion_min_post"_s, text);
                if (!score)
                    return score.error();
                t.completionMinPost = *score;
            }
        }
        if (a.has(u"planned-participants"_s)) {
            const QString text = a.value(u"planned-participants"_s).trimmed();
            if (text.isEmpty()) {
                t.plannedParticipants.reset();
            } else {
                auto count = validation::parseInteger(u"planned_participants"_s, text);
                if (!count)
                    return count.error();
                t.plannedParticipants = *count;
            }
        }
        return {};
    }

    static QJsonObject json(const Training &t, Store &store)
    {
        const auto district = t.ubigeo.isEmpty() ? std::nullopt : store.reference().district(t.ubigeo);
        return toJson(t, district ? district->department : QString());
    }

    static int add(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, fieldOptions(), kCommand, 0, 0);
        if (!a || !ctx.require(*a, { u"code"_s, u"title"_s, u"start"_s, u"end"_s }, kCommand))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        Training t;
        if (auto applied = apply(*a, t, *store); !applied)
            return ctx.fail(applied.error());
        auto id = store->trainings().add(t);
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
        auto current = store->trainings().get(a->positional.at(0));
        if (!current)
            return ctx.fail(current.error());
        Training t = *current;
        if (auto applied = apply(*a, t, *store); !applied)
            return ctx.fail(applied.error());
        auto updated = store->trainings().update(t);
        return updated ? ExitOk : ctx.fail(updated.error());
    }

    static int list(Context &ctx, const QStringList &words)
    {
        if (!ctx.parse(words, {}, kCommand, 0, 0))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        QJsonArray all;
        for (const Training &t : store->trainings().list())
            all.append(json(t, *store));
        return ctx.printJson(all);
    }

    static int show(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto t = store->trainings().get(a->positional.at(0));
        if (!t)
            return ctx.fail(t.error());
        QJsonObject object = json(*t, *store);
        QJsonArray sessions;
        for (const TrainingSession &s : store->sessions().listForTraining(t->id))
            sessions.append(toJson(s));
        QJsonArray participants;
        for (const Participant &p : store->enrollments().participantsOf(t->id))
            participants.append(p.id);
        object.insert(u"sessions"_s, sessions);
        object.insert(u"participants"_s, participants);
        return ctx.printJson(object);
    }

    static QString missingAction() { return tr("an action is missing (add, update, delete, list or show)."); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int trainingCommand(Context &ctx, const QStringList &words)
{
    using C = TrainingCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(), kCommand);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("add"))
        return C::add(ctx, rest);
    if (action == QLatin1String("update"))
        return C::update(ctx, rest);
    if (action == QLatin1String("delete"))
        return deleteRecord<&Store::trainings>(ctx, rest, kCommand);
    if (action == QLatin1String("list"))
        return C::list(ctx, rest);
    if (action == QLatin1String("show"))
        return C::show(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kCommand);
}

} // namespace capacita::cli
