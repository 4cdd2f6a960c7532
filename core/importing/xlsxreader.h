#pragma once

#include "domain/result.h"
#include "importing/rostertable.h"

#include <QByteArray>
#include <QDate>

namespace capacita {

// Reads one sheet of an .xlsx workbook: the zip through libzip, every XML part through
// QXmlStreamReader. Shared strings (rich text runs included, phonetic runs left out), inline
// strings, numbers, booleans and formula results are read; a number whose cell style is a
// date format is also given as an ISO date. Cells may be sparse (r="C5"): each lands in its
// own column and the record keeps the sheet's row number as its line. The first non-blank
// row is the header. Damaged zips or XML are errors, never crashes; each part is read with a
// cap on its unpacked size.
namespace xlsxreader {

inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
inline constexpr qint64 kMaxPartBytes = 200LL * 1024 * 1024;
inline constexpr int kMaxColumns = 1024; // cells further right are ignored

// sheet: a sheet's name (case ignored when no exact match); empty = the first sheet.
Result<RosterTable> parse(const QByteArray &bytes, const QString &sheet = {});
Result<RosterTable> readFile(const QString &path, const QString &sheet = {});
Result<QStringList> sheetNames(const QByteArray &bytes);

// Excel's day numbers. In the 1900 system day 60 is 29 Feb 1900, a day that never was
// (Lotus's leap-year bug): it gives an invalid date, and days after it are shifted back.
QDate dateFromSerial(double serial, bool date1904 = false);
// "C" -> 2, "AA" -> 26; -1 when the reference has no column letters.
int columnIndex(QStringView cellReference);

} // namespace xlsxreader
} // namespace capacita
