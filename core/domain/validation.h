#pragma once

#include "domain/entities.h"
#include "domain/result.h"

namespace capacita {

// Checks that need no database: shapes, ranges and calendar rules. Codes and ids that must
// exist are checked by the repositories, which can see the lookup tables.
namespace validation {

inline constexpr double kDefaultMaxScore = 20.0;

const QStringList &sexCodes();
const QStringList &docTypes();
const QStringList &attendanceStatuses();
const QStringList &scoreKinds();
const QStringList &trainingStatuses();
const QStringList &modalities();

bool isDni(const QString &text);
bool isUbigeo(const QString &text);

// Parses an ISO date (YYYY-MM-DD) that exists on the calendar.
Result<QDate> parseDate(const QString &field, const QString &text);
Result<double> parseNumber(const QString &field, const QString &text);
Result<int> parseInteger(const QString &field, const QString &text);

Status check(const Participant &p);
Status check(const Training &t);
Status check(const TrainingSession &s, const Training &owner);
Status check(const AssessmentScore &s);
Status checkAttendanceStatus(const QString &status);

} // namespace validation
} // namespace capacita
