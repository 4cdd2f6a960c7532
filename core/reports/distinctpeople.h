#pragma once

#include "reports/indicators.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>
#include <vector>

namespace capacita::reports {

// How many different people each key of one disaggregation has (a person who completed
// two trainings in Cusco counts once for Cusco). Every disaggregation is filled from one
// read of the completed participations: a count(DISTINCT person) query per dimension sorted
// the same rows again each time, and was most of a report's figures.
class DistinctPeople
{
public:
    // `key` as SQLite holds text (UTF-8). A dimension has few keys, and consecutive rows
    // mostly repeat one, so keys are looked up in a list, the last one first.
    void add(QByteArrayView key, qint64 person);
    // Every key met, in key order, with its number of different people.
    QList<Count> counts() const;
    // Fills `into` (the known keys, in their order): a key it does not list is added at the
    // end rather than lost.
    void fill(QList<Count> &into) const;

private:
    QList<QByteArray> m_keys;
    int m_last = -1;
    std::vector<std::pair<int, qint64>> m_pairs; // (key, person), repeats included
};

} // namespace capacita::reports
