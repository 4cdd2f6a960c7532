#pragma once

#include "domain/result.h"

#include <QHash>
#include <QStringList>

namespace capacita::cli {

// The options one command accepts, by name without the leading dashes.
struct OptionSpec
{
    QStringList valued; // "--name VALUE" or "--name=VALUE"
    QStringList flags; // "--name"
};

// Positional words and option values of one command line. An option given twice keeps the
// last value, as most Unix tools do. An empty value ("--institution ''") is a value.
class ParsedArgs
{
public:
    QStringList positional;

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }

private:
    QHash<QString, QString> m_values;
};

// Splits words into options and positional words. "--" ends the options. Every failure is a
// usage error; the Error's field names the offending option.
Result<ParsedArgs> parseArgs(const QStringList &words, const OptionSpec &spec);

} // namespace capacita::cli
