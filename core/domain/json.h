#pragma once

#include "domain/entities.h"

#include <QJsonObject>

namespace capacita {

// JSON views of the records, as the CLI prints them and scripts read them. Keys are the
// record's fields in snake_case, the same names the CLI options use; a value that is not
// set (empty text, no number) is JSON null, so "not known" has one spelling.
// These functions are pure: anything that needs the database (a training's department)
// is passed in by the caller.

QJsonObject toJson(const Participant &p);
// department: the training's region from the UBIGEO table; empty prints null.
QJsonObject toJson(const Training &t, const QString &department = {});
QJsonObject toJson(const TrainingSession &s);
QJsonObject toJson(const AssessmentScore &s);
QJsonObject toJson(const Attendance &a);
QJsonObject toJson(const Enrollment &e);

} // namespace capacita
