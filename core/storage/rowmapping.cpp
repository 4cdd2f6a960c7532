#include "storage/rowmapping.h"

#include "storage/schema.h"
#include "storage/sqlitestatement.h"

namespace capacita::rowmapping {

namespace {
std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
std::optional<double> toOptionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QString text(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}
QString text(const SqliteStatement &q, int i)
{
    return q.text(i);
}

// Column order: id then schema::participant().fields; the identity is the first seven.
template<typename Row> void identityFrom(const Row &q, Participant &p)
{
    p.id = text(q, 0);
    p.givenNames = text(q, 1);
    p.familyNames = text(q, 2);
    p.docType = q.value(3).isNull() ? QStringLiteral("none") : text(q, 3);
    p.docNumber = text(q, 4);
    p.sex = q.value(5).isNull() ? QStringLiteral("unknown") : text(q, 5);
    p.birthYear = toOptionalInt(q.value(6));
}

template<typename Row> Participant participantFrom(const Row &q)
{
    Participant p;
    identityFrom(q, p);
    p.type = text(q, 7);
    p.institution = text(q, 8);
    p.ubigeo = text(q, 9);
    p.phone = text(q, 10);
    p.email = text(q, 11);
    p.languages = text(q, 12);
    p.consentDate = QDate::fromString(text(q, 13), Qt::ISODate);
    p.consentNotice = text(q, 14);
    p.consentBy = text(q, 15);
    p.mergedInto = text(q, 16);
    return p;
}
} // namespace

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QString columns(const QString &table, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList cols{prefix + QStringLiteral("id")};
    for (const TableSpec &spec : schema::syncedTables()) {
        if (spec.name == table) {
            for (const QString &f : spec.fields)
                cols << prefix + f;
        }
    }
    return cols.join(QStringLiteral(", "));
}

QVariantMap toRow(const Participant &p)
{
    return {
        {QStringLiteral("given_names"), p.givenNames.trimmed()},
        {QStringLiteral("family_names"), p.familyNames.trimmed()},
        {QStringLiteral("doc_type"), p.docType},
        {QStringLiteral("doc_number"), p.docNumber.trimmed()},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("birth_year"), optionalInt(p.birthYear)},
        {QStringLiteral("type"), p.type},
        {QStringLiteral("institution"), p.institution.trimmed()},
        {QStringLiteral("ubigeo"), p.ubigeo},
        {QStringLiteral("phone"), p.phone.trimmed()},
        {QStringLiteral("email"), p.email.trimmed()},
        {QStringLiteral("languages"), p.languages},
        {QStringLiteral("consent_date"), p.consentDate.toString(Qt::ISODate)},
        {QStringLiteral("consent_notice"), p.consentNotice.trimmed()},
        {QStringLiteral("consent_by"), p.consentBy.trimmed()},
        {QStringLiteral("merged_into"), p.mergedInto},
    };
}

Participant participant(const QSqlQuery &q)
{
    return participantFrom(q);
}

Participant participant(const SqliteStatement &q)
{
    return participantFrom(q);
}

Participant participantIdentity(const SqliteStatement &q)
{
    Participant p;
    identityFrom(q, p);
    return p;
}

QString identityColumns()
{
    return QStringLiteral("id, given_names, family_names, doc_type, doc_number, sex, birth_year");
}

QVariantMap toRow(const Training &t)
{
    return {
        {QStringLiteral("code"), t.code.trimmed()},
        {QStringLiteral("title"), t.title.trimmed()},
        {QStringLiteral("topics"), t.topics.join(QLatin1Char(','))},
        {QStringLiteral("modality"), t.modality},
        {QStringLiteral("ubigeo"), t.ubigeo},
        {QStringLiteral("venue"), t.venue.trimmed()},
        {QStringLiteral("start_date"), t.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end_date"), t.endDate.toString(Qt::ISODate)},
        {QStringLiteral("facilitators"), t.facilitators.trimmed()},
        {QStringLiteral("partner"), t.partner.trimmed()},
        {QStringLiteral("planned_participants"), optionalInt(t.plannedParticipants)},
        {QStringLiteral("completion_share"), t.completionShare},
        {QStringLiteral("completion_min_post"), optionalDouble(t.completionMinPost)},
        {QStringLiteral("status"), t.status},
    };
}

Training training(const QSqlQuery &q)
{
    Training t;
    t.id = text(q, 0);
    t.code = text(q, 1);
    t.title = text(q, 2);
    t.topics = text(q, 3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.modality = text(q, 4);
    t.ubigeo = text(q, 5);
    t.venue = text(q, 6);
    t.startDate = QDate::fromString(text(q, 7), Qt::ISODate);
    t.endDate = QDate::fromString(text(q, 8), Qt::ISODate);
    t.facilitators = text(q, 9);
    t.partner = text(q, 10);
    t.plannedParticipants = toOptionalInt(q.value(11));
    t.completionShare = q.value(12).isNull() ? 0.8 : q.value(12).toDouble();
    t.completionMinPost = toOptionalDouble(q.value(13));
    t.status = text(q, 14);
    return t;
}

QVariantMap toRow(const TrainingSession &s)
{
    return {
        {QStringLiteral("training_id"), s.trainingId},
        {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
        {QStringLiteral("start_time"), s.startTime},
        {QStringLiteral("end_time"), s.endTime},
        {QStringLiteral("hours"), s.hours},
        {QStringLiteral("topic"), s.topic},
    };
}

TrainingSession session(const QSqlQuery &q)
{
    TrainingSession s;
    s.id = text(q, 0);
    s.trainingId = text(q, 1);
    s.date = QDate::fromString(text(q, 2), Qt::ISODate);
    s.startTime = text(q, 3);
    s.endTime = text(q, 4);
    s.hours = q.value(5).toDouble();
    s.topic = text(q, 6);
    return s;
}

AssessmentScore score(const QSqlQuery &q)
{
    AssessmentScore s;
    s.id = text(q, 0);
    s.trainingId = text(q, 1);
    s.participantId = text(q, 2);
    s.kind = text(q, 3);
    s.score = q.value(4).toDouble();
    s.maxScore = q.value(5).toDouble();
    return s;
}

} // namespace capacita::rowmapping
