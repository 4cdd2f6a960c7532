#pragma once

// Importing: bringing the programme's spreadsheets in, and keeping one record per person.
//
// A roster is one row per participant per training. Importing one goes through five steps:
//
// 1. Read. rosterfile::read() recognises the format by its bytes: an .xlsx workbook (a zip,
//    opened with libzip, every part read with a size cap and parsed with QXmlStreamReader:
//    shared and inline strings, numbers, booleans, date-styled numbers, sparse cells), or CSV
//    as spreadsheets write it in Peru (UTF-8 with or without BOM, UTF-16, or Windows-1252;
//    `;`, `,` or tab; quoted fields with line breaks). Either way the result is a RosterTable:
//    a header and records, each with the line where it starts in the file.
// 2. Map headers. rostercolumns::map() finds each documented column by its Spanish or English
//    header (case, accents, spaces and underscores ignored). Unknown columns are ignored and
//    reported; a missing required column stops the import with its name.
// 3. Validate rows. rosterrows::parse() turns every cell into a value (dates dd/mm/yyyy or
//    ISO or Excel day numbers, decimal comma, sex and participant-type synonyms, topics,
//    departments, DNIs with their leading zeros) and notes each problem under its column.
//    rosterrows::noteDefinition() and addStored() take, for each training code, the first row
//    whose training columns are complete and valid as the training's definition (or the
//    training already on record); rosterrows::check() marks rows that disagree with it. A row's first problem in the file's column
//    order becomes its entry in rejected_rows.
// 4. Match people and plan. RosterWriter finds each row's person in memory (PeopleIndex, by
//    DNI, by normalised name key, by near names) in the order of DESIGN.md: (0) someone already
//    in the same training with the same DNI, or the same names and no conflicting DNI, sex or
//    birth year; (1) the same DNI; (2) the same names, the same known sex and the same birth
//    year against records without a different DNI. Otherwise a new person, reported with the
//    probable duplicates whose names are close. A matched person's empty fields are filled;
//    values on record are never overwritten by a file.
// 5. Commit all or nothing. Every write goes through the repositories inside one Transaction;
//    a row that fails leaves nothing of itself (rows are written without savepoints, and if
//    one fails halfway everything is written again with a savepoint per row), and only what
//    differs from what is stored is written, so importing a file twice changes nothing. A rejected row refuses the whole file unless
//    skip-invalid is asked for; a dry run or a cancel rolls everything back.
//
// Trainings made by an import get `sessions` sessions spread over their dates, attendance
// present for the first `attended` sessions and absent for the rest, and the pre/post scores.
// A training given only a department is placed in that department's capital district (the
// UBIGEO code ending in 0101, e.g. CUSCO -> 080101), so that reports by department count it.
//
// One record per person: DuplicateFinder proposes pairs over the whole participant table by
// the same rules, leaving out pairs dismissed as "not the same person"; Merger folds OTHER
// into KEEP (moving enrollments, attendance and scores) and can undo that exactly, from the
// rows it recorded in the local merge log.
//
// Messages are translated through small structs declaring Q_DECLARE_TR_FUNCTIONS with the
// context lupdate records (e.g. capacita::RosterWriter), so the Spanish text is found at run
// time under the same context it was translated in.

#include "importing/duplicates.h"
#include "importing/importsummary.h"
#include "importing/merger.h"
#include "importing/rosterfile.h"
#include "importing/rosterimporter.h"
