#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>

namespace capacita {

class Store;

struct MergeOptions
{
    // Participant fields whose value KEEP takes from OTHER even when KEEP has one (the
    // duplicates page lets a person choose field by field): given_names, family_names, dni
    // (document type and number together), sex, birth_year, type, institution, ubigeo, phone,
    // email, languages. KEEP's empty fields are filled from OTHER in any case.
    QStringList takeFromOther;
};

struct MergeReport
{
    QString keep;
    QString other;
    qint64 mergeId = 0;
    int enrollmentsMoved = 0;
    int attendanceMoved = 0;
    int scoresMoved = 0;
    QStringList fieldsFromOther;
    QStringList keptOnKeep; // facts both had, where KEEP's value was kept (one sentence each)

    QJsonObject toJson() const;
};

// Folds one person's record into another, and undoes that exactly.
//
// merge(KEEP, OTHER): OTHER's enrollments, attendance and scores move to KEEP. Their ids derive
// from (training or session, person), so a moved fact is KEEP's row (created, or brought back
// if deleted) and OTHER's row is soft-deleted; where KEEP already has the fact, KEEP's value
// stays and the report says so. OTHER gets merged_into = KEEP and is soft-deleted. Every row
// touched is recorded, as it was, in the local merge_log, in the same transaction.
// unmerge(OTHER) puts each of those rows back as it was before the newest merge of OTHER, so
// the dump is what it was before the merge.
class Merger
{
public:
    explicit Merger(Store &store)
        : m_store(store)
    {
    }

    Result<MergeReport> merge(const QString &keep, const QString &other, const MergeOptions &options = {});
    Result<QJsonObject> unmerge(const QString &other);

private:
    Store &m_store;
};

} // namespace capacita
