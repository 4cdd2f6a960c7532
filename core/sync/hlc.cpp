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
    // What arg(stamp, 16, 16, '0') gives, written directly: this runs for every field of
    // every row a sync writes, and QString::arg was a visible share of that.
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    QString text(16, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 15; i >= 0; --i, stamp >>= 4)
        out[i] = QChar(kDigits[stamp & 0xf]);
    return text;
}

std::uint64_t Hlc::fromText(const QString &text, bool *ok)
{
    return text.toULongLong(ok, 16);
}

} // namespace capacita
