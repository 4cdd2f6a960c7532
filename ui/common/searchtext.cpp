#include "common/searchtext.h"

#include <QStringList>

namespace capacita {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded().simplified();
}

QString displayPlaceName(const QString &upperCaseName)
{
    static const QStringList smallWords{QStringLiteral("de"), QStringLiteral("del"),
                                        QStringLiteral("la"), QStringLiteral("las"),
                                        QStringLiteral("los"), QStringLiteral("y"),
                                        QStringLiteral("el")};
    QStringList words = upperCaseName.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (i > 0 && smallWords.contains(w))
            continue;
        w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace capacita
