#pragma once

#include "domain/result.h"
#include "importing/rostercolumns.h"
#include "importing/rostertable.h"

namespace capacita {

// Roster files on disk: reading either format, a preview for the import wizard, and the empty
// template with the Spanish headers.
namespace rosterfile {

// .xlsx (recognised by its zip signature, whatever the extension) or CSV. An old binary .xls
// is refused with a message saying to save it as .xlsx or CSV.
Result<RosterTable> read(const QString &path, const QString &sheet = {});

// The first rows as read, with the column each header was recognised as.
struct Preview
{
    QString source;
    QStringList header;
    QStringList columns; // per header: roster column key, or empty when ignored
    QStringList ignored;
    QString headerError; // a missing required column, when there is one
    QList<RosterRecord> rows;
    int rowCount = 0;
};
Result<Preview> preview(const QString &path, const QString &sheet = {}, int maxRows = 20);

// Writes an empty roster: .xlsx (one sheet, the headers in bold-free plain cells) or, for any
// other extension, CSV in UTF-8 with BOM and `;` as Excel in Spanish expects.
Status writeTemplate(const QString &path);
QStringList templateHeaders(); // the Spanish headers, in the documented order

} // namespace rosterfile
} // namespace capacita
