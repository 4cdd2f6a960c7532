#include "importing/rostertable.h"

#include <algorithm>

namespace capacita {

RosterRecord::RosterRecord(int line, const QList<RosterCell> &cells) : line(line)
{
    for (const RosterCell &cell : cells)
        append(cell);
}

void RosterRecord::append(const RosterCell &cell)
{
    if (cell.numeric)
        m_numbers.append({ size(), cell.number });
    m_text += cell.text;
    m_ends.append(m_text.size());
}

void RosterRecord::set(qsizetype column, const RosterCell &cell)
{
    while (size() < column)
        append({});
    if (column == size()) {
        append(cell);
        return;
    }
    // A column given twice or out of order: rare, so the record is simply rebuilt.
    RosterRecord rebuilt;
    rebuilt.line = line;
    for (qsizetype c = 0; c < size(); ++c)
        rebuilt.append(c == column ? cell : this->cell(c));
    *this = std::move(rebuilt);
}

RosterCell RosterRecord::cell(qsizetype column) const
{
    if (column < 0 || column >= size())
        return {};
    const qsizetype from = column == 0 ? 0 : m_ends.at(column - 1);
    RosterCell cell { m_text.mid(from, m_ends.at(column) - from) };
    const auto number = std::find_if(
        m_numbers.cbegin(), m_numbers.cend(), [column](const auto &n) { return n.first == column; });
    if (number != m_numbers.cend()) {
        cell.numeric = true;
        cell.number = number->second;
    }
    return cell;
}

bool RosterRecord::isBlank() const
{
    return m_numbers.isEmpty() && m_text.trimmed().isEmpty();
}

} // namespace capacita
