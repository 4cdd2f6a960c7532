#include "importing/rosterimporter.h"

#include "importing/rosterfile.h"
#include "importing/rosterrows.h"
#include "importing/rostervalues.h"
#include "importing/rosterwriter.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QFileInfo>

#include <optional>

namespace capacita {

namespace {

struct RosterImporterText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::RosterImporter)
};

// How a training already on record looks as roster values, for rows that only name its code.
std::optional<TrainingValues> storedValues(Store &store, const RosterVocabulary &vocabulary, const QString &code)
{
    const auto t = store.trainings().findByCode(code);
    if (!t)
        return std::nullopt;
    TrainingValues v;
    v.title = t->title;
    v.topics = t->topics;
    if (!t->ubigeo.isEmpty()) {
        v.ubigeo = t->ubigeo;
        if (const auto d = vocabulary.district(t->ubigeo))
            v.department = d->department;
    }
    v.start = t->startDate;
    v.end = t->endDate;
    v.sessions = int(store.sessions().listForTraining(t->id).size());
    return v;
}

} // namespace

Result<ImportSummary> RosterImporter::importFile(const QString &path, const ImportOptions &options)
{
    auto table = rosterfile::read(path, options.sheet);
    if (!table)
        return table.error();
    const AuditScope audited(m_store.db(), AuditOrigin::Import, QFileInfo(path).fileName());
    auto summary = importTable(*table, options);
    if (summary)
        summary.value().file = path;
    return summary;
}

Result<ImportSummary> RosterImporter::importTable(const RosterTable &table, const ImportOptions &options)
{
    ImportSummary checked;
    checked.source = table.source;
    checked.dryRun = options.dryRun;
    checked.skipInvalid = options.skipInvalid;

    auto map = rostercolumns::map(table.header);
    if (!map)
        return map.error();
    checked.ignoredColumns = map->ignored;
    if (!map->ignored.isEmpty())
        checked.warnings << RosterImporterText::tr("These columns are not part of a roster and were ignored: %1.")
                                .arg(map->ignored.join(QStringLiteral(", ")));

    const RosterVocabulary vocabulary(m_store.reference());
    const int currentYear = m_store.db().clock().today().year();
    // Rows are parsed twice, once to find each training's definition and once to write
    // them, rather than held: at 100,000 rows the parsed rows alone were over 200 MB.
    auto parsed = [&](qsizetype i, rosterrows::Part part = rosterrows::Part::Whole) {
        return rosterrows::parse(table.records.at(i), *map, vocabulary, currentYear, part);
    };
    rosterrows::Definitions definitions;
    for (qsizetype i = 0; i < table.records.size(); ++i)
        rosterrows::noteDefinition(definitions, parsed(i, rosterrows::Part::Training));
    rosterrows::addStored(definitions, [&](const QString &code) { return storedValues(m_store, vocabulary, code); });
    checked.rowsRead = int(table.records.size());

    // A copy to go back to, made before the transaction (storage/backup.h).
    if (!options.dryRun)
        CAPACITA_TRY(Backups::beforeImport(m_store.db(), BackupReason::Import));

    // Rows are written without a savepoint each (WithoutSavepoints): one costs SQLite a copy
    // of every page the row touches. A row that fails after writing part of itself cannot be
    // undone alone, so then everything is rolled back and written again with a savepoint per
    // row; rows rejected before they write anything, the usual case, need no second pass.
    const auto writeRows = [&](bool guarded, bool *partial) -> Result<ImportSummary> {
        ImportSummary summary = checked;
        // Everything below is one transaction: committed whole, or rolled back whole (refused,
        // dry run, cancelled, or a database failure).
        Transaction tx(m_store.db());
        CAPACITA_TRY(tx.begun());
        std::optional<WithoutSavepoints> unguarded;
        if (!guarded)
            unguarded.emplace(m_store.db());
        // The audit log names the file when importFile gave it, else the table's source.
        const AuditLog::Context outer = m_store.db().audit().context();
        const AuditScope audited(m_store.db(), AuditOrigin::Import,
                                 outer.origin == AuditOrigin::Import ? outer.detail : table.source);
        RosterWriter writer(m_store, vocabulary, summary);
        CAPACITA_TRY(writer.loadPeople());

        const int total = summary.rowsRead;
        if (options.progress && !options.progress(0, total)) {
            summary.cancelled = true;
            summary.clearChanges();
            return summary;
        }
        for (int i = 0; i < total; ++i) {
            RosterRow row = parsed(i);
            rosterrows::check(row, definitions);
            if (!row.valid()) {
                summary.rejectedRows << rosterrows::firstProblem(row, *map);
            } else if (auto rejected = writer.write(row, definitions.byCode.value(row.code))) {
                if (rejected->column.isEmpty() == false) {
                    if (const auto c = rostercolumns::recognise(rejected->column))
                        rejected->header = map->headerOf(*c);
                }
                summary.rejectedRows << *rejected;
                if (writer.leftPartialRow()) {
                    *partial = true;
                    return summary; // rolled back with tx
                }
            } else {
                ++summary.rowsImported;
            }
            const bool report = (i + 1) % 100 == 0 || i + 1 == total;
            if (report && options.progress && !options.progress(i + 1, total)) {
                summary.cancelled = true;
                summary.rowsValid = summary.rowsImported;
                summary.clearChanges();
                return summary;
            }
        }
        writer.finish();
        summary.rowsValid = summary.rowsImported;

        if (!summary.rejectedRows.isEmpty() && !options.skipInvalid) {
            summary.refused = true;
            summary.clearChanges();
            return summary;
        }
        if (options.dryRun)
            return summary;
        CAPACITA_TRY(tx.commit());
        summary.committed = true;
        return summary;
    };
    bool partial = false;
    auto written = writeRows(false, &partial);
    if (!partial)
        return written;
    return writeRows(true, &partial);
}

} // namespace capacita
