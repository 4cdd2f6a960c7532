#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QVariantMap>

// Conversions between the plain entity values and the column values the RowWriter stores.
// Reads take a query whose columns are "id" followed by the table's fields in schema order.
namespace capacita {
class SqliteStatement;
}

namespace capacita::rowmapping {

QVariantMap toRow(const Participant &p);
QVariantMap toRow(const Training &t);
QVariantMap toRow(const TrainingSession &s);

Participant participant(const QSqlQuery &q);
Participant participant(const SqliteStatement &q); // the same, for bulk reads through the C API
// Only what tells people apart (id, names, document, sex, birth year), from identityColumns().
Participant participantIdentity(const SqliteStatement &q);
QString identityColumns();
Training training(const QSqlQuery &q);
TrainingSession session(const QSqlQuery &q);
AssessmentScore score(const QSqlQuery &q);

// "id, f1, f2, ..." for a SELECT over the table's columns, optionally prefixed by an alias.
QString columns(const QString &table, const QString &alias = {});

QVariant optionalInt(const std::optional<int> &v);
QVariant optionalDouble(const std::optional<double> &v);

} // namespace capacita::rowmapping
