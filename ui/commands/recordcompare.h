#pragma once

#include "domain/entities.h"

namespace capacita {

// Field-by-field equality, so an editor can tell whether a field edit changed anything
// before it makes an undo step of it.
inline bool sameRecord(const Training &a, const Training &b)
{
    return a.id == b.id && a.code == b.code && a.title == b.title && a.topics == b.topics
        && a.modality == b.modality && a.ubigeo == b.ubigeo && a.venue == b.venue
        && a.startDate == b.startDate && a.endDate == b.endDate
        && a.facilitators == b.facilitators && a.partner == b.partner
        && a.plannedParticipants == b.plannedParticipants
        && a.completionShare == b.completionShare && a.completionMinPost == b.completionMinPost
        && a.status == b.status;
}

inline bool sameRecord(const Participant &a, const Participant &b)
{
    return a.id == b.id && a.givenNames == b.givenNames && a.familyNames == b.familyNames
        && a.docType == b.docType && a.docNumber == b.docNumber && a.sex == b.sex
        && a.birthYear == b.birthYear && a.type == b.type && a.institution == b.institution
        && a.ubigeo == b.ubigeo && a.phone == b.phone && a.email == b.email
        && a.languages == b.languages && a.mergedInto == b.mergedInto;
}

inline bool sameRecord(const TrainingSession &a, const TrainingSession &b)
{
    return a.id == b.id && a.trainingId == b.trainingId && a.date == b.date
        && a.startTime == b.startTime && a.endTime == b.endTime && a.hours == b.hours
        && a.topic == b.topic;
}

} // namespace capacita
