#include "domain/validation.h"

#include <QRegularExpression>

#include <cmath>

namespace capacita::validation {

namespace {

// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::validation", text);
}

QStringList codes(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

Status oneOf(const QString &field, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return {};
    return Error::badInput(field, tr("\"%1\" is not allowed; use one of: %2.").arg(value, allowed.join(QStringLiteral(", "))));
}

Status required(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return Error::badInput(field, tr("is required."));
    return {};
}

} // namespace

const QStringList &sexCodes()
{
    static const QStringList c = codes("F M X unknown");
    return c;
}
const QStringList &docTypes()
{
    static const QStringList c = codes("dni ce none");
    return c;
}
const QStringList &attendanceStatuses()
{
    static const QStringList c = codes("present late excused absent");
    return c;
}
const QStringList &scoreKinds()
{
    static const QStringList c = codes("pre post");
    return c;
}
const QStringList &trainingStatuses()
{
    static const QStringList c = codes("planned ongoing completed cancelled");
    return c;
}
const QStringList &modalities()
{
    static const QStringList c = codes("in_person virtual hybrid");
    return c;
}

bool isDni(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}$"));
    return re.match(text).hasMatch();
}

bool isUbigeo(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
    return re.match(text).hasMatch();
}

Result<QDate> parseDate(const QString &field, const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error::badInput(field, tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text));
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return Error::badInput(field, tr("%1 does not exist on the calendar.").arg(text));
    return d;
}

Result<double> parseNumber(const QString &field, const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error::badInput(field, tr("\"%1\" is not a number.").arg(text));
    return v;
}

Result<int> parseInteger(const QString &field, const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok)
        return Error::badInput(field, tr("\"%1\" is not a whole number.").arg(text));
    return v;
}

Status check(const Participant &p)
{
    CAPACITA_TRY(required(QStringLiteral("given_names"), p.givenNames));
    CAPACITA_TRY(required(QStringLiteral("family_names"), p.familyNames));
    CAPACITA_TRY(oneOf(QStringLiteral("sex"), p.sex, sexCodes()));
    CAPACITA_TRY(oneOf(QStringLiteral("doc_type"), p.docType, docTypes()));
    if (p.docType == QLatin1String("dni") && !isDni(p.docNumber))
        return Error::badInput(QStringLiteral("dni"), tr("\"%1\" is not a DNI: it must be exactly 8 digits.").arg(p.docNumber));
    if (p.docType == QLatin1String("ce") && p.docNumber.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("doc_number"), tr("a carné de extranjería needs its number."));
    if (p.docType == QLatin1String("none") && !p.docNumber.isEmpty())
        return Error::badInput(QStringLiteral("doc_number"), tr("a number was given without a document type."));
    if (p.birthYear && (*p.birthYear < 1900 || *p.birthYear > QDate::currentDate().year()))
        return Error::badInput(QStringLiteral("birth_year"), tr("%1 is not a plausible birth year (1900 to this year).").arg(*p.birthYear));
    if (!p.ubigeo.isEmpty() && !isUbigeo(p.ubigeo))
        return Error::badInput(QStringLiteral("ubigeo"), tr("\"%1\" is not a UBIGEO code (6 digits).").arg(p.ubigeo));
    if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@')))
        return Error::badInput(QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(p.email));
    // Without its date a consent is not recorded, so a notice or collector alone is refused.
    if (!p.consentDate.isValid() && !(p.consentNotice.trimmed().isEmpty() && p.consentBy.trimmed().isEmpty()))
        return Error::badInput(QStringLiteral("consent_date"), tr("the date of the consent is missing; enter it with the notice version and who collected it."));
    if (p.consentDate.isValid() && p.consentDate.year() < 2000)
        return Error::badInput(QStringLiteral("consent_date"), tr("%1 is not a plausible date of consent.").arg(p.consentDate.toString(Qt::ISODate)));
    return {};
}

Status check(const Training &t)
{
    CAPACITA_TRY(required(QStringLiteral("code"), t.code));
    CAPACITA_TRY(required(QStringLiteral("title"), t.title));
    if (!t.startDate.isValid())
        return Error::badInput(QStringLiteral("start_date"), tr("is required and must be a real date."));
    if (!t.endDate.isValid())
        return Error::badInput(QStringLiteral("end_date"), tr("is required and must be a real date."));
    if (t.endDate < t.startDate)
        return Error::badInput(QStringLiteral("end_date"), tr("%1 is before the start date %2.")
                                                               .arg(t.endDate.toString(Qt::ISODate), t.startDate.toString(Qt::ISODate)));
    if (!(t.completionShare > 0.0 && t.completionShare <= 1.0))
        return Error::badInput(QStringLiteral("completion"), tr("%1 is not a share of sessions between 0 and 1 (e.g. 0.8).").arg(t.completionShare));
    if (t.completionMinPost && *t.completionMinPost < 0)
        return Error::badInput(QStringLiteral("completion_min_post"), tr("cannot be negative."));
    if (t.plannedParticipants && *t.plannedParticipants < 0)
        return Error::badInput(QStringLiteral("planned_participants"), tr("cannot be negative."));
    if (!t.ubigeo.isEmpty() && !isUbigeo(t.ubigeo))
        return Error::badInput(QStringLiteral("ubigeo"), tr("\"%1\" is not a UBIGEO code (6 digits).").arg(t.ubigeo));
    CAPACITA_TRY(oneOf(QStringLiteral("status"), t.status, trainingStatuses()));
    CAPACITA_TRY(oneOf(QStringLiteral("modality"), t.modality, modalities()));
    return {};
}

Status check(const TrainingSession &s, const Training &owner)
{
    if (!s.date.isValid())
        return Error::badInput(QStringLiteral("date"), tr("is required and must be a real date."));
    if (s.date < owner.startDate || s.date > owner.endDate)
        return Error::badInput(QStringLiteral("date"), tr("%1 is outside the training's dates (%2 to %3).")
                                                           .arg(s.date.toString(Qt::ISODate), owner.startDate.toString(Qt::ISODate),
                                                                owner.endDate.toString(Qt::ISODate)));
    if (s.hours < 0 || s.hours > 24)
        return Error::badInput(QStringLiteral("hours"), tr("%1 is not a number of hours in a day (0 to 24).").arg(s.hours));
    static const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    for (const auto &[field, value] : {std::pair{QStringLiteral("start_time"), s.startTime}, std::pair{QStringLiteral("end_time"), s.endTime}}) {
        if (!value.isEmpty() && !time.match(value).hasMatch())
            return Error::badInput(field, tr("\"%1\" is not a time of day (HH:MM).").arg(value));
    }
    return {};
}

Status check(const AssessmentScore &s)
{
    CAPACITA_TRY(oneOf(QStringLiteral("kind"), s.kind, scoreKinds()));
    if (!(s.maxScore > 0))
        return Error::badInput(QStringLiteral("max"), tr("the maximum score must be greater than 0."));
    if (!(s.score >= 0 && s.score <= s.maxScore))
        return Error::badInput(QStringLiteral("score"), tr("%1 is outside 0 to %2.").arg(s.score).arg(s.maxScore));
    return {};
}

Status checkAttendanceStatus(const QString &status)
{
    return oneOf(QStringLiteral("status"), status, attendanceStatuses());
}

} // namespace capacita::validation
