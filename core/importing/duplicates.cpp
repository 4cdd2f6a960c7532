#include "importing/duplicates.h"

#include "domain/json.h"
#include "importing/nameblocks.h"
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

std::optional<QList<DuplicatePair>> DuplicateFinder::scan(const QString &only)
{
    // Only what tells people apart is read, person by person, and kept folded: find()
    // reads the whole records of the people it pairs, count() none.
    std::vector<QString> ids;
    std::vector<namematch::Names> names;
    // Most pairs met are refused for two different DNIs, sexes or birth years: decided here
    // from facts taken once per person, before anything else is built for the pair.
    std::vector<namematch::Facts> facts;
    NameBlockTable blocks;
    std::vector<int> withDni;
    int onlyIndex = -1;
    const Status read = m_store.participants().forEachIdentity([&](const Participant &p) {
        const int i = int(ids.size());
        if (!only.isEmpty() && p.id == only)
            onlyIndex = i;
        ids.push_back(p.id);
        names.push_back(namematch::names(p.givenNames, p.familyNames));
        facts.push_back(namematch::facts(p));
        blocks.file(names.back());
        if (!facts.back().dni.isEmpty())
            withDni.push_back(i);
    });
    if (!read)
        return std::nullopt;
    if (!only.isEmpty() && onlyIndex < 0)
        return QList<DuplicatePair>();
    const int people = int(ids.size());
    blocks.seal();
    const QSet<QString> dismissed = DuplicateRepository(m_store.db()).dismissedPairs();
    // The blocks and the DNI groups can meet one pair more than once; it is kept the first
    // time it qualifies. Only kept pairs are remembered: a set of every pair met (millions
    // at 50,000 people with common surnames) was most of the time of a search, and its keys
    // most of the memory. The evidence is checked first, the dismissals only for a real pair.
    QSet<quint64> kept;
    QList<DuplicatePair> pairs;
    auto consider = [&](int i, int j) {
        const namematch::Facts &fi = facts[size_t(i)];
        const namematch::Facts &fj = facts[size_t(j)];
        if (!fi.sameDni(fj) && namematch::conflicting(fi, fj))
            return;
        const quint64 pairId = i < j ? (quint64(i) << 32 | quint32(j)) : (quint64(j) << 32 | quint32(i));
        if (kept.contains(pairId))
            return;
        auto e = namematch::evidence(facts[size_t(i)], names[size_t(i)], facts[size_t(j)], names[size_t(j)]);
        if (!e || dismissed.contains(DuplicateRepository::pairKey(ids[size_t(i)], ids[size_t(j)])))
            return;
        kept.insert(pairId);
        DuplicatePair pair { {}, {}, *std::move(e) };
        const bool iFirst = ids[size_t(i)] < ids[size_t(j)];
        pair.a.id = ids[size_t(iFirst ? i : j)];
        pair.b.id = ids[size_t(iFirst ? j : i)];
        pairs.append(std::move(pair));
    };
    QList<int> near;
    for (int i = 0; i < people; ++i) {
        if (onlyIndex >= 0 && i != onlyIndex)
            continue;
        // Order does not matter: a pair's verdict is its own, and the pairs are sorted below.
        using Which = NameBlockTable::Which;
        blocks.candidates(i, onlyIndex >= 0 ? Which::All : Which::After, near);
        for (const int j : std::as_const(near))
            consider(i, j);
    }
    // Records sharing a DNI (two laptops may each have created one) whatever their names:
    // side by side once sorted by DNI.
    std::sort(withDni.begin(), withDni.end(), [&facts](int l, int r) {
        const namematch::Facts &a = facts[size_t(l)];
        const namematch::Facts &b = facts[size_t(r)];
        return a.dniHash != b.dniHash ? a.dniHash < b.dniHash : a.dni < b.dni;
    });
    for (size_t x = 0; x < withDni.size(); ++x) {
        for (size_t y = x + 1; y < withDni.size() && facts[size_t(withDni[x])].sameDni(facts[size_t(withDni[y])]); ++y) {
            if (onlyIndex < 0 || withDni[x] == onlyIndex || withDni[y] == onlyIndex)
                consider(withDni[x], withDni[y]);
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

QList<DuplicatePair> DuplicateFinder::withWholeRecords(std::optional<QList<DuplicatePair>> pairs)
{
    if (!pairs)
        return {};
    QHash<QString, std::optional<Participant>> whole;
    auto read = [&](const QString &id) {
        auto at = whole.constFind(id);
        if (at == whole.cend()) {
            auto p = m_store.participants().get(id);
            at = whole.insert(id, p ? std::optional<Participant>(*p) : std::nullopt);
        }
        return *at; // a copy: the next read may grow `whole`
    };
    // A person deleted since the search (by another program on the file) pairs with nobody.
    QList<DuplicatePair> out;
    out.reserve(pairs->size());
    for (DuplicatePair &pair : *pairs) {
        const std::optional<Participant> a = read(pair.a.id);
        const std::optional<Participant> b = read(pair.b.id);
        if (a && b)
            out.append({ *a, *b, std::move(pair.evidence) });
    }
    return out;
}

QList<DuplicatePair> DuplicateFinder::find()
{
    return withWholeRecords(scan({}));
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
    const auto pairs = scan({});
    if (!pairs)
        return 0; // nothing could be read: nothing is kept either
    const qsizetype n = pairs->size();
    // Only a help: a file opened read-only or busy means the next count searches again.
    if (!version.isEmpty())
        (void)m_store.db().setSetting(kCountKey, kRules + u':' + version + u'=' + QString::number(n));
    return n;
}

QList<DuplicatePair> DuplicateFinder::findFor(const QString &participantId)
{
    return withWholeRecords(scan(participantId));
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
