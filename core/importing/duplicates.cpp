#include "importing/duplicates.h"

#include "domain/json.h"
#include "importing/peopleindex.h"
#include "storage/duplicaterepository.h"
#include "storage/store.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
struct DuplicateFinderText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::DuplicateFinder)
};

// local_settings key of the kept count: "<rules>:<people version>=<pairs>". The rules part
// changes whenever the finder's rules do, so a new program never reads an old count.
const QString kCountKey = u"duplicate_pair_count"_s;
const QString kRules = u"rules1"_s;
} // namespace

QJsonObject DuplicatePair::toJson() const
{
    return {
        { u"a"_s, capacita::toJson(a) },
        { u"b"_s, capacita::toJson(b) },
        { u"evidence"_s,
            QJsonObject {
                { u"reasons"_s, QJsonArray::fromStringList(evidence.reasons) },
                { u"name_edits"_s, evidence.distance },
                { u"same_dni"_s, evidence.sameDni },
                { u"same_sex"_s, evidence.sameSex },
                { u"same_birth_year"_s, evidence.sameBirthYear },
            } },
    };
}

QList<DuplicatePair> DuplicateFinder::scan(const QString &only)
{
    const QList<Participant> everybody = m_store.participants().list();
    PeopleIndex people;
    people.reserve(everybody.size());
    QHash<QString, QList<int>> byDni;
    for (const Participant &p : everybody) {
        const int i = people.add(p);
        if (!p.dni().isEmpty())
            byDni[p.dni()].append(i);
    }
    const QSet<QString> dismissed = DuplicateRepository(m_store.db()).dismissedPairs();
    // The blocks and the DNI groups can meet one pair more than once; it is kept the first
    // time it qualifies. Only kept pairs are remembered: a set of every pair met (millions
    // at 50,000 people with common surnames) was most of the time of a search, and its keys
    // most of the memory. The evidence is checked first, the dismissals only for a real pair.
    QSet<quint64> kept;
    QList<DuplicatePair> pairs;
    // Most pairs met are refused for two different DNIs, sexes or birth years: decided here
    // from facts taken once per person, before anything else is built for the pair.
    std::vector<namematch::Facts> facts;
    facts.reserve(std::size_t(people.size()));
    for (int i = 0; i < people.size(); ++i)
        facts.push_back(namematch::facts(people.at(i).p));
    auto consider = [&](int i, int j) {
        const namematch::Facts &fi = facts[std::size_t(i)];
        const namematch::Facts &fj = facts[std::size_t(j)];
        const bool sameDni = !fi.dni.isEmpty() && fi.dni == fj.dni;
        if (!sameDni && namematch::conflicting(fi, fj))
            return;
        const quint64 pairId = i < j ? (quint64(i) << 32 | quint32(j)) : (quint64(j) << 32 | quint32(i));
        if (kept.contains(pairId))
            return;
        const PeopleIndex::Person &x = people.at(i);
        const PeopleIndex::Person &y = people.at(j);
        auto e = namematch::evidence(x.p, x.names, y.p, y.names);
        if (!e || dismissed.contains(DuplicateRepository::pairKey(x.p.id, y.p.id)))
            return;
        kept.insert(pairId);
        const bool xFirst = x.p.id < y.p.id;
        pairs.append({ xFirst ? x.p : y.p, xFirst ? y.p : x.p, *e });
    };
    const int onlyIndex = only.isEmpty() ? -1 : people.byId(only);
    if (!only.isEmpty() && onlyIndex < 0)
        return {};
    QList<int> near;
    for (int i = 0; i < people.size(); ++i) {
        if (onlyIndex >= 0 && i != onlyIndex)
            continue;
        // Order does not matter: a pair's verdict is its own, and the pairs are sorted below.
        people.nearCandidatesUnordered(i, onlyIndex >= 0 ? -1 : i, near);
        for (const int j : std::as_const(near))
            consider(i, j);
    }
    // Records sharing a DNI (two laptops may each have created one) whatever their names.
    for (const QList<int> &group : std::as_const(byDni)) {
        for (qsizetype x = 0; x < group.size(); ++x) {
            for (qsizetype y = x + 1; y < group.size(); ++y) {
                if (onlyIndex < 0 || group.at(x) == onlyIndex || group.at(y) == onlyIndex)
                    consider(group.at(x), group.at(y));
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &l, const DuplicatePair &r) {
        auto rank = [](const DuplicatePair &p) {
            return std::make_tuple(
                !p.evidence.sameDni, p.evidence.distance, !p.evidence.sameBirthYear, !p.evidence.sameSex);
        };
        if (rank(l) != rank(r))
            return rank(l) < rank(r);
        return std::make_pair(l.a.id, l.b.id) < std::make_pair(r.a.id, r.b.id);
    });
    return pairs;
}

QList<DuplicatePair> DuplicateFinder::find()
{
    return scan({});
}

std::optional<qsizetype> DuplicateFinder::keptCount(const QString &version)
{
    if (version.isEmpty())
        return std::nullopt;
    const QString kept = m_store.db().setting(kCountKey);
    const qsizetype at = kept.lastIndexOf(u'=');
    if (at < 0 || QStringView(kept).left(at) != QString(kRules + u':' + version))
        return std::nullopt;
    bool ok = false;
    const qsizetype n = QStringView(kept).mid(at + 1).toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qsizetype>(n) : std::nullopt;
}

std::optional<qsizetype> DuplicateFinder::cachedCount()
{
    return keptCount(DuplicateRepository(m_store.db()).peopleVersion());
}

qsizetype DuplicateFinder::count()
{
    // The version is read before the people: if someone writes in between, the count is
    // filed under the older version, which no longer matches, and is simply counted again.
    const QString version = DuplicateRepository(m_store.db()).peopleVersion();
    if (const auto kept = keptCount(version))
        return *kept;
    const qsizetype n = find().size();
    // Only a help: a file opened read-only or busy means the next count searches again.
    if (!version.isEmpty())
        (void)m_store.db().setSetting(kCountKey, kRules + u':' + version + u'=' + QString::number(n));
    return n;
}

QList<DuplicatePair> DuplicateFinder::findFor(const QString &participantId)
{
    return scan(participantId);
}

Status DuplicateFinder::dismiss(const QString &a, const QString &b)
{
    if (a == b)
        return Error::badInput(
            QStringLiteral("id"), DuplicateFinderText::tr("a record cannot be a duplicate of itself."));
    for (const QString &id : { a, b }) {
        if (auto p = m_store.participants().get(id); !p)
            return p.error();
    }
    return DuplicateRepository(m_store.db()).dismiss(a, b);
}

} // namespace capacita
