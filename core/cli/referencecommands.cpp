#include "cli/commands.h"
#include "cli/context.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Commands about the database itself and its read-only lookups.

namespace capacita::cli {

namespace {

class ReferenceCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::ReferenceCommands)
public:
    static QString unknownDepartment(const QString &name)
    {
        return tr("no department is called \"%1\"; see the department names in `capacita-cli districts`.").arg(name);
    }
};

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

QJsonArray codeLabels(const QList<CodeLabel> &items)
{
    QJsonArray all;
    for (const CodeLabel &item : items)
        all.append(
            QJsonObject { { u"code"_s, item.code }, { u"label_es"_s, item.labelEs }, { u"label_en"_s, item.labelEn } });
    return all;
}

} // namespace

int initCommand(Context &ctx, const QStringList &words)
{
    if (!ctx.parse(words, {}, u"init"_s, 0, 0))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    return ctx.printJson(QJsonObject {
        { u"database"_s, QFileInfo(store->db().path()).absoluteFilePath() },
        { u"schema_version"_s, store->db().schemaVersion() },
        { u"site_id"_s, store->db().siteId() },
    });
}

int dumpCommand(Context &ctx, const QStringList &words)
{
    if (!ctx.parse(words, {}, u"dump"_s, 0, 0))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    return ctx.printJson(store->dump());
}

int typesCommand(Context &ctx, const QStringList &words)
{
    if (!ctx.parse(words, {}, u"types"_s, 0, 0))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    return ctx.printJson(codeLabels(store->reference().participantTypes()));
}

int topicsCommand(Context &ctx, const QStringList &words)
{
    if (!ctx.parse(words, {}, u"topics"_s, 0, 0))
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    return ctx.printJson(codeLabels(store->reference().topics()));
}

int districtsCommand(Context &ctx, const QStringList &words)
{
    const auto a = ctx.parse(words, { { u"department"_s }, {} }, u"districts"_s, 0, 0);
    if (!a)
        return ExitUsage;
    Store *store = ctx.store();
    if (!store)
        return ctx.storeFailure();
    QString department;
    if (a->has(u"department"_s)) {
        const QString wanted = foldName(a->value(u"department"_s));
        for (const QString &name : store->reference().departments()) {
            if (foldName(name) == wanted)
                department = name;
        }
        if (department.isEmpty())
            return ctx.fail(
                Error::badInput(u"department"_s, ReferenceCommands::unknownDepartment(a->value(u"department"_s))));
    }
    QJsonArray all;
    for (const District &d : store->reference().districts()) {
        if (!department.isEmpty() && d.department != department)
            continue;
        all.append(QJsonObject { { u"ubigeo"_s, d.ubigeo }, { u"department"_s, d.department },
            { u"province"_s, d.province }, { u"district"_s, d.district } });
    }
    return ctx.printJson(all);
}

} // namespace capacita::cli
