#pragma once

#include "domain/clock.h"

#include <QString>

#include <cstdint>

namespace capacita {

// Hybrid logical clock: 48 bits of wall milliseconds and a 16-bit counter in one integer.
// It never goes backwards: when the wall clock is behind the last stamp (a laptop whose
// battery died and woke in 2001), the counter advances instead.
class Hlc
{
public:
    static constexpr int kCounterBits = 16;

    explicit Hlc(const Clock &clock, std::uint64_t last = 0) : m_clock(clock), m_last(last) {}

    std::uint64_t now();                       // a new stamp for a local event
    std::uint64_t observe(std::uint64_t remote); // merge a received stamp, return a new one
    void observeOnly(std::uint64_t stamp) { m_last = stamp > m_last ? stamp : m_last; }
    std::uint64_t last() const { return m_last; }

    static std::int64_t wallMs(std::uint64_t stamp) { return std::int64_t(stamp >> kCounterBits); }
    static std::uint64_t make(std::int64_t wallMs, std::uint32_t counter)
    {
        return (std::uint64_t(wallMs) << kCounterBits) | (counter & 0xffffu);
    }
    static QString toText(std::uint64_t stamp);   // 16 hex digits, sorts like the number
    static std::uint64_t fromText(const QString &text, bool *ok = nullptr);

private:
    const Clock &m_clock;
    std::uint64_t m_last;
};

} // namespace capacita
