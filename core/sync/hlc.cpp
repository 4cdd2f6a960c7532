#include "sync/hlc.h"

#include <algorithm>

namespace capacita {

std::uint64_t Hlc::now()
{
    const std::uint64_t wall = make(std::max<std::int64_t>(m_clock.nowMs(), 0), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

std::uint64_t Hlc::observe(std::uint64_t remote)
{
    const std::uint64_t local = now();
    if (remote >= local)
        m_last = remote + 1;
    return m_last;
}

QString Hlc::toText(std::uint64_t stamp)
{
    return QStringLiteral("%1").arg(stamp, 16, 16, QLatin1Char('0'));
}

std::uint64_t Hlc::fromText(const QString &text, bool *ok)
{
    return text.toULongLong(ok, 16);
}

} // namespace capacita
