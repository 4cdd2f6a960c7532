#include "importing/nameblocks.h"

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

void nameBlocks(const namematch::Names &names, NameBlocks &out)
{
    out.clear();
    auto visit = [&out](quint64 b) {
        if (std::find(out.cbegin(), out.cend(), b) == out.cend())
            out.append(b);
    };
    const qsizetype bar = names.key.indexOf(u'|');
    const QStringView family = QStringView(names.key).mid(bar + 1);
    if (!family.isEmpty())
        visit(blockHash({}, -1, family) ^ 0x5bd1e995ULL); // all family words, any given names
    // One block per given name with a letter left out finds one-edit typos. Past any real
    // given name's length (a pasted paragraph, a hostile 10,000-letter name) that costs the
    // square of the length, so such names get only the exact block.
    constexpr qsizetype kLongestTypoName = 40;
    const QString &given = names.given;
    const qsizetype skips = given.size() <= kLongestTypoName ? given.size() : 0;
    for (const QString &word : names.family) {
        for (qsizetype skip = -1; skip < skips; ++skip)
            visit(blockHash(given, skip, word));
    }
}

void NameBlockTable::file(const namematch::Names &names)
{
    Q_ASSERT(m_first.empty()); // not sealed
    NameBlocks blocks;
    nameBlocks(names, blocks);
    for (const quint64 block : blocks)
        m_filed.push_back({ block, m_people });
    ++m_people;
}

void NameBlockTable::seal()
{
    // Sorted by block in two passes over the table instead of a comparison sort (a million
    // entries at 50,000 people): placed by the top bits of the block, which FNV spreads
    // evenly, about one entry per bucket; then each small bucket sorted. Placing keeps the
    // filing order, so a block's people stay in order by number.
    int bits = 1;
    while (bits < 30 && (size_t(1) << bits) < m_filed.size())
        ++bits;
    const auto bucketOf = [bits](quint64 block) { return size_t(block >> (64 - bits)); };
    std::vector<int> start((size_t(1) << bits) + 1, 0);
    for (const Filed &f : m_filed)
        ++start[bucketOf(f.block) + 1];
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::vector<Filed> sorted(m_filed.size());
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const Filed &f : m_filed)
            sorted[size_t(next[bucketOf(f.block)]++)] = f;
    }
    for (size_t b = 0; b + 1 < start.size(); ++b) {
        // Insertion sort: stable, and a bucket holds a handful.
        for (int i = start[b] + 1; i < start[b + 1]; ++i) {
            const Filed f = sorted[size_t(i)];
            int j = i;
            for (; j > start[b] && sorted[size_t(j - 1)].block > f.block; --j)
                sorted[size_t(j)] = sorted[size_t(j - 1)];
            sorted[size_t(j)] = f;
        }
    }
    m_filed = std::move(sorted);
    // Each person's places in the sorted table, counted then placed (a person's own entries
    // are where their walks start).
    m_first.assign(size_t(m_people) + 1, 0);
    for (const Filed &f : m_filed)
        ++m_first[size_t(f.person) + 1];
    for (size_t i = 1; i < m_first.size(); ++i)
        m_first[i] += m_first[i - 1];
    m_places.resize(m_filed.size());
    std::vector<int> next(m_first.begin(), m_first.end() - 1);
    for (size_t at = 0; at < m_filed.size(); ++at)
        m_places[size_t(next[size_t(m_filed[at].person)]++)] = int(at);
    m_listedBy.assign(size_t(m_people), 0);
}

void NameBlockTable::candidates(int person, Which which, QList<int> &out) const
{
    Q_ASSERT(!m_first.empty()); // sealed
    out.clear();
    if (m_listing == std::numeric_limits<quint32>::max()) {
        std::fill(m_listedBy.begin(), m_listedBy.end(), 0);
        m_listing = 0;
    }
    const quint32 listing = ++m_listing;
    auto list = [&](int other) {
        if (m_listedBy[size_t(other)] != listing) {
            m_listedBy[size_t(other)] = listing;
            out.append(other);
        }
    };
    // A person is in a block once, so within it those after them are numbered after them.
    for (int k = m_first[size_t(person)]; k < m_first[size_t(person) + 1]; ++k) {
        const size_t at = size_t(m_places[size_t(k)]);
        const quint64 block = m_filed[at].block;
        for (size_t q = at + 1; q < m_filed.size() && m_filed[q].block == block; ++q)
            list(m_filed[q].person);
        if (which == Which::All) {
            for (size_t q = at; q-- > 0 && m_filed[q].block == block;)
                list(m_filed[q].person);
        }
    }
}

} // namespace capacita
