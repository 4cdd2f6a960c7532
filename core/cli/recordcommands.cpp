#include "cli/commands.h"
#include "cli/context.h"
#include "domain/json.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

// The facts recorded about a person in a training: enrollment, attendance marks and scores.
// Their ids derive from natural keys, so repeating a command updates the same record.

namespace capacita::cli {

namespace {

class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::RecordCommands)
public:
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
    static QString missingAction() { return tr("an action is missing (list)."); }

    // An unknown training is an error, not an empty list: a typo must not look like "none".
    static Result<Training> training(Store &store, const QString &id) { return store.trainings().get(id); }
};

} // namespace

int enrollCommand(Context &ctx, const QStringList &words)
{
    const QString command = u"enroll"_s;
    const auto a = ctx.parse(words, {}, command, 2, 2);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto id = store->enrollments().enroll(a->positional.at(0), a->positional.at(1));
    return id ? ctx.printId(*id) : ctx.fail(id.error());
}

int unenrollCommand(Context &ctx, const QStringList &words)
{
    const QString command = u"unenroll"_s;
    const auto a = ctx.parse(words, {}, command, 2, 2);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto removed = store->enrollments().unenroll(a->positional.at(0), a->positional.at(1));
    return removed ? ExitOk : ctx.fail(removed.error());
}

int attendCommand(Context &ctx, const QStringList &words)
{
    const QString command = u"attend"_s;
    const auto a = ctx.parse(words, {}, command, 3, 3);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto id = store->attendance().set(a->positional.at(0), a->positional.at(1), a->positional.at(2));
    return id ? ctx.printId(*id) : ctx.fail(id.error());
}

int attendanceCommand(Context &ctx, const QStringList &words)
{
    const QString command = u"attendance"_s;
    if (words.isEmpty())
        return ctx.usageError(RecordCommands::missingAction(), command);
    if (words.first() != QLatin1String("list"))
        return ctx.usageError(RecordCommands::unknownAction(words.first()), command);
    const auto a = ctx.parse(words.mid(1), {}, command, 1, 1);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto training = RecordCommands::training(*store, a->positional.at(0));
    if (!training)
        return ctx.fail(training.error());
    QJsonArray all;
    for (const Attendance &mark : store->attendance().listForTraining(training->id))
        all.append(toJson(mark));
    return ctx.printJson(all);
}

namespace {

int scoreList(Context &ctx, const QStringList &words)
{
    const QString command = u"score"_s;
    const auto a = ctx.parse(words, {}, command, 1, 1);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    auto training = RecordCommands::training(*store, a->positional.at(0));
    if (!training)
        return ctx.fail(training.error());
    QJsonArray all;
    for (const AssessmentScore &s : store->scores().listForTraining(training->id))
        all.append(toJson(s));
    return ctx.printJson(all);
}

} // namespace

int scoreCommand(Context &ctx, const QStringList &words)
{
    const QString command = u"score"_s;
    // Training ids are UUIDs, so the word "list" cannot be one.
    if (!words.isEmpty() && words.first() == QLatin1String("list"))
        return scoreList(ctx, words.mid(1));
    const auto a = ctx.parse(words, { { u"max"_s }, {} }, command, 4, 4);
    if (!a)
        return ExitUsage;
    AssessmentScore s;
    s.trainingId = a->positional.at(0);
    s.participantId = a->positional.at(1);
    s.kind = a->positional.at(2);
    auto value = validation::parseNumber(u"score"_s, a->positional.at(3).trimmed());
    if (!value)
        return ctx.fail(value.error());
    s.score = *value;
    std::optional<double> max;
    if (a->has(u"max"_s)) {
        auto parsed = validation::parseNumber(u"max"_s, a->value(u"max"_s).trimmed());
        if (!parsed)
            return ctx.fail(parsed.error());
        max = *parsed;
    }
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    // Without --max a score that exists keeps its scale; a new one uses the default of 20.
    if (max) {
        s.maxScore = *max;
    } else if (auto existing = store->scores().get(s.trainingId, s.participantId, s.kind)) {
        s.maxScore = existing->maxScore;
    } else {
        s.maxScore = validation::kDefaultMaxScore;
    }
    auto id = store->scores().set(s);
    return id ? ctx.printId(*id) : ctx.fail(id.error());
}

} // namespace capacita::cli
