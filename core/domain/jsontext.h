#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace capacita {

// JSON text written by hand, for the documents made once per written row of a bulk write (a
// row's field stamps, its audit line). A QJsonObject per row cost more than the INSERT that
// stores it, and then QString::append, a call and a capacity check per piece, was most of
// what was left: the characters go straight into a buffer grown by doubling.
class JsonText
{
public:
    explicit JsonText(qsizetype expected = 64);

    JsonText &raw(char16_t c) // punctuation
    {
        room(1);
        *m_at++ = c;
        return *this;
    }
    JsonText &raw(QStringView text); // text that is JSON already (a quoted field name)
    JsonText &raw(const char *ascii);
    JsonText &string(QStringView text); // quoted, escaped as QJsonDocument escapes
    JsonText &number(qint64 n);
    JsonText &number(double d); // as QString::number(d, 'g', 17); null when not finite
    JsonText &hex16(std::uint64_t n); // 16 lowercase hex digits, quoted (Hlc::toText)

    qsizetype size() const { return m_at - m_begin; }
    QString take(); // the text; the writer is empty afterwards

private:
    void room(qsizetype n)
    {
        if (m_end - m_at < n)
            grow(n);
    }
    void grow(qsizetype n);

    QString m_text;
    char16_t *m_begin = nullptr;
    char16_t *m_at = nullptr;
    char16_t *m_end = nullptr;
};

} // namespace capacita
