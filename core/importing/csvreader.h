#pragma once

#include "domain/result.h"
#include "importing/rostertable.h"

#include <QByteArray>

namespace capacita {

// Reads CSV as spreadsheet programs write it in Peru: UTF-8 with or without BOM, UTF-16 with
// BOM ("Unicode text"), or else Windows-1252; `;`, `,` or tab, whichever the header line uses
// most (an Excel "sep=;" first line is honoured); quoted fields with doubled quotes and
// embedded line breaks; CRLF, LF or CR line ends. Records whose cells are all blank are left
// out; each record remembers the physical line it starts on.
namespace csvreader {

inline constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

Result<RosterTable> parse(const QByteArray &bytes);
Result<RosterTable> readFile(const QString &path);

// Bytes to text, with the name of the encoding that was detected.
QString decode(const QByteArray &bytes, QString *encoding = nullptr);

} // namespace csvreader
} // namespace capacita
