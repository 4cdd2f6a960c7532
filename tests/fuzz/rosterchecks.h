#pragma once

#include "importing/rostercolumns.h"
#include "importing/rostertable.h"
#include "importing/rostervalues.h"

namespace capacita::fuzz {

// What the importer does with a table before touching the database: map the header, then
// parse every cell as each kind of value (the first 200 records, to keep runs fast).
inline void exerciseTable(const RosterTable &table)
{
    (void)rostercolumns::map(table.header);
    for (const QString &h : table.header)
        (void)rostercolumns::recognise(h);
    const qsizetype records = std::min<qsizetype>(table.records.size(), 200);
    for (qsizetype r = 0; r < records; ++r) {
        const RosterRecord &record = table.records.at(r);
        for (qsizetype c = 0; c < record.size(); ++c) {
            const RosterCell cell = record.cell(c);
            (void)rostervalues::date(cell);
            (void)rostervalues::number(cell);
            (void)rostervalues::wholeNumber(cell);
            (void)rostervalues::dni(cell);
            (void)rostervalues::sex(cell);
            (void)rostervalues::birthYear(cell, 2026);
            (void)rostervalues::ubigeo(cell);
        }
    }
}

} // namespace capacita::fuzz
