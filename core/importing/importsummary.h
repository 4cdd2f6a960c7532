#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace capacita {

// One rejected roster row: where it starts in the file, its first problem in the file's
// column order, and why.
struct RejectedRow
{
    int line = 0;
    QString column; // roster column key ("start_date"); empty when no column is at fault
    QString header; // the column's header as written in the file
    QString reason; // a sentence for a person
};

// A person the import created whose names are close to someone already known.
struct ImportedDuplicate
{
    int line = 0;
    QString participantId; // created by this import
    QString candidateId; // the record it may duplicate
    QStringList reasons; // as in namematch::Evidence
};

// What an import did, or for a dry run would do. When the import is refused (a rejected row
// without skip-invalid) or cancelled, nothing was stored and the counters of changes are 0;
// rows_valid still says how many rows were fine.
struct ImportSummary
{
    QString file;
    QString source; // "CSV, UTF-8, delimiter ;" or "XLSX, sheet Hoja1"
    bool dryRun = false;
    bool skipInvalid = false;
    bool committed = false;
    bool refused = false;
    bool cancelled = false;
    int rowsRead = 0;
    int rowsValid = 0;
    int rowsImported = 0;
    int trainingsCreated = 0;
    int trainingsUpdated = 0;
    int participantsCreated = 0;
    int participantsMatched = 0; // distinct people already on record that rows were matched to
    QList<RejectedRow> rejectedRows;
    QList<ImportedDuplicate> probableDuplicates;
    QStringList ignoredColumns;
    QStringList warnings;

    void clearChanges(); // for a refused or cancelled import
    QJsonObject toJson() const;
};

} // namespace capacita
