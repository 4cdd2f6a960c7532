#include "cli/commands.h"
#include "cli/context.h"
#include "storage/auditlog.h"
#include "storage/privatefile.h"
#include "storage/rowwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace capacita::cli {

namespace {

const QString kCommand = u"audit"_s;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const AuditEntry &e)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return { { u"id"_s, e.id }, { u"at"_s, isoTime(e.at) }, { u"operator"_s, e.operatorName },
        { u"device"_s, e.device }, { u"site_id"_s, e.siteId }, { u"origin"_s, e.origin },
        { u"detail"_s, orNull(e.detail) }, { u"table"_s, e.table }, { u"row_id"_s, e.rowId },
        { u"action"_s, e.action }, { u"changes"_s, e.changes }, { u"values_erased"_s, e.erased },
        { u"about"_s, orNull(e.about) } };
}

// RFC 4180 quoting; a cell a spreadsheet could take for a formula gets a leading apostrophe.
QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.contains(u';')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray csv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("\xFEFF") // BOM, so Excel reads the accents
                  + u"id,at,operator,device,site_id,origin,detail,table,row_id,action,changes,values_erased,about\r\n"_s;
    for (const AuditEntry &e : entries) {
        const QString changes
            = e.changes.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
        const QStringList cells { QString::number(e.id), isoTime(e.at), e.operatorName, e.device, e.siteId, e.origin,
            e.detail, e.table, e.rowId, e.action, changes, e.erased ? u"1"_s : u"0"_s, e.about };
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::AuditCommands)
public:
    static int list(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, { { u"record"_s, u"format"_s, u"out"_s }, {} }, kCommand, 0, 0);
        if (!a)
            return ExitUsage;
        const QString format = a->has(u"format"_s) ? a->value(u"format"_s) : u"json"_s;
        if (format != QLatin1String("json") && format != QLatin1String("csv"))
            return ctx.usageError(tr("--format: \"%1\" is not a format; use json or csv.").arg(format), kCommand);
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        QString table;
        const QString record = a->value(u"record"_s).trimmed();
        if (a->has(u"record"_s)) {
            // A participant or a training brings the rows that hang from it; any other id its own.
            RowWriter rows(store->db());
            table = rows.read(schema::participant(), record, true) ? schema::participant().name
                  : rows.read(schema::training(), record, true)  ? schema::training().name
                                                                 : u"row"_s;
        }
        const QList<AuditEntry> entries = store->db().audit().entries(table, record);
        QByteArray bytes;
        if (format == QLatin1String("csv")) {
            bytes = csv(entries);
        } else {
            QJsonArray all;
            for (const AuditEntry &e : entries)
                all.append(toJson(e));
            if (!a->has(u"out"_s))
                return ctx.printJson(all);
            bytes = QJsonDocument(all).toJson();
        }
        if (!a->has(u"out"_s)) {
            ctx.out() << QString::fromUtf8(bytes);
            ctx.out().flush();
            return ExitOk;
        }
        const Status written = writePrivateFile(a->value(u"out"_s), bytes);
        return written ? ExitOk : ctx.fail(written.error());
    }

    // Shows or sets the name the audit log records as the person working on this laptop.
    static int operatorName(Context &ctx, const QStringList &words)
    {
        const auto a = ctx.parse(words, {}, kCommand, 0, 1);
        if (!a)
            return ExitUsage;
        Store *store = ctx.store();
        if (!store)
            return ctx.storeFailure();
        AuditLog &audit = store->db().audit();
        if (!a->positional.isEmpty()) {
            if (a->positional.at(0).trimmed().isEmpty())
                return ctx.fail(Error::badInput(u"name"_s, tr("the operator name is empty.")));
            if (const Status set = audit.setOperatorName(a->positional.at(0)); !set)
                return ctx.fail(set.error());
        }
        return ctx.printJson(QJsonObject { { u"operator"_s, audit.operatorName() }, { u"device"_s, audit.deviceName() },
            { u"site_id"_s, store->db().siteId() } });
    }

    static QString missingAction() { return tr("an action is missing (list or operator)."); }
    static QString unknownAction(const QString &word) { return tr("%1: unknown action.").arg(word); }
};

} // namespace

int auditCommand(Context &ctx, const QStringList &words)
{
    using C = AuditCommands;
    if (words.isEmpty())
        return ctx.usageError(C::missingAction(), kCommand);
    const QString action = words.first();
    if (action == QLatin1String("list"))
        return C::list(ctx, words.mid(1));
    if (action == QLatin1String("operator"))
        return C::operatorName(ctx, words.mid(1));
    return ctx.usageError(C::unknownAction(action), kCommand);
}

} // namespace capacita::cli
