#include "cli/commands.h"
#include "cli/context.h"
#include "domain/validation.h"
#include "reports/indicators.h"
#include "reports/reporttables.h"
#include "reports/reportwriters.h"
#include "storage/privatefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// `report indicators` and `report participants`: the donor figures and the people behind
// them, in every format, from one ReportFilter.

namespace capacita::cli {

namespace {

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::ReportCommands)
public:
    static QString unknownDepartment(const QString &name)
    {
        return tr("no department is called \"%1\"; see the department names in `capacita-cli districts`.").arg(name);
    }
};

const QString kCommand = u"report"_s;

// "Apurímac", "apurimac" and "APURIMAC" name the same department.
QString foldName(const QString &name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.simplified().toUpper();
}

OptionSpec filterOptions()
{
    return { { u"fy"_s, u"quarter"_s, u"period"_s, u"from"_s, u"to"_s, u"department"_s, u"topic"_s, u"type"_s,
                 u"format"_s, u"out"_s, u"by"_s, u"key"_s, u"lang"_s },
        { u"consented-only"_s } };
}

// The filter of the command line. A usage problem (options that exclude each other) is
// returned as nullopt after printing; a bad value as an Error.
Result<reports::ReportFilter> filterFrom(Store &store, const ParsedArgs &a)
{
    reports::ReportFilter f;
    if (a.has(u"period"_s)) {
        auto p = reports::periodFromName(a.value(u"period"_s));
        if (!p)
            return p.error();
        f = *p;
    } else if (a.has(u"fy"_s)) {
        static const QRegularExpression year(u"^[0-9]{4}$"_s);
        if (!year.match(a.value(u"fy"_s)).hasMatch())
            return Error::badInput(u"fy"_s,
                ReportCommands::tr("\"%1\" is not a fiscal year; write it as four digits, like 2025.")
                    .arg(a.value(u"fy"_s)));
        const int fy = a.value(u"fy"_s).toInt();
        if (a.has(u"quarter"_s)) {
            auto q = validation::parseInteger(u"quarter"_s, a.value(u"quarter"_s));
            if (!q)
                return q.error();
            if (*q < 1 || *q > 4)
                return Error::badInput(u"quarter"_s, ReportCommands::tr("a quarter is 1, 2, 3 or 4."));
            f = reports::ReportFilter::fiscalQuarter(fy, *q);
        } else {
            f = reports::ReportFilter::fiscalYear(fy);
        }
    } else {
        if (a.has(u"from"_s)) {
            auto d = validation::parseDate(u"from"_s, a.value(u"from"_s));
            if (!d)
                return d.error();
            f.from = *d;
        }
        if (a.has(u"to"_s)) {
            auto d = validation::parseDate(u"to"_s, a.value(u"to"_s));
            if (!d)
                return d.error();
            f.to = *d;
        }
        if (f.from && f.to && *f.from > *f.to)
            return Error::badInput(u"to"_s, ReportCommands::tr("the end of the period is before its start."));
    }
    if (a.has(u"department"_s)) {
        const QString wanted = foldName(a.value(u"department"_s));
        if (wanted == u"UNKNOWN")
            f.department = u"unknown"_s;
        for (const QString &name : store.reference().departments()) {
            if (foldName(name) == wanted)
                f.department = name;
        }
        if (f.department.isEmpty())
            return Error::badInput(u"department"_s, ReportCommands::unknownDepartment(a.value(u"department"_s)));
    }
    if (a.has(u"topic"_s)) {
        f.topic = a.value(u"topic"_s);
        if (!store.reference().hasTopic(f.topic))
            return Error::badInput(
                u"topic"_s, ReportCommands::tr("\"%1\" is not a topic; see `capacita-cli topics`.").arg(f.topic));
    }
    if (a.has(u"type"_s)) {
        f.type = a.value(u"type"_s);
        if (f.type != u"unknown" && !store.reference().hasParticipantType(f.type))
            return Error::badInput(u"type"_s,
                ReportCommands::tr("\"%1\" is not a participant type; see `capacita-cli types`.").arg(f.type));
    }
    f.consentedOnly = a.has(u"consented-only"_s);
    return f;
}

// Period options that exclude each other, the format and where the output goes.
bool checkUsage(Context &ctx, const ParsedArgs &a, const QStringList &formats)
{
    if (!ctx.useDocumentLanguage(a, kCommand))
        return false;
    const bool range = a.has(u"from"_s) || a.has(u"to"_s);
    if (int(a.has(u"fy"_s)) + int(a.has(u"period"_s)) + int(range) > 1) {
        ctx.usageError(ReportCommands::tr("give the period once: --fy, --period or --from/--to."), kCommand);
        return false;
    }
    if (a.has(u"quarter"_s) && !a.has(u"fy"_s)) {
        ctx.usageError(ReportCommands::tr("--quarter needs --fy."), kCommand);
        return false;
    }
    if (a.has(u"by"_s) != a.has(u"key"_s)) {
        ctx.usageError(ReportCommands::tr("--by and --key go together."), kCommand);
        return false;
    }
    if (!ctx.require(a, { u"format"_s }, kCommand))
        return false;
    const QString format = a.value(u"format"_s);
    if (!formats.contains(format)) {
        ctx.usageError(ReportCommands::tr("--format: use one of %1.").arg(formats.join(u", "_s)), kCommand);
        return false;
    }
    if ((format == u"xlsx" || format == u"pdf") && a.value(u"out"_s).isEmpty()) {
        ctx.usageError(ReportCommands::tr("--out FILE is required for %1 output.").arg(format), kCommand);
        return false;
    }
    return true;
}

