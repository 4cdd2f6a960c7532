#include "cli/commands.h"
#include "cli/context.h"
#include "domain/json.h"
#include "domain/validation.h"
#include "storage/personexport.h"
#include "storage/privatefile.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

const QString kCommand = u"participant"_s;

class ParticipantCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::ParticipantCommands)
public:
    static OptionSpec fieldOptions()
    {
        return { { u"given-names"_s, u"family-names"_s, u"sex"_s, u"dni"_s, u"doc-type"_s, u"doc-number"_s,
                     u"birth-year"_s, u"type"_s, u"institution"_s, u"ubigeo"_s, u"phone"_s, u"email"_s,
                     u"languages"_s, u"consent-date"_s, u"consent-notice"_s, u"consent-by"_s },
            {} };
    }

    // Copies the given options onto p; options not given leave their field as it was.
    static Status apply(const ParsedArgs &a, Participant &p)
    {
        const auto set = [&a](const QString &option, QString &field) {
            if (a.has(option))
                field = a.value(option).trimmed();
        };
        set(u"given-names"_s, p.givenNames);
        set(u"family-names"_s, p.familyNames);
        set(u"sex"_s, p.sex);
        set(u"type"_s, p.type);
        set(u"institution"_s, p.institution);
        set(u"ubigeo"_s, p.ubigeo);
        set(u"phone"_s, p.phone);
        set(u"email"_s, p.email);
        set(u"languages"_s, p.languages);
        set(u"consent-notice"_s, p.consentNotice);
        set(u"consent-by"_s, p.consentBy);
        if (a.has(u"consent-date"_s)) {
            const QString text = a.value(u"consent-date"_s).trimmed();
            if (text.isEmpty()) {
                p.consentDate = {};
            } else {
                auto date = validation::parseDate(u"consent_date"_s, text);
                if (!date)
                    return date.error();
                p.consentDate = *date;
            }
        }

        if (a.has(u"dni"_s)) {
            const QString dni = a.value(u"dni"_s).trimmed();
            if (dni.isEmpty()) {
                if (p.docType == QLatin1String("dni")) { // clearing the DNI keeps another document
                    p.docType = u"none"_s;
                    p.docNumber.clear();
                }
            } else { // the repository checks the 8 digits
                p.docType = u"dni"_s;
                p.docNumber = dni;
            }
        }
        set(u"doc-type"_s, p.docType);
        set(u"doc-number"_s, p.docNumber);
        if (p.docType.isEmpty())
            p.docType = u"none"_s;

        if (a.has(u"birth-year"_s)) {
            const QString text = a.value(u"birth-year"_s).trimmed();
            if (text.isEmpty()) {
                p.birthYear.reset();
            } else {
                auto year = validation::parseInteger(u"birth_year"_s, text);
                if (!year)
                    return year.error();
                p.birthYear = *year;
            }
        }
        return {};
    }

    static bool checkDocumentOptions(Context &ctx, const ParsedArgs &a)
    {
        if (a.has(u"dni"_s) && (a.has(u"doc-type"_s) || a.has(u"doc-number"_s))) {
            ctx.usageError(tr("--dni cannot be combined with --doc-type or --doc-number."), kCommand);
            return false;
        }
        return true;
    }

    static int add(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, fieldOptions(), kCommand, 0, 0);
        if (!a || !ctx.require(*a, { u"given-names"_s, u"family-names"_s, u"sex"_s }, kCommand)
            || !checkDocumentOptions(ctx, *a))
            return ExitUsage;
        Participant p;
        if (auto applied = apply(*a, p); !applied)
            return ctx.fail(applied.error());
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto id = store->participants().add(p);
        return id ? ctx.printId(*id) : ctx.fail(id.error());
    }

    static int update(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, fieldOptions(), kCommand, 1, 1);
        if (!a || !checkDocumentOptions(ctx, *a))
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto current = store->participants().get(a->positional.at(0));
        if (!current)
            return ctx.fail(current.error());
        Participant p = *current;
        if (auto applied = apply(*a, p); !applied)
            return ctx.fail(applied.error());
        auto updated = store->participants().update(p);
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
        for (const Participant &p : store->participants().list())
            all.append(toJson(p));
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
        auto p = store->participants().get(a->positional.at(0));
        if (!p)
            return ctx.fail(p.error());
        QJsonObject json = toJson(*p);
        QJsonArray trainings;
        for (const Training &t : store->enrollments().trainingsOf(p->id))
            trainings.append(t.id);
        json.insert(u"trainings"_s, trainings);
        return ctx.printJson(json);
    }

    // Unlike delete, this cannot be undone: the person's values are wiped here and on every
    // laptop the purge reaches, and no later edit brings them back (Ley 29733 erasure).
    static int purge(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        const Status purged = SyncService(*store).purgeParticipant(a->positional.at(0).trimmed());
        return purged ? ExitOk : ctx.fail(purged.error());
    }

    // The person's right of access: everything held about them, as JSON on stdout or in a
    // file readable by its owner only.
    static int exportPerson(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"out"_s }, {} }, kCommand, 1, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto exported = capacita::exportPerson(*store, a->positional.at(0).trimmed());
        if (!exported)
            return ctx.fail(exported.error());
        if (!a->has(u"out"_s))
            return ctx.printJson(*exported);
        const Status written = writePrivateFile(a->value(u"out"_s), QJsonDocument(*exported).toJson());
        return written ? ExitOk : ctx.fail(written.error());
    }

    static QString missingAction()
    {
        return tr("an action is missing (add, update, delete, purge, export, list, show, merge or unmerge).");
    }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int participantCommand(Context &ctx, const QStringList &words)
{
    using C = ParticipantCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(), kCommand);
    const QString action = words.first();
    const QStringList rest = words.mid(1);
    if (action == QLatin1String("add"))
        return C::add(ctx, rest);
    if (action == QLatin1String("update"))
        return C::update(ctx, rest);
    if (action == QLatin1String("delete"))
        return deleteRecord<&Store::participants>(ctx, rest, kCommand);
    if (action == QLatin1String("purge"))
        return C::purge(ctx, rest);
    if (action == QLatin1String("export"))
        return C::exportPerson(ctx, rest);
    if (action == QLatin1String("list"))
        return C::list(ctx, rest);
    if (action == QLatin1String("show"))
        return C::show(ctx, rest);
    if (action == QLatin1String("merge"))
        return participantMergeCommand(ctx, rest);
    if (action == QLatin1String("unmerge"))
        return participantUnmergeCommand(ctx, rest);
    return ctx.usageError(C::unknownAction(action), kCommand);
}

} // namespace capacita::cli
