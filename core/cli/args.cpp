#include "cli/args.h"

#include <QCoreApplication>

namespace capacita::cli {

namespace {

class Args
{
    Q_DECLARE_TR_FUNCTIONS(capacita::cli::Args)
public:
    static Result<ParsedArgs> parse(const QStringList &words, const OptionSpec &spec)
    {
        ParsedArgs parsed;
        bool optionsEnded = false;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &word = words.at(i);
            if (!optionsEnded && word == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            // A lone "-" is a word (some tools read it as stdin); negative numbers are not
            // options either, so "-1" reaches the number parser and gets a proper message.
            const bool looksLikeOption = word.startsWith(QLatin1String("--")) && word.size() > 2;
            if (optionsEnded || !looksLikeOption) {
                parsed.positional.append(word);
                continue;
            }
            QString name = word.mid(2);
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                inlineValue = true;
            }
            const QString option = QStringLiteral("--") + name;
            if (spec.flags.contains(name)) {
                if (inlineValue)
                    return Error::badInput(option, tr("this option takes no value."));
                parsed.set(name, QString());
            } else if (spec.valued.contains(name)) {
                if (!inlineValue) {
                    // The next word is the value even when it starts with dashes: a title may.
                    if (i + 1 >= words.size())
                        return Error::badInput(option, tr("a value is missing."));
                    value = words.at(++i);
                }
                parsed.set(name, value);
            } else {
                return Error::badInput(option, tr("unknown option."));
            }
        }
        return parsed;
    }
};

} // namespace

Result<ParsedArgs> parseArgs(const QStringList &words, const OptionSpec &spec)
{
    return Args::parse(words, spec);
}

} // namespace capacita::cli
