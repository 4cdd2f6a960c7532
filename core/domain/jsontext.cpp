#include "domain/jsontext.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace capacita {

JsonText::JsonText(qsizetype expected)
{
    m_text.resize(std::max<qsizetype>(expected, 16));
    m_begin = m_at = reinterpret_cast<char16_t *>(m_text.data());
    m_end = m_begin + m_text.size();
}

void JsonText::grow(qsizetype n)
{
    const qsizetype used = size();
    m_text.resize(std::max(2 * m_text.size(), used + n));
    m_begin = reinterpret_cast<char16_t *>(m_text.data());
    m_at = m_begin + used;
    m_end = m_begin + m_text.size();
}

JsonText &JsonText::raw(QStringView text)
{
    room(text.size());
    std::memcpy(m_at, text.utf16(), size_t(text.size()) * sizeof(char16_t));
    m_at += text.size();
    return *this;
}

JsonText &JsonText::raw(const char *ascii)
{
    const qsizetype n = qsizetype(std::strlen(ascii));
    room(n);
    for (qsizetype i = 0; i < n; ++i)
        *m_at++ = char16_t(ascii[i]);
    return *this;
}

JsonText &JsonText::string(QStringView text)
{
    const char16_t *from = text.utf16();
    const char16_t *const end = from + text.size();
    room(text.size() + 2);
    *m_at++ = u'"';
    while (from < end) {
        // The run up to the next character to escape (most text has none) is copied whole.
        const char16_t *plain = from;
        while (plain < end && *plain >= 0x20 && *plain != u'"' && *plain != u'\\')
            ++plain;
        std::memcpy(m_at, from, size_t(plain - from) * sizeof(char16_t));
        m_at += plain - from;
        if (plain == end)
            break;
        const char16_t u = *plain;
        from = plain + 1;
        room(6 + (end - from) + 1); // this escape, the rest unescaped, the closing quote
        *m_at++ = u'\\';
        switch (u) {
        case u'"': *m_at++ = u'"'; break;
        case u'\\': *m_at++ = u'\\'; break;
        case u'\b': *m_at++ = u'b'; break;
        case u'\f': *m_at++ = u'f'; break;
        case u'\n': *m_at++ = u'n'; break;
        case u'\r': *m_at++ = u'r'; break;
        case u'\t': *m_at++ = u't'; break;
        default: {
            static constexpr char16_t kHex[] = u"0123456789abcdef";
            *m_at++ = u'u';
            *m_at++ = u'0';
            *m_at++ = u'0';
            *m_at++ = kHex[u >> 4];
            *m_at++ = kHex[u & 0xf];
        }
        }
    }
    room(1);
    *m_at++ = u'"';
    return *this;
}

JsonText &JsonText::number(qint64 n)
{
    char16_t digits[20];
    int count = 0;
    // Through the unsigned value, so the most negative number has a magnitude too.
    std::uint64_t magnitude = n < 0 ? 0 - std::uint64_t(n) : std::uint64_t(n);
    do {
        digits[count++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    room(count + 1);
    if (n < 0)
        *m_at++ = u'-';
    while (count)
        *m_at++ = digits[--count];
    return *this;
}

JsonText &JsonText::number(double d)
{
    // A whole number (a maximum score, most scores) is written as QString::number writes
    // it, without its general and costly formatting.
    if (std::abs(d) < 1e15 && d == std::trunc(d) && !(d == 0 && std::signbit(d)))
        return number(qint64(d));
    return std::isfinite(d) ? raw(QString::number(d, 'g', 17)) : raw("null");
}

JsonText &JsonText::hex16(std::uint64_t n)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    room(18);
    *m_at++ = u'"';
    for (int i = 15; i >= 0; --i)
        m_at[i] = kHex[(n >> (4 * (15 - i))) & 0xf];
    m_at += 16;
    *m_at++ = u'"';
    return *this;
}

QString JsonText::take()
{
    m_text.truncate(size());
    QString out = std::move(m_text);
    m_text = QString();
    m_begin = m_at = m_end = nullptr;
    return out;
}

} // namespace capacita
