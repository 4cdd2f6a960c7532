#include "importing/peopleindex.h"

#include "importing/nameblocks.h"

#include <algorithm>

namespace capacita {

template<typename F> void PeopleIndex::forEachBlock(const Person &person, F &&f) const
{
    NameBlocks blocks;
    nameBlocks(person.names, blocks);
    for (const quint64 block : std::as_const(blocks))
        f(block);
}

void PeopleIndex::reserve(qsizetype people)
{
    // A person is filed under about 20 blocks (a given name of ~15 letters with one left
    // out, per family name word); growing a hash of a million entries rehashes it each time.
    constexpr qsizetype kBlocksPerPerson = 20;
    m_people.reserve(people);
    m_byId.reserve(people);
    m_byKey.reserve(people);
    m_heads.reserve(people * kBlocksPerPerson);
    m_entries.reserve(size_t(people * kBlocksPerPerson));
}

int PeopleIndex::add(const Participant &p)
{
    const int index = int(m_people.size());
    Person person { p, namematch::names(p.givenNames, p.familyNames), {} };
    person.key = person.names.key;
    m_people.append(std::move(person));
    const Person &added = m_people.constLast();
    m_byId.insert(p.id, index);
    if (!p.dni().isEmpty())
        m_byDni.insert(p.dni(), index);
    m_byKey[added.key].append(index);
    forEachBlock(added, [this, index](quint64 block) {
        auto head = m_heads.find(block);
        m_entries.push_back({ index, head == m_heads.end() ? -1 : *head });
        m_heads.insert(block, int(m_entries.size() - 1));
    });
    return index;
}

void PeopleIndex::update(int index, const Participant &p)
{
    Person &person = m_people[index];
    Q_ASSERT(namematch::nameKey(p.givenNames, p.familyNames) == person.key);
    if (m_byDni.value(person.p.dni(), -1) == index)
        m_byDni.remove(person.p.dni());
    person.p = p;
    if (!p.dni().isEmpty())
        m_byDni.insert(p.dni(), index);
}

int PeopleIndex::byDni(const QString &dni) const
{
    if (dni.isEmpty())
        return -1;
    if (const int i = m_byDni.value(dni, -1); i >= 0)
        return i;
    // Follow merges to the record that is alive now.
    QString id = m_alias.value(dni);
    for (int hops = 0; !id.isEmpty() && hops < 64; ++hops) {
        if (const int i = byId(id); i >= 0)
            return i;
        id = m_alias.value(id);
    }
    return -1;
}

template<typename F> void PeopleIndex::forEachCandidate(int index, int after, F &&f) const
{
    forEachBlock(m_people.at(index), [&](quint64 block) {
        for (int e = m_heads.value(block, -1); e >= 0; e = m_entries[size_t(e)].next) {
            const int person = m_entries[size_t(e)].person;
            if (person <= after)
                break; // entries are filed in order, so the rest of the block comes earlier
            if (person != index)
                f(person);
        }
    });
}

QList<int> PeopleIndex::nearCandidates(int index, int after) const
{
    QList<int> out;
    forEachCandidate(index, after, [&out](int person) { out.append(person); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace capacita
