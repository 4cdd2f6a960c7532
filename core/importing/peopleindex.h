#pragma once

#include "domain/entities.h"
#include "importing/namematch.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace capacita {

// People held in memory for one import, found by DNI, by id, by normalised name key, and by
// "near" names without comparing everyone with everyone (people are added as rows come;
// a search over everybody at once files them in a NameBlockTable instead).
//
// Near names are found through blocks: two people share a block when they have the same
// family names (any given names), or when they share one family name word and their given
// names are equal or one edit apart (each person is filed under its given names with each
// single letter left out, so one typo, missing letter or swapped pair meets). Candidates
// from the blocks are then checked with the real edit distance. Typos spread over both the
// given names and every family name are not found; that is the price of not comparing all
// pairs (100,000 people would be 5 billion pairs).
class PeopleIndex
{
public:
    struct Person
    {
        Participant p;
        namematch::Names names;
        QString key; // names.key
    };

    void reserve(qsizetype people); // room for that many, filed without growing the tables
    int add(const Participant &p); // returns its index
    // Same person with new field values; the names are expected to stay (an import never
    // changes them), so the near-name blocks are not refiled.
    void update(int index, const Participant &p);
    // A DNI or id that now lives on another record (merged people keep theirs).
    void addAlias(const QString &dniOrId, const QString &survivorId) { m_alias.insert(dniOrId, survivorId); }

    const Person &at(int index) const { return m_people.at(index); }
    int size() const { return int(m_people.size()); }
    int byId(const QString &id) const { return m_byId.value(id, -1); }
    int byDni(const QString &dni) const; // -1 when nobody has it
    QList<int> byKey(const QString &key) const { return m_byKey.value(key); }
    // People whose names may be one or two edits from `index`'s (unchecked candidates,
    // without `index` itself, each once, ascending), only those after `after` when given: a
    // search over everyone meets each pair once, from its first person, and stops walking a
    // block where its entries (newest first) reach that person.
    QList<int> nearCandidates(int index, int after = -1) const;

private:
    struct Entry
    {
        int person;
        int next; // the previous entry of the same block, or -1
    };
    template<typename F> void forEachBlock(const Person &person, F &&f) const;
    template<typename F> void forEachCandidate(int index, int after, F &&f) const; // repeats possible

    QList<Person> m_people;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byDni;
    QHash<QString, QString> m_alias;
    QHash<QString, QList<int>> m_byKey;
    QHash<quint64, int> m_heads; // block -> its newest entry
    std::vector<Entry> m_entries;
};

} // namespace capacita
