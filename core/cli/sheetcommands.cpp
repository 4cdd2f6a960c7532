// `sheet signin|scores TRAINING --out FILE.pdf`: the printed sheets of reports/sheets.h.
#include "cli/commands.h"
#include "cli/context.h"
#include "domain/validation.h"
#include "reports/sheets.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

class SheetCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::SheetCommands)
public:
    static int run(Context &ctx, const QStringList &words)
    {
        const QString command = u"sheet"_s;
        if (words.isEmpty())
            return ctx.usageError(tr("what to print is missing (signin, scores)."), command);
        const QString kind = words.first();
        if (kind != QLatin1String("signin") && kind != QLatin1String("scores"))
            return ctx.usageError(tr("%1: unknown sheet; use signin or scores.").arg(kind), command);
        const auto a = ctx.parse(words.mid(1), { { u"out"_s, u"max"_s, u"blank-rows"_s, u"lang"_s }, {} }, command, 1, 1);
        if (!a || !ctx.require(*a, { u"out"_s }, command) || !ctx.useDocumentLanguage(*a, command))
            return ExitUsage;
        const QString path = a->value(u"out"_s);
        if (path.isEmpty())
            return ctx.usageError(tr("--out: the file name is empty."), command);

        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        auto sheet = reports::loadTrainingSheet(*store, a->positional.at(0));
        if (!sheet)
            return ctx.fail(sheet.error());
        if (a->has(u"max"_s)) {
            auto max = validation::parseNumber(u"max"_s, a->value(u"max"_s).trimmed());
            if (!max)
                return ctx.fail(max.error());
            if (*max <= 0)
                return ctx.fail(Error::badInput(u"max"_s, tr("The maximum score must be greater than zero.")));
            sheet.value().maxScore = *max;
        }
        if (a->has(u"blank-rows"_s)) {
            auto rows = validation::parseInteger(u"blank-rows"_s, a->value(u"blank-rows"_s).trimmed());
            if (!rows)
                return ctx.fail(rows.error());
            if (*rows < 0 || *rows > 200)
                return ctx.fail(Error::badInput(u"blank-rows"_s, tr("The number of blank rows must be from 0 to 200.")));
            sheet.value().blankRows = int(*rows);
        }
        const Status written = kind == QLatin1String("signin") ? reports::writeSignInSheet(*sheet, path)
                                                               : reports::writeScoreSheet(*sheet, path);
        if (!written)
            return ctx.fail(written.error());
        return ctx.printJson(QJsonObject {
            { u"written"_s, path },
            { u"sheet"_s, kind },
            { u"training"_s, sheet->code },
            { u"participants"_s, sheet->people.size() },
            { u"sessions"_s, sheet->sessions.size() },
        });
    }
};

} // namespace

int sheetCommand(Context &ctx, const QStringList &words)
{
    return SheetCommands::run(ctx, words);
}

} // namespace capacita::cli
