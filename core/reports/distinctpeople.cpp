#include "reports/distinctpeople.h"

#include <algorithm>
#include <map>

namespace capacita::reports {

void DistinctPeople::add(QByteArrayView key, qint64 person)
{
    if (m_last < 0 || m_keys.at(m_last) != key) {
        m_last = int(std::find(m_keys.cbegin(), m_keys.cend(), key) - m_keys.cbegin());
        if (m_last == m_keys.size())
            m_keys.append(key.toByteArray());
    }
    m_pairs.emplace_back(m_last, person);
}

QList<Count> DistinctPeople::counts() const
{
    std::vector<std::pair<int, qint64>> pairs = m_pairs;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<qint64> perKey(std::size_t(m_keys.size()), 0);
    for (const auto &pair : pairs)
        ++perKey[std::size_t(pair.first)];
    std::map<QString, qint64> ordered;
    for (qsizetype k = 0; k < m_keys.size(); ++k)
        ordered.emplace(QString::fromUtf8(m_keys.at(k)), perKey[std::size_t(k)]);
    QList<Count> out;
    out.reserve(qsizetype(ordered.size()));
    for (const auto &[key, n] : ordered)
        out.append({ key, n });
    return out;
}

void DistinctPeople::fill(QList<Count> &into) const
{
    for (const Count &c : counts()) {
        auto known = std::find_if(into.begin(), into.end(), [&c](const Count &k) { return k.key == c.key; });
        if (known != into.end())
            known->count = c.count;
        else
            into.append(c);
    }
}

} // namespace capacita::reports
