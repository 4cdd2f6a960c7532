#include "importing/namematch.h"

#include <QVarLengthArray>

#include <algorithm>

namespace capacita::namematch {

QString fold(const QString &text)
{
    // Most names are plain ASCII: only the others need the (slow) Unicode decomposition.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u == u'\'' || u == u'.' || u == u'\u2019' || u == u'`' || u == u'\u00B4')
            continue;
        // ASCII is answered without the Unicode tables: a search folds everybody's names.
        const bool plain = u < 0x80;
        if (!plain && c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool upper = u >= u'A' && u <= u'Z';
        if (plain ? upper || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') : c.isLetterOrNumber()) {
            out += plain ? QChar(upper ? char16_t(u - u'A' + u'a') : u) : c.toLower();
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QStringList words(const QString &text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

QString givenKey(const QString &givenNames)
{
    return words(givenNames).join(QString());
}

QString familyKey(const QString &familyNames)
{
    QStringList w = words(familyNames);
    std::sort(w.begin(), w.end());
    return w.join(QString());
}

QString nameKey(const QString &givenNames, const QString &familyNames)
{
    return givenKey(givenNames) + u'|' + familyKey(familyNames);
}

Names names(const QString &givenNames, const QString &familyNames)
{
    // As givenKey and words, with fewer copies: a search folds everybody's names.
    Names n;
    n.given = fold(givenNames).remove(u' ');
    n.family = words(familyNames);
    QStringList sorted = n.family;
    std::sort(sorted.begin(), sorted.end());
    n.key.reserve(n.given.size() + 1 + familyNames.size());
    n.key += n.given;
    n.key += u'|';
    for (const QString &word : std::as_const(sorted))
        n.key += word;
    return n;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const int big = limit + 1;
    if (std::abs(n - m) > limit)
        return big;
    // Three rows of the OSA table, each computed only in the diagonal band |i - j| <= limit:
    // cells outside it cannot be <= limit, so two 10,000-letter names cost 10,000 x 5 cells,
    // not 10,000 x 10,000. The cells just outside the band are set to `big` for the next row.
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(std::min<qsizetype>(j, big));
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype lo = std::max<qsizetype>(1, i - limit);
        const qsizetype hi = std::min<qsizetype>(m, i + limit);
        cur[0] = int(std::min<qsizetype>(i, big));
        cur[lo - 1] = lo == 1 ? cur[0] : big;
        if (hi < m)
            cur[hi + 1] = big;
        int rowMin = cur[0];
        for (qsizetype j = lo; j <= hi; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = std::min(v, big);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return big;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], big);
}

int nameDistance(const Names &a, const Names &b, int limit)
{
    if (a.key == b.key)
        return 0;
    int best = editDistance(a.key, b.key, limit);
    if (best <= 1 || (a.family.size() < 2 && b.family.size() < 2))
        return best;
    const QString left = a.given + u'|' + a.family.join(QString());
    QStringList family = b.family;
    for (int turn = 0; turn < 2 && best > 0; ++turn) {
        const QString right = b.given + u'|' + family.join(QString());
        best = std::min(best, editDistance(left, right, limit));
        std::reverse(family.begin(), family.end());
    }
    return best;
}

Facts facts(const Participant &p)
{
    const QString dni = p.dni();
    return { dni, p.sex, qHash(dni), qHash(p.sex), p.sex != u"unknown", p.birthYear.value_or(0) };
}

bool conflicting(const Participant &a, const Participant &b)
{
    return conflicting(facts(a), facts(b));
}

std::optional<Evidence> evidence(const Participant &a, const Names &namesA, const Participant &b, const Names &namesB)
{
    if (a.id == b.id && !a.id.isEmpty())
        return std::nullopt;
    return evidence(facts(a), namesA, facts(b), namesB);
}

std::optional<Evidence> evidence(const Facts &a, const Names &namesA, const Facts &b, const Names &namesB)
{
    Evidence e;
    e.sameDni = a.sameDni(b);
    if (!e.sameDni && conflicting(a, b))
        return std::nullopt;
    e.distance = nameDistance(namesA, namesB, kMaxEdits);
    if (e.distance > kMaxEdits && !e.sameDni)
        return std::nullopt;
    e.sameSex = a.sexKnown && b.sexKnown && a.sex == b.sex;
    e.sameBirthYear = a.birthYear && b.birthYear && a.birthYear == b.birthYear;
    if (e.sameDni)
        e.reasons << QStringLiteral("same_dni");
    if (e.distance == 0)
        e.reasons << QStringLiteral("same_names");
    else if (e.distance <= kMaxEdits)
        e.reasons << (e.distance == 1 ? QStringLiteral("names_1_edit") : QStringLiteral("names_2_edits"));
    if (e.sameSex)
        e.reasons << QStringLiteral("same_sex");
    else
        e.reasons << QStringLiteral("sex_unknown");
    if (e.sameBirthYear)
        e.reasons << QStringLiteral("same_birth_year");
    else
        e.reasons << QStringLiteral("birth_year_missing");
    if (!e.sameDni && (a.dni.isEmpty() || b.dni.isEmpty()))
        e.reasons << QStringLiteral("dni_missing");
    return e;
}

} // namespace capacita::namematch
