#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace capacita {

// One cell as a reader found it. Spreadsheet cells keep their number so that a DNI stored as
// a number can get its leading zero back and a date column can hold an Excel serial.
struct RosterCell
{
    QString text; // as shown; numbers written without exponent or thousands separators
    bool numeric = false;
    double number = 0;

    bool isBlank() const { return !numeric && text.trimmed().isEmpty(); }
};

// One record of the file: `line` is where it starts (CSV: the physical line, the header
// being line 1; XLSX: the sheet's row number).
struct RosterRecord
{
    int line = 0;
    QList<RosterCell> cells;

    RosterCell cell(qsizetype column) const { return column < cells.size() ? cells.at(column) : RosterCell {}; }
};

struct RosterTable
{
    QStringList header;
    int headerLine = 1;
    QList<RosterRecord> records; // blank records are already left out
    QString source; // "csv (UTF-8, ';')" or "xlsx (sheet Hoja1)", for the preview
};

} // namespace capacita
