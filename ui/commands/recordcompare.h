#pragma once

#include "domain/entities.h"

#include <tuple>

namespace capacita {

// The editable fields of each record, listed once; equality and rebasing are written over
// these lists so a new field needs one line here.
inline constexpr auto kTrainingFields = std::tuple{
    &Training::id, &Training::code, &Training::title, &Training::topics, &Training::modality,
    &Training::ubigeo, &Training::venue, &Training::startDate, &Training::endDate,
    &Training::facilitators, &Training::partner, &Training::plannedParticipants,
    &Training::completionShare, &Training::completionMinPost, &Training::status};

inline constexpr auto kParticipantFields = std::tuple{
    &Participant::id, &Participant::givenNames, &Participant::familyNames, &Participant::docType,
    &Participant::docNumber, &Participant::sex, &Participant::birthYear, &Participant::type,
    &Participant::institution, &Participant::ubigeo, &Participant::phone, &Participant::email,
    &Participant::languages, &Participant::consentDate, &Participant::consentNotice,
    &Participant::consentBy, &Participant::mergedInto};

inline constexpr auto kSessionFields = std::tuple{
    &TrainingSession::id, &TrainingSession::trainingId, &TrainingSession::date,
    &TrainingSession::startTime, &TrainingSession::endTime, &TrainingSession::hours,
    &TrainingSession::topic};

inline constexpr const auto &fieldsOf(const Training &) { return kTrainingFields; }
inline constexpr const auto &fieldsOf(const Participant &) { return kParticipantFields; }
inline constexpr const auto &fieldsOf(const TrainingSession &) { return kSessionFields; }

// Field-by-field equality, so an editor can tell whether a field edit changed anything
// before it makes an undo step of it.
template<typename Record>
bool sameRecord(const Record &a, const Record &b)
{
    return std::apply([&](auto... field) { return ((a.*field == b.*field) && ...); }, fieldsOf(a));
}

// `current` with the fields that differ between `from` and `to` set as in `to`. Undo and
// redo replay only what the command changed, so an edit that arrived meanwhile (another
// field changed by a sync import) is kept.
template<typename Record>
Record rebase(Record current, const Record &from, const Record &to)
{
    std::apply([&](auto... field) { ((from.*field == to.*field ? void() : void(current.*field = to.*field)), ...); },
               fieldsOf(current));
    return current;
}

} // namespace capacita