int writeText(Context &ctx, const ParsedArgs &a, const QByteArray &bytes)
{
    if (a.value(u"out"_s).isEmpty()) {
        // fromUtf8 drops a byte order mark; CSV keeps its own, so Excel reads the accents.
        static const QByteArray bom("\xEF\xBB\xBF");
        if (bytes.startsWith(bom))
            ctx.out() << QChar(0xFEFF) << QString::fromUtf8(bytes.mid(bom.size()));
        else
            ctx.out() << QString::fromUtf8(bytes);
        ctx.out().flush();
        return ExitOk;
    }
    const Status written = writePrivateFile(a.value(u"out"_s), bytes);
    return written ? ExitOk : ctx.fail(written.error());
}

QByteArray jsonBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

int indicators(Context &ctx, const QStringList &words)
{
    const auto a = ctx.parse(words, filterOptions(), kCommand, 0, 0);
    if (!a)
        return ExitUsage;
    if (!checkUsage(ctx, *a, { u"json"_s, u"csv"_s, u"xlsx"_s, u"pdf"_s }))
        return ExitUsage;
    if (a->has(u"by"_s)) {
        ctx.usageError(ReportCommands::tr("--by and --key belong to `report participants`."), kCommand);
        return ExitUsage;
    }
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    const auto filter = filterFrom(*store, *a);
    if (!filter)
        return ctx.fail(filter.error());
    const auto figures = reports::computeIndicators(*store, *filter);
    if (!figures)
        return ctx.fail(figures.error());

    const QString format = a->value(u"format"_s);
    const QString out = a->value(u"out"_s);
    if (format == u"json")
        return writeText(ctx, *a, jsonBytes(reports::toJson(*figures)));
    const QList<reports::ReportTable> tables = reports::indicatorTables(*figures);
    Status written;
    if (format == u"csv") {
        if (out.isEmpty())
            return writeText(ctx, *a, reports::csvBytes(tables));
        written = reports::writeCsv(tables, out);
    } else if (format == u"xlsx") {
        written = reports::writeXlsx(tables, reports::definitions(), out);
    } else {
        reports::PdfReport pdf { ReportCommands::tr("Training indicators"), *figures, tables,
            reports::indicatorCharts(*figures), reports::definitions() };
        written = reports::writePdf(pdf, out);
    }
    return written ? ExitOk : ctx.fail(written.error());
}

QJsonArray peopleJson(const QList<reports::CountedPerson> &people)
{
    QJsonArray all;
    for (const reports::CountedPerson &p : people)
        all.append(QJsonObject { { u"id"_s, p.id }, { u"family_names"_s, p.familyNames },
            { u"given_names"_s, p.givenNames }, { u"doc_type"_s, p.docType }, { u"doc_number"_s, p.docNumber },
            { u"sex"_s, p.sex }, { u"age_bands"_s, QJsonArray::fromStringList(p.ageBands) }, { u"type"_s, p.type },
            { u"institution"_s, p.institution }, { u"departments"_s, QJsonArray::fromStringList(p.departments) },
            { u"trainings"_s, QJsonArray::fromStringList(p.trainings) } });
    return all;
}

int participants(Context &ctx, const QStringList &words)
{
    const auto a = ctx.parse(words, filterOptions(), kCommand, 0, 0);
    if (!a)
        return ExitUsage;
    if (!checkUsage(ctx, *a, { u"json"_s, u"csv"_s, u"xlsx"_s }))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    const auto filter = filterFrom(*store, *a);
    if (!filter)
        return ctx.fail(filter.error());
    const auto people = reports::countedParticipants(*store, *filter, { a->value(u"by"_s), a->value(u"key"_s) });
    if (!people)
        return ctx.fail(people.error());

    const QString format = a->value(u"format"_s);
    const QString out = a->value(u"out"_s);
    if (format == u"json")
        return writeText(ctx, *a, jsonBytes(peopleJson(*people)));
    const QList<reports::ReportTable> tables { reports::participantsTable(*people) };
    if (format == u"csv" && out.isEmpty())
        return writeText(ctx, *a, reports::csvBytes(tables));
    const Status written
        = format == u"csv" ? reports::writeCsv(tables, out) : reports::writeXlsx(tables, reports::definitions(), out);
    return written ? ExitOk : ctx.fail(written.error());
}

} // namespace

int reportCommand(Context &ctx, const QStringList &words)
{
    const QString action = words.value(0);
    if (action == u"indicators")
        return indicators(ctx, words.mid(1));
    if (action == u"participants")
        return participants(ctx, words.mid(1));
    return ctx.usageError(action.isEmpty() ? ReportCommands::tr("say which report: indicators or participants.")
                                           : ReportCommands::tr("%1: unknown report.").arg(action),
        kCommand);
}

} // namespace capacita::cli
