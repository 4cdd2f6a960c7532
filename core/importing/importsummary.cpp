#include "importing/importsummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita {

void ImportSummary::clearChanges()
{
    rowsImported = 0;
    trainingsCreated = 0;
    trainingsUpdated = 0;
    participantsCreated = 0;
    participantsMatched = 0;
    probableDuplicates.clear();
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray rejected;
    for (const RejectedRow &r : rejectedRows) {
        rejected.append(QJsonObject {
            { u"line"_s, r.line },
            { u"column"_s, r.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.column) },
            { u"header"_s, r.header.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.header) },
            { u"reason"_s, r.reason },
        });
    }
    QJsonArray pairs;
    for (const ImportedDuplicate &d : probableDuplicates) {
        pairs.append(QJsonObject {
            { u"line"_s, d.line },
            { u"participant_id"_s, d.participantId },
            { u"candidate_id"_s, d.candidateId },
            { u"reasons"_s, QJsonArray::fromStringList(d.reasons) },
        });
    }
    return {
        { u"file"_s, file },
        { u"source"_s, source },
        { u"dry_run"_s, dryRun },
        { u"skip_invalid"_s, skipInvalid },
        { u"committed"_s, committed },
        { u"refused"_s, refused },
        { u"cancelled"_s, cancelled },
        { u"rows_read"_s, rowsRead },
        { u"rows_valid"_s, rowsValid },
        { u"rows_imported"_s, rowsImported },
        { u"rejected_rows"_s, rejected },
        { u"trainings_created"_s, trainingsCreated },
        { u"trainings_updated"_s, trainingsUpdated },
        { u"participants_created"_s, participantsCreated },
        { u"participants_matched"_s, participantsMatched },
        { u"probable_duplicates"_s, int(probableDuplicates.size()) },
        { u"duplicate_pairs"_s, pairs },
        { u"ignored_columns"_s, QJsonArray::fromStringList(ignoredColumns) },
        { u"warnings"_s, QJsonArray::fromStringList(warnings) },
    };
}

} // namespace capacita
