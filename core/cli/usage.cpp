#include "cli/usage.h"

#include "cli/cli.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace capacita::cli {

namespace {

struct Line
{
    const char *command;
    QString text;
};

class Usage
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::Usage)
public:
    static QList<Line> lines()
    {
        // Options in brackets are optional; the rest are required.
        return {
            { "init", tr("init") },
            { "participant",
                tr("participant add --given-names G --family-names N --sex F|M|X|unknown\n"
                   "        [--dni D | --doc-type dni|ce|none --doc-number N] [--birth-year Y]\n"
                   "        [--type CODE] [--institution I] [--ubigeo U] [--phone P] [--email E]\n"
                   "        [--languages L]  -> prints id") },
            { "participant", tr("participant update ID [same options; an empty value clears an optional field]") },
            { "participant",
                tr("participant add|update ... [--consent-date YYYY-MM-DD] [--consent-notice VERSION]\n"
                   "        [--consent-by NAME]  (consent under Ley 29733; no date = no consent)") },
            { "participant", tr("participant export ID [--out FILE]  -> everything held about the person, as JSON") },
            { "participant", tr("participant delete ID") },
            { "participant", tr("participant list | show ID") },
            { "participant", tr("participant purge ID  (permanent erasure of the person, on every laptop)") },
            { "participant",
                tr("participant merge KEEP OTHER [--take FIELD,FIELD]  -> prints what moved\n"
                   "        (FIELD: given_names family_names dni sex birth_year type institution\n"
                   "        ubigeo phone email languages; OTHER's value wins for those)") },
            { "participant", tr("participant unmerge OTHER  -> prints what was restored") },
            { "training",
                tr("training add --code C --title T --start YYYY-MM-DD --end YYYY-MM-DD\n"
                   "        [--ubigeo U] [--topics TIP,GBV] [--completion 0.8] [--completion-min-post S]\n"
                   "        [--modality in_person|virtual|hybrid] [--venue V] [--facilitators F]\n"
                   "        [--partner P] [--planned-participants N]\n"
                   "        [--status planned|ongoing|completed|cancelled]  -> prints id") },
            { "training", tr("training update ID [same options] | delete ID | list | show ID") },
            { "session",
                tr("session add TRAINING_ID --date YYYY-MM-DD [--hours H] [--start-time HH:MM]\n"
                   "        [--end-time HH:MM] [--topic T]  -> prints id") },
            { "session", tr("session update ID [same options] | delete ID | show ID | list TRAINING_ID") },
            { "enroll", tr("enroll TRAINING_ID PARTICIPANT_ID  -> prints id") },
            { "unenroll", tr("unenroll TRAINING_ID PARTICIPANT_ID") },
            { "attend", tr("attend SESSION_ID PARTICIPANT_ID present|late|excused|absent  -> prints id") },
            { "attendance", tr("attendance list TRAINING_ID") },
            { "score", tr("score TRAINING_ID PARTICIPANT_ID pre|post SCORE [--max M]  -> prints id") },
            { "score", tr("score list TRAINING_ID") },
            { "types", tr("types") },
            { "topics", tr("topics") },
            { "districts", tr("districts [--department NAME]") },
            { "dump", tr("dump") },
            { "dataset",
                tr("dataset create --name N --out JOIN_FILE [--passphrase-file P]\n"
                   "        -> prints dataset_id, name, site_id, join_file") },
            { "dataset", tr("dataset join JOIN_FILE | join --passphrase-file P --dataset-id ID") },
            { "dataset", tr("dataset show | join-file --out JOIN_FILE") },
            { "device", tr("device list | revoke SITE_ID | rename NAME") },
            { "sync", tr("sync export --out FILE [--full] [--to SITE_ID]  -> prints a summary") },
            { "sync", tr("sync import FILE [--dry-run]  -> prints a summary") },
            { "sync", tr("sync status") },
            { "conflicts", tr("conflicts list [--all] | resolve ID --keep local|remote") },
            { "import",
                tr("import roster FILE [--dry-run] [--skip-invalid] [--sheet NAME]  -> prints a summary\n"
                   "        (FILE: .xlsx or .csv; a rejected row refuses the whole file, exit 1,\n"
                   "        unless --skip-invalid; --dry-run reports and changes nothing)") },
            { "template", tr("template roster --out FILE.xlsx|FILE.csv  -> an empty roster with the Spanish headers") },
            { "duplicates", tr("duplicates list [--participant ID]  -> probable duplicate pairs with the evidence") },
            { "duplicates", tr("duplicates dismiss A B  (not the same person: never proposed again)") },
            { "backup", tr("backup create  -> a checked copy of the database in its backups folder") },
            { "backup", tr("backup list  -> the backups, newest first: path, created, reason, size") },
            { "backup",
                tr("backup restore FILE | --latest  (checks the backup, keeps a copy of the current\n"
                   "        file, then replaces it; refused while Capacita has the file open)") },
            { "audit",
                tr("audit list [--record ID] [--format json|csv] [--out FILE]  -> who changed what, when,\n"
                   "        on which laptop (ID: a participant or training with its rows, or any row)") },
            { "audit", tr("audit operator [NAME]  -> shows or sets the name the audit log records") },
            { "report",
                tr("report indicators [--fy YYYY [--quarter Q] | --period FY2025-Q1 | --from D --to D]\n"
                   "        [--department NAME] [--topic CODE] [--type CODE] [--consented-only]\n"
                   "        --format json|csv|xlsx|pdf [--out FILE]  -> the donor figures\n"
                   "        (xlsx and pdf need --out; json and csv go to stdout without it)") },
            { "report",
                tr("report participants [same period and filters] [--by DIMENSION --key KEY]\n"
                   "        --format json|csv|xlsx [--out FILE]  -> the people counted as trained\n"
                   "        (DIMENSION: sex age_band participant_type department topic month)") },
            { "report", tr("report ... and sheet ... [--lang es|en]  -> language of the document (Spanish unless en)") },
            { "target",
                tr("target set INDICATOR PERIOD VALUE [--type CODE] [--department NAME]  -> prints id\n"
                   "        (PERIOD: FY2025, 2025 or FY2025-Q1; setting it again replaces the value)") },
            { "target", tr("target list | delete ID") },
            { "sheet",
                tr("sheet signin|scores TRAINING_ID_OR_CODE --out FILE.pdf [--max M] [--blank-rows N]\n"
                   "        -> a printed sign-in sheet (one signature column per session) or pre/post\n"
                   "        score sheet for the enrolled, with blank rows for walk-ins") },
        };
    }

    static QString help()
    {
        QString text = tr("capacita-cli: training records of Capacita from the command line.\n\n"
                          "Usage: capacita-cli [--db FILE] COMMAND ...\n"
                          "       capacita-cli --version | --help\n\n");
        for (const Line &line : lines())
            text += QStringLiteral("  capacita-cli [--db FILE] ") + line.text + QLatin1Char('\n');
        text += tr("\nThe database is FILE from --db, else $CAPACITA_DB, else %1.\n"
                   "A missing database file is created. Dates are YYYY-MM-DD, numbers use a decimal\n"
                   "point, --completion is a share from 0 to 1 and a DNI is exactly 8 digits.\n\n"
                   "Output: a new record's id alone on one line; list, show and dump print JSON;\n"
                   "update and delete print nothing. Messages go to stderr.\n\n"
                   "Sync: a laptop creates a dataset (its key goes into JOIN_FILE, readable by its owner\n"
                   "only) or joins one; packages written by sync export carry its changes, encrypted and\n"
                   "signed, to laptops that read them with sync import. A passphrase file holds the\n"
                   "passphrase on its first line (at least 12 characters).\n\n"
                   "Exit codes:\n"
                   "  0  done\n"
                   "  1  bad input: a value that is not allowed, an unknown code or id, a rule broken\n"
                   "  2  usage: unknown command or option, missing argument\n"
                   "  3  refused: the file is not a Capacita database or is from a newer version\n"
                   "     (it is left untouched); a sync package that is damaged, altered, cut short,\n"
                   "     from another dataset or a revoked laptop (nothing is imported)\n"
                   "  4  the disk or the database engine failed; nothing was changed\n")
                    .arg(Database::defaultPath());
        return text;
    }
};

} // namespace

QStringList synopsis(const QString &command)
{
    QStringList result;
    for (const Line &line : Usage::lines()) {
        if (command == QLatin1String(line.command))
            result.append(QStringLiteral("capacita-cli [--db FILE] ") + line.text);
    }
    return result;
}

QStringList commandNames()
{
    QStringList names;
    for (const Line &line : Usage::lines()) {
        const QString name = QLatin1String(line.command);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString helpText()
{
    return Usage::help();
}

QString versionText()
{
    return QStringLiteral("capacita-cli " CAPACITA_VERSION "\n");
}

} // namespace capacita::cli
