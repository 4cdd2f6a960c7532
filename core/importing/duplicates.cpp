#include "importing/duplicates.h"

#include "domain/json.h"
#include "importing/peopleindex.h"
#include "storage/duplicaterepository.h"
#include "storage/store.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
struct DuplicateFinderText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::DuplicateFinder)
};
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
    PeopleIndex people;
    QHash<QString, QList<int>> byDni;
    for (const Participant &p : m_store.participants().list()) {
        const int i = people.add(p);
        if (!p.dni().isEmpty())
            byDni[p.dni()].append(i);
    }
    const QSet<QString> dismissed = DuplicateRepository(m_store.db()).dismissedPairs();
    QSet<QString> seen;
    QList<DuplicatePair> pairs;
    auto consider = [&](int i, int j) {
        const PeopleIndex::Person &x = people.at(i);
        const PeopleIndex::Person &y = people.at(j);
        const QString key = DuplicateRepository::pairKey(x.p.id, y.p.id);
        if (dismissed.contains(key) || seen.contains(key))
            return;
        seen.insert(key);
        if (auto e = namematch::evidence(x.p, x.names, y.p, y.names)) {
            const bool xFirst = x.p.id < y.p.id;
            pairs.append({ xFirst ? x.p : y.p, xFirst ? y.p : x.p, *e });
        }
    };
    const int onlyIndex = only.isEmpty() ? -1 : people.byId(only);
    if (!only.isEmpty() && onlyIndex < 0)
        return {};
    for (int i = 0; i < people.size(); ++i) {
        if (onlyIndex >= 0 && i != onlyIndex)
            continue;
        for (const int j : people.nearCandidates(i)) {
            if (onlyIndex >= 0 || j > i)
                consider(i, j);
        }
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
