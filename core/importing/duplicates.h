#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "importing/namematch.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace capacita {

class Store;

// Two live records that may be one person, with why.
struct DuplicatePair
{
    Participant a; // the smaller id, so a pair always reads the same way
    Participant b;
    namematch::Evidence evidence;

    QJsonObject toJson() const;
};

// Probable duplicates over the whole participant table, by the same rules as the roster
// import (namematch::evidence): same DNI; or no conflicting DNI, sex or birth year and names
// equal or one or two edits apart. Pairs marked "not the same person" are never proposed again.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Store &store)
        : m_store(store)
    {
    }

    // Strongest first: same DNI, then fewer edits, then same birth year and sex.
    QList<DuplicatePair> find();
    QList<DuplicatePair> findFor(const QString &participantId);
    // How many pairs find() returns. The number is kept in the database (local_settings)
    // with the version of the people and dismissals it was counted on
    // (DuplicateRepository::peopleVersion), so reports and the window's counter do not
    // search 50,000 people again while nobody changed; any change makes it count afresh.
    qsizetype count();
    // The kept number, when it is still that of the people now stored.
    std::optional<qsizetype> cachedCount();
    // Remembers that a and b are two people (both must be live participants).
    Status dismiss(const QString &a, const QString &b);

private:
    // The pairs with only their people's ids filled in; nullopt when the people could not
    // be read.
    std::optional<QList<DuplicatePair>> scan(const QString &only);
    QList<DuplicatePair> withWholeRecords(std::optional<QList<DuplicatePair>> pairs);
    std::optional<qsizetype> keptCount(const QString &version);

    Store &m_store;
};

} // namespace capacita
