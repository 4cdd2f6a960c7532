#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace capacita {

// How names are compared when deciding whether two records are one person.
namespace namematch {

// Lower case, accents and ñ folded to plain letters, apostrophes and dots dropped, other
// punctuation turned into spaces, spaces collapsed. "  Ñahui-Peña O'Neil " -> "nahui pena oneil".
QString fold(const QString &text);
QStringList words(const QString &text); // fold(text) split on spaces

// Given names with spacing ignored; family names as a set of words, so the order of the
// two surnames does not matter: ("María José", "Quispe Mamani") -> "mariajose|mamaniquispe".
QString nameKey(const QString &givenNames, const QString &familyNames);
QString givenKey(const QString &givenNames);
QString familyKey(const QString &familyNames);

// Optimal-string-alignment Damerau-Levenshtein distance (an adjacent transposition is one
// edit). Stops early: returns limit + 1 as soon as the distance must exceed limit.
int editDistance(QStringView a, QStringView b, int limit);

// A person's names folded once: given names without spaces, family name words in the order
// written, and the name key. Comparing many people reuses these instead of folding again.
struct Names
{
    QString given;
    QStringList family;
    QString key;
};
Names names(const QString &givenNames, const QString &familyNames);

// Edits between two people's names: the smaller of the distance between their name keys and
// the distance with the family names in either order (sorting the words puts "Kispe Mamani"
// and "Quispe Mamani" in different orders, though they are two edits apart).
int nameDistance(const Names &a, const Names &b, int limit);

// Why two records may be one person, when they may. Records conflict (and are never a
// pair) when both have a DNI and they differ, both have a known sex and it differs, or both
// have a birth year and it differs.
struct Evidence
{
    int distance = 0; // edits between the name keys (0 = same normalised names)
    bool sameDni = false; // both have this DNI
    bool sameSex = false; // both known and equal
    bool sameBirthYear = false;
    QStringList reasons; // machine-readable: same_dni, same_names, names_1_edit, names_2_edits,
                         // same_sex, same_birth_year, birth_year_missing, sex_unknown, dni_missing
};
bool conflicting(const Participant &a, const Participant &b);
// What conflicting() compares, taken once per person when many pairs are checked. The
// hashes settle most comparisons without reading the strings (a search over 50,000 people
// compares millions of pairs, and comparing the strings was a tenth of it).
struct Facts
{
    QString dni; // empty when none
    QString sex;
    size_t dniHash = 0;
    size_t sexHash = 0;
    bool sexKnown = false; // not "unknown"
    int birthYear = 0; // 0 when missing

    bool sameDni(const Facts &o) const { return !dni.isEmpty() && dniHash == o.dniHash && dni == o.dni; }
};
Facts facts(const Participant &p);
inline bool conflicting(const Facts &a, const Facts &b)
{
    if (!a.dni.isEmpty() && !b.dni.isEmpty() && (a.dniHash != b.dniHash || a.dni != b.dni))
        return true;
    if (a.sexKnown && b.sexKnown && (a.sexHash != b.sexHash || a.sex != b.sex))
        return true;
    return a.birthYear && b.birthYear && a.birthYear != b.birthYear;
}
std::optional<Evidence> evidence(const Participant &a, const Names &namesA, const Participant &b, const Names &namesB);
// The same for two different records, from their facts.
std::optional<Evidence> evidence(const Facts &a, const Names &namesA, const Facts &b, const Names &namesB);

inline constexpr int kMaxEdits = 2;

} // namespace namematch
} // namespace capacita
