#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

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
// being line 1; XLSX: the sheet's row number). The cells' texts are kept one after another
// in one string: a 100,000-row roster held as a string per cell took about 150 MB.
class RosterRecord
{
public:
    RosterRecord() = default;
    RosterRecord(int line, const QList<RosterCell> &cells);

    int line = 0;

    void append(const RosterCell &cell); // the next column
    void set(qsizetype column, const RosterCell &cell); // columns in any order (XLSX)
    qsizetype size() const { return m_ends.size(); }
    RosterCell cell(qsizetype column) const; // blank beyond the last column
    bool isBlank() const; // every cell blank

private:
    QString m_text;
    QList<qsizetype> m_ends; // where each column's text ends in m_text
    QList<std::pair<qsizetype, double>> m_numbers; // numeric columns (XLSX): column, number
};

struct RosterTable
{
    QStringList header;
    int headerLine = 1;
    QList<RosterRecord> records; // blank records are already left out
    QString source; // "csv (UTF-8, ';')" or "xlsx (sheet Hoja1)", for the preview
};

} // namespace capacita
