#pragma once

#include "importing/namematch.h"

#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace capacita {

// The near-name blocks a person is filed under, each once (see PeopleIndex for what a block
// is): two people whose names are one or two edits apart share at least one, usually.
using NameBlocks = QVarLengthArray<quint64, 64>;
void nameBlocks(const namematch::Names &names, NameBlocks &out);

// Everybody's near-name blocks filed at once and sorted by block, for a search over
// everybody: a block's people then lie side by side and are read in memory order. (The
// linked entries of PeopleIndex, made for adding people one at a time during an import,
// cost a cache miss each, and walking them was most of a search over 50,000 people.)
class NameBlockTable
{
public:
    // People are numbered 0, 1, 2... in the order they are filed.
    void file(const namematch::Names &names);
    void seal(); // sorts; after it nothing more is filed

    // People sharing a block with `person` (without them, each once, in no particular
    // order) into `out`, cleared first. After: only those numbered after `person`, so a
    // search over everybody meets each pair once, from its first person.
    enum class Which { All, After };
    void candidates(int person, Which which, QList<int> &out) const;

private:
    struct Filed
    {
        quint64 block;
        int person;
    };
    std::vector<Filed> m_filed; // by block then person, once sealed
    std::vector<int> m_first; // per person, where their places start in m_places (one extra at the end)
    std::vector<int> m_places; // each person's entries in m_filed
    // Per person, the last call of candidates() that listed them (repeats skipped).
    mutable std::vector<quint32> m_listedBy;
    mutable quint32 m_listing = 0;
    int m_people = 0;
};

} // namespace capacita
