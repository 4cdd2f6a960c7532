#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "importing/namematch.h"

#include <QJsonObject>
#include <QList>

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
    // Remembers that a and b are two people (both must be live participants).
    Status dismiss(const QString &a, const QString &b);

private:
    QList<DuplicatePair> scan(const QString &only);

    Store &m_store;
};

} // namespace capacita
