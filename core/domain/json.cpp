#include "domain/json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Participant &p)
{
    return {
        { u"id"_s, p.id },
        { u"given_names"_s, p.givenNames },
        { u"family_names"_s, p.familyNames },
        { u"sex"_s, p.sex },
        { u"doc_type"_s, p.docType },
        { u"doc_number"_s, text(p.docNumber) },
        { u"dni"_s, text(p.dni()) },
        { u"birth_year"_s, optional(p.birthYear) },
        { u"type"_s, text(p.type) },
        { u"institution"_s, text(p.institution) },
        { u"ubigeo"_s, text(p.ubigeo) },
        { u"phone"_s, text(p.phone) },
        { u"email"_s, text(p.email) },
        { u"languages"_s, text(p.languages) },
        { u"consent_date"_s, date(p.consentDate) },
        { u"consent_notice"_s, text(p.consentNotice) },
        { u"consent_by"_s, text(p.consentBy) },
    };
}

QJsonObject toJson(const Training &t, const QString &department)
{
    return {
        { u"id"_s, t.id },
        { u"code"_s, t.code },
        { u"title"_s, t.title },
        { u"topics"_s, QJsonArray::fromStringList(t.topics) },
        { u"modality"_s, t.modality },
        { u"ubigeo"_s, text(t.ubigeo) },
        { u"department"_s, text(department) },
        { u"venue"_s, text(t.venue) },
        { u"start_date"_s, date(t.startDate) },
        { u"end_date"_s, date(t.endDate) },
        { u"facilitators"_s, text(t.facilitators) },
        { u"partner"_s, text(t.partner) },
        { u"planned_participants"_s, optional(t.plannedParticipants) },
        { u"completion"_s, t.completionShare },
        { u"completion_min_post"_s, optional(t.completionMinPost) },
        { u"status"_s, t.status },
    };
}

QJsonObject toJson(const TrainingSession &s)
{
    return {
        { u"id"_s, s.id },
        { u"training_id"_s, s.trainingId },
        { u"date"_s, date(s.date) },
        { u"start_time"_s, text(s.startTime) },
        { u"end_time"_s, text(s.endTime) },
        { u"hours"_s, s.hours },
        { u"topic"_s, text(s.topic) },
    };
}

QJsonObject toJson(const AssessmentScore &s)
{
    return {
        { u"id"_s, s.id },
        { u"training_id"_s, s.trainingId },
        { u"participant_id"_s, s.participantId },
        { u"kind"_s, s.kind },
        { u"score"_s, s.score },
        { u"max_score"_s, s.maxScore },
    };
}

QJsonObject toJson(const Attendance &a)
{
    return {
        { u"id"_s, a.id },
        { u"session_id"_s, a.sessionId },
        { u"participant_id"_s, a.participantId },
        { u"status"_s, a.status },
    };
}

QJsonObject toJson(const Enrollment &e)
{
    return {
        { u"id"_s, e.id },
        { u"training_id"_s, e.trainingId },
        { u"participant_id"_s, e.participantId },
    };
}

} // namespace capacita
