#include "sync/synctext.h"

#include "attendance/attendancestyle.h"
#include "common/codelabels.h"
#include "sync/hlc.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QString item(const QString &text)
{
    return u"<li>"_s + text + u"</li>"_s;
}
} // namespace

QString SyncText::dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s);
}

QString SyncText::dateTimeOr(qint64 ms, const QString &none)
{
    return ms > 0 ? dateTime(ms) : none;
}

qint64 SyncText::hlcMs(const QString &hlcText)
{
    bool ok = false;
    const std::uint64_t stamp = Hlc::fromText(hlcText, &ok);
    return ok ? Hlc::wallMs(stamp) : 0;
}

QString SyncText::tableName(const QString &table)
{
    if (table == u"participant"_s)
        return tr("Participant");
    if (table == u"training"_s)
        return tr("Training");
    if (table == u"training_session"_s)
        return tr("Session");
    if (table == u"enrollment"_s)
        return tr("Enrollment");
    if (table == u"attendance"_s)
        return tr("Attendance");
    if (table == u"assessment_score"_s)
        return tr("Score");
    if (table == u"target"_s)
        return tr("Target");
    if (table == u"device"_s)
        return tr("Laptop");
    return table;
}

QString SyncText::tablePlural(const QString &table, qint64 count)
{
    const int n = int(count);
    if (table == u"participant"_s)
        return tr("%n participant(s)", nullptr, n);
    if (table == u"training"_s)
        return tr("%n training(s)", nullptr, n);
    if (table == u"training_session"_s)
        return tr("%n session(s)", nullptr, n);
    if (table == u"enrollment"_s)
        return tr("%n enrollment(s)", nullptr, n);
    if (table == u"attendance"_s)
        return tr("%n attendance mark(s)", nullptr, n);
    if (table == u"assessment_score"_s)
        return tr("%n score(s)", nullptr, n);
    if (table == u"target"_s)
        return tr("%n target(s)", nullptr, n);
    if (table == u"device"_s)
        return tr("%n laptop record(s)", nullptr, n);
    return u"%1 %2"_s.arg(count).arg(table);
}

QString SyncText::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        { u"given_names"_s, QT_TR_NOOP("Given names") },
        { u"family_names"_s, QT_TR_NOOP("Family names") },
        { u"doc_type"_s, QT_TR_NOOP("Document type") },
        { u"doc_number"_s, QT_TR_NOOP("Document number") },
        { u"sex"_s, QT_TR_NOOP("Sex") },
        { u"birth_year"_s, QT_TR_NOOP("Birth year") },
        { u"type"_s, QT_TR_NOOP("Participant type") },
        { u"institution"_s, QT_TR_NOOP("Institution") },
        { u"ubigeo"_s, QT_TR_NOOP("District") },
        { u"phone"_s, QT_TR_NOOP("Phone") },
        { u"email"_s, QT_TR_NOOP("E-mail") },
        { u"languages"_s, QT_TR_NOOP("Languages") },
        { u"consent_date"_s, QT_TR_NOOP("Consent date") },
        { u"consent_notice"_s, QT_TR_NOOP("Privacy notice version") },
        { u"consent_by"_s, QT_TR_NOOP("Consent collected by") },
        { u"merged_into"_s, QT_TR_NOOP("Merged into") },
        { u"code"_s, QT_TR_NOOP("Code") },
        { u"title"_s, QT_TR_NOOP("Title") },
        { u"topics"_s, QT_TR_NOOP("Topics") },
        { u"modality"_s, QT_TR_NOOP("Modality") },
        { u"venue"_s, QT_TR_NOOP("Venue") },
        { u"start_date"_s, QT_TR_NOOP("Start date") },
        { u"end_date"_s, QT_TR_NOOP("End date") },
        { u"facilitators"_s, QT_TR_NOOP("Facilitators") },
        { u"partner"_s, QT_TR_NOOP("Partner") },
        { u"status"_s, QT_TR_NOOP("Status") },
        { u"planned_participants"_s, QT_TR_NOOP("Planned participants") },
        { u"date"_s, QT_TR_NOOP("Date") },
        { u"start_time"_s, QT_TR_NOOP("Start time") },
        { u"end_time"_s, QT_TR_NOOP("End time") },
        { u"hours"_s, QT_TR_NOOP("Hours") },
        { u"topic"_s, QT_TR_NOOP("Topic") },
        { u"score"_s, QT_TR_NOOP("Score") },
        { u"max_score"_s, QT_TR_NOOP("Maximum score") },
        { u"name"_s, QT_TR_NOOP("Name") },
        { u"revoked"_s, QT_TR_NOOP("Revoked") },
        { u"value"_s, QT_TR_NOOP("Value") },
    };
    const auto it = names.constFind(field);
    if (it != names.cend())
        return tr(it.value());
    QString words = field;
    words.replace(u'_', u' ');
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
}

