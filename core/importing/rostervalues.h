#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "importing/rostertable.h"

#include <QHash>

namespace capacita {

class ReferenceData;

// Turning roster cells into values. Each parser returns the value or an Error whose message
// is the reason a person reads in the list of rejected rows.
namespace rostervalues {

// dd/mm/yyyy (also d/m/yyyy, with - or .), yyyy-mm-dd, an optional time after it, or an
// Excel day number in a numeric cell. Days that do not exist (31/02/2024) are refused.
Result<QDate> date(const RosterCell &cell);
// Decimal comma or point ("14,5", "14.5"); with both, the last one is the decimal mark.
Result<double> number(const RosterCell &cell);
Result<int> wholeNumber(const RosterCell &cell);
// 8 digits, leading zeros kept; "12345678-9" (with the check digit) gives 12345678. A numeric
// spreadsheet cell of 6 or 7 digits lost its leading zeros and gets them back; text of that
// length is refused, since a digit may be missing anywhere.
Result<QString> dni(const RosterCell &cell);
Result<QString> sex(const RosterCell &cell); // F, M, X or unknown (blank)
Result<int> birthYear(const RosterCell &cell, int currentYear);
// 6 digits; a numeric cell of 5 digits lost its leading zero (080101 -> 80101).
Result<QString> ubigeo(const RosterCell &cell);

} // namespace rostervalues

// The words of the lookup tables, loaded once per import: participant types, topics,
// departments and districts, each matched with case and accents ignored.
class RosterVocabulary
{
public:
    explicit RosterVocabulary(ReferenceData &reference);

    Result<QString> participantType(const QString &text) const; // a participant_type code
    Result<QStringList> topics(const QString &text) const; // codes in table order, no repeats
    Result<QString> department(const QString &text) const; // as in the UBIGEO table: "CUSCO"
    std::optional<District> district(const QString &ubigeo) const;
    // The department's capital district (its code ends in 0101), used when a roster gives a
    // training's department but no district: "CUSCO" -> "080101".
    QString capitalOf(const QString &department) const;

private:
    QHash<QString, QString> m_types; // folded word -> code
    QHash<QString, QString> m_topics; // folded word -> code
    QStringList m_topicOrder;
    QHash<QString, QString> m_departments; // folded name -> name
    QHash<QString, QString> m_capitals; // name -> ubigeo
    QHash<QString, District> m_districts;
};

} // namespace capacita
