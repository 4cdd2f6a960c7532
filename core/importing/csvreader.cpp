#include "importing/csvreader.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace capacita::csvreader {

namespace {

struct ParserText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::csvreader::Parser)
};

struct CsvreaderText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::csvreader)
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes keep
// their C1 code points, as Windows itself does.
QString decodeCp1252(const QByteArray &bytes)
{
    static constexpr std::array<char16_t, 32> high = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The delimiter used most often outside quotes on the first non-blank line.
QChar detectDelimiter(const QString &text, qsizetype from)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    bool seenContent = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && isBreak(c)) {
            if (seenContent)
                break;
        } else if (!quoted) {
            semicolons += c == u';';
            commas += c == u',';
            tabs += c == u'\t';
        }
        seenContent = seenContent || !c.isSpace();
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return u';';
    if (tabs > commas)
        return u'\t';
    return u',';
}

class Parser
{
public:
    Parser(const QString &text, QChar delimiter, qsizetype from, int firstLine)
        : m_s(text)
        , m_delim(delimiter)
        , m_pos(from)
        , m_line(firstLine)
    {
    }

    Result<QList<RosterRecord>> run()
    {
        QList<RosterRecord> records;
        while (m_pos < m_s.size()) {
            RosterRecord record;
            record.line = m_line;
            bool more = true;
            while (more) {
                auto field = readField();
                if (!field)
                    return field.error();
                record.append(RosterCell { std::move(field).value() });
                more = m_pos < m_s.size() && m_s.at(m_pos) == m_delim;
                if (more)
                    ++m_pos;
            }
            skipBreak();
            if (!record.isBlank())
                records.append(std::move(record));
        }
        return records;
    }

private:
    void skipBreak()
    {
        if (m_pos >= m_s.size())
            return;
        if (m_s.at(m_pos) == u'\r' && m_pos + 1 < m_s.size() && m_s.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    Result<QString> readField()
    {
        QString out;
        if (m_pos < m_s.size() && m_s.at(m_pos) == u'"') {
            const int opened = m_line;
            ++m_pos;
            for (;;) {
                if (m_pos >= m_s.size())
                    return Error::badInput(QString(),
                        ParserText::tr("Line %1: a quoted field starts there and never ends "
                                       "(its closing \" is missing).")
                            .arg(opened));
                const QChar c = m_s.at(m_pos);
                if (c == u'"') {
                    if (m_pos + 1 < m_s.size() && m_s.at(m_pos + 1) == u'"') {
                        out += u'"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (isBreak(c)) {
                    skipBreak();
                    out += u'\n';
                    continue;
                }
                out += c;
                ++m_pos;
            }
        }
        // Unquoted text, or stray text after a closing quote, as spreadsheets keep it.
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && m_s.at(m_pos) != m_delim && !isBreak(m_s.at(m_pos)))
            ++m_pos;
        out += QStringView(m_s).mid(start, m_pos - start);
        return out;
    }

    const QString &m_s;
    QChar m_delim;
    qsizetype m_pos;
    int m_line;
};

QString delimiterName(QChar d)
{
    return d == u'\t' ? QStringLiteral("tab") : QString(d);
}

} // namespace

QString decode(const QByteArray &bytes, QString *encoding)
{
    auto name = [encoding](const char *n) {
        if (encoding)
            *encoding = QString::fromLatin1(n);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name("UTF-8 with BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        name(le ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder dec(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return dec(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        name("UTF-8");
        return text;
    }
    name("Windows-1252");
    return decodeCp1252(bytes);
}

Result<RosterTable> parse(const QByteArray &bytes)
{
    RosterTable table;
    QString encoding;
    const QString text = decode(bytes, &encoding);

    qsizetype from = 0;
    int line = 1;
    QChar delimiter;
    // Excel's own hint line: "sep=;".
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4 && !isBreak(text.at(4))) {
        delimiter = text.at(4);
        from = 5;
        while (from < text.size() && !isBreak(text.at(from)))
            ++from;
        if (from < text.size())
            from += (text.at(from) == u'\r' && from + 1 < text.size() && text.at(from + 1) == u'\n') ? 2 : 1;
        line = 2;
    } else {
        delimiter = detectDelimiter(text, 0);
    }

    auto records = Parser(text, delimiter, from, line).run();
    if (!records)
        return records.error();
    QList<RosterRecord> rows = std::move(records).value();
    if (rows.isEmpty())
        return Error::badInput(QString(), CsvreaderText::tr("The file has no header line and no rows."));
    const RosterRecord header = rows.takeFirst();
    for (qsizetype c = 0; c < header.size(); ++c)
        table.header << header.cell(c).text.trimmed();
    table.headerLine = header.line;
    table.records = std::move(rows);
    table.source = CsvreaderText::tr("CSV, %1, delimiter %2").arg(encoding, delimiterName(delimiter));
    return table;
}

Result<RosterTable> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(CsvreaderText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return Error::badInput(QString(),
            CsvreaderText::tr("%1 is larger than %2 MB; split it into smaller files.")
                .arg(path)
                .arg(kMaxBytes / (1024 * 1024)));
    return parse(file.readAll());
}

} // namespace capacita::csvreader