QString SyncText::value(const QString &field, const QVariant &value)
{
    const QString text = value.isNull() ? QString() : value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    if (field == u"sex"_s)
        return labels::sex(text);
    if (field == u"doc_type"_s)
        return labels::docType(text);
    if (field == u"modality"_s)
        return labels::modality(text);
    if (field == u"status"_s) {
        const QString mark = attendancestyle::name(text);
        return mark.isEmpty() ? labels::trainingStatus(text) : mark;
    }
    if (field == u"revoked"_s)
        return text == u"0"_s ? tr("No") : tr("Yes");
    if (field.endsWith(u"date"_s)) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return d.toString(u"dd/MM/yyyy"_s);
    }
    return text;
}

QString SyncText::packageFileName(const QString &deviceName, const QDateTime &when)
{
    // Letters and digits only (accents folded away), so the name survives FAT sticks and e-mail.
    QString device = deviceName.normalized(QString::NormalizationForm_KD).toLower();
    device.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
    device.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    device = device.mid(0, 40);
    while (device.startsWith(u'-'))
        device.remove(0, 1);
    while (device.endsWith(u'-'))
        device.chop(1);
    if (device.isEmpty())
        device = u"laptop"_s;
    return u"capacita-%1-%2.capacita"_s.arg(device, when.toString(u"yyyyMMdd-HHmm"_s));
}

QString SyncText::exportReport(const QJsonObject &summary)
{
    const QJsonObject counts = summary.value(u"counts"_s).toObject();
    QString list;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        list += item(tablePlural(it.key(), it.value().toInteger()).toHtmlEscaped());
    const int rows = int(number(summary, "rows"));
    QString lead;
    if (summary.value(u"full"_s).toBool())
        lead = tr("The package holds all %n record(s) of this laptop:", nullptr, rows);
    else if (rows > 0)
        lead = tr("The package holds %n record(s) that not every laptop has confirmed yet:", nullptr, rows);
    else
        lead = tr("Every other laptop already has this laptop's records, so the package holds none; it still "
                  "tells them what this laptop has received.");
    QString text = u"<p>"_s + lead + u"</p>"_s;
    if (!list.isEmpty())
        text += u"<ul>"_s + list + u"</ul>"_s;
    if (summary.value(u"verified"_s).toBool())
        text += u"<p><b>"_s + tr("Verified:") + u"</b> "_s
            + tr("the file was read back from the disk and checked as a receiving laptop would. It is safe to carry.")
            + u"</p>"_s;
    text += u"<p>"_s
        + tr("The package is encrypted: only laptops of this dataset can read it. On a USB drive, eject it safely "
             "before unplugging it.")
        + u"</p>"_s;
    return text;
}

QString SyncText::receivedRows(const QJsonObject &summary)
{
    QStringList parts { tr("%n new", nullptr, int(number(summary, "rows_new"))),
        tr("%n updated", nullptr, int(number(summary, "rows_updated"))) };
    if (const qint64 conflicts = number(summary, "conflicts"); conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, int(conflicts));
    return parts.join(u", "_s);
}

QString SyncText::importReport(const QJsonObject &summary, bool done)
{
    QString origin = summary.value(u"origin_name"_s).toString();
    if (origin.isEmpty())
        origin = summary.value(u"origin"_s).toString();
    QString text = u"<p>"_s + tr("Package from the laptop <b>%1</b>.").arg(origin.toHtmlEscaped()) + u"</p>"_s;
    if (summary.value(u"already_imported"_s).toBool())
        return text + u"<p>"_s
            + tr("This package was already imported on this laptop; importing it again would change nothing.")
            + u"</p>"_s;

    const qint64 added = number(summary, "rows_new");
    const qint64 updated = number(summary, "rows_updated");
    const qint64 conflicts = number(summary, "conflicts");
    text += u"<p>"_s + (done ? tr("What changed:") : tr("What will change on this laptop:")) + u"</p><ul>"_s;
    text += item(tr("%n new record(s)", nullptr, int(added)));
    text += item(tr("%n updated record(s)", nullptr, int(updated)));
    text += item(tr("%n record(s) already up to date", nullptr, int(number(summary, "rows_unchanged"))));
    if (conflicts > 0)
        text += item(u"<b>"_s + tr("%n conflict(s)", nullptr, int(conflicts)) + u"</b>: "_s
            + tr("the same field was changed on both laptops; the later change is kept and the other one is listed "
                 "under Conflicts for review."));
    if (const qint64 ignored = number(summary, "purged_ignored"); ignored > 0)
        text += item(tr("%n record(s) of people erased at their request are ignored.", nullptr, int(ignored)));
    text += u"</ul>"_s;
    if (added == 0 && updated == 0 && conflicts == 0)
        text += u"<p>"_s + tr("This package holds nothing new for this laptop.") + u"</p>"_s;
    if (summary.contains(u"warning"_s))
        text += u"<p><b>"_s + tr("Warning:") + u"</b> "_s + summary.value(u"warning"_s).toString().toHtmlEscaped()
            + u"</p>"_s;
    return text;
}

} // namespace capacita
