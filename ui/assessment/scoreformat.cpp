#include "assessment/scoreformat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace capacita::scoreformat {

namespace {
double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}
} // namespace

QString number(double value)
{
    const double rounded = roundToTenth(value);
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', whole ? 0 : 1);
}

QString signedNumber(double value)
{
    const QString text = number(value);
    return roundToTenth(value) > 0 ? u'+' + text : text;
}

QString percent(double value)
{
    return number(value) + u" %"_s;
}

QString gain(double points, double percentPoints)
{
    return signedNumber(points) + u" ("_s + percent(percentPoints) + u')';
}

Parsed parse(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return { true, std::nullopt };
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const double d = value.toDouble();
        return { false, std::isfinite(d) ? std::optional(roundToTenth(d)) : std::nullopt };
    }
    default:
        break;
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return { true, std::nullopt };
    text.replace(u',', u'.');
    bool ok = false;
    const double d = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(d))
        return { false, std::nullopt };
    return { false, roundToTenth(d) };
}

} // namespace capacita::scoreformat
