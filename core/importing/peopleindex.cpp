#include "importing/peopleindex.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace capacita {

namespace {

// FNV-1a over a string with one position left out (skip = -1 leaves none out), then a word.
quint64 blockHash(QStringView given, qsizetype skip, QStringView word)
{
    quint64 h = 1469598103934665603ULL;
    auto mix = [&h](char16_t c) {
        h ^= c;
        h *= 1099511628211ULL;
    };
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (i != skip)
            mix(given[i].unicode());
    }
    mix(u'|');
    for (const QChar c : word)
        mix(c.unicode());
    return h;
}

} // namespace

template<typename F> void PeopleIndex::forEachBlock(const Person &person, F &&f) const
{
    const QString &given = person.names.given;
    const qsizetype bar = person.key.indexOf(u'|');
    const QStringView family = QStringView(person.key).mid(bar + 1);
    QVarLengthArray<quint64, 64> seen;
    auto visit = [&](quint64 b) {
        if (std::find(seen.cbegin(), seen.cend(), b) == seen.cend()) {
            seen.append(b);
            f(b);
        }
    };
    if (!family.isEmpty())
        visit(blockHash({}, -1, family) ^ 0x5bd1e995ULL); // all family words, any given names
    // One block per given name with a letter left out finds one-edit typos. Past any real
    // given name's length (a pasted paragraph, a hostile 10,000-letter name) that costs the
    // square of the length, so such names get only the exact block.
    constexpr qsizetype kLongestTypoName = 40;
    const qsizetype skips = given.size() <= kLongestTypoName ? given.size() : 0;
    for (const QString &word : person.names.family) {
        for (qsizetype skip = -1; skip < skips; ++skip)
            visit(blockHash(given, skip, word));
    }
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

void PeopleIndex::nearCandidatesUnordered(int index, int after, QList<int> &out) const
{
    out.clear();
    if (m_listedBy.size() != size_t(m_people.size()) || m_listing == std::numeric_limits<quint32>::max()) {
        m_listedBy.assign(size_t(m_people.size()), 0);
        m_listing = 0;
    }
    const quint32 listing = ++m_listing;
    forEachCandidate(index, after, [&](int person) {
        if (m_listedBy[size_t(person)] != listing) {
            m_listedBy[size_t(person)] = listing;
            out.append(person);
        }
    });
}

} // namespace capacita
