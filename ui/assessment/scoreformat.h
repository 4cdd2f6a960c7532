#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace capacita::scoreformat {

// "16", "14.5" (or "14,5" in a Spanish locale): at most one decimal, none when whole.
QString number(double value);
// "+4", "-2", "0".
QString signedNumber(double value);
// "+4 (20 %)", "-2 (-10 %)": points, and percentage points of the maximum.
QString gain(double points, double percent);
QString percent(double percent);

// What a person typed into a score cell.
struct Parsed
{
    bool empty = false; // nothing typed: clear the score
    std::optional<double> number; // rounded to one decimal; nullopt with !empty = not a number
};
// Accepts numbers or text with a decimal point or a decimal comma (as typed in Peru, whatever
// the locale), so "14,5" and "14.5" are the same score.
Parsed parse(const QVariant &value);

} // namespace capacita::scoreformat
