#pragma once

// Synthetic programme data for the benchmarks, deterministic by seed: the same size and seed
// give the same rows (ids, names, DNIs, marks) on every machine.
//
// Shape: every person takes part in two trainings of about 25 people; a training has
// sessions enough to reach the requested number of attendance marks; 85% of participations
// carry a pre and a post test; 2% of the people are a probable duplicate of an earlier one
// (same names with or without accents, same birth year, no DNI); ten departments.

#include "domain/result.h"

#include <QString>

#include <cstdint>

namespace capacita {
class Store;
}

namespace capacita::bench {

struct DatasetSize
{
    int participants = 50000;
    qint64 attendance = 1000000; // marks wanted; the result is the nearest multiple of 2 × participants
    std::uint64_t seed = 1;
};

struct DatasetCounts
{
    qint64 participants = 0, trainings = 0, sessions = 0, enrollments = 0, attendance = 0, scores = 0;
    qint64 total() const { return participants + trainings + sessions + enrollments + attendance + scores; }
};

// Writes the dataset into `store` in one transaction through SyncStore (the bulk path sync
// import uses), every field stamped by this laptop as if typed in.
Result<DatasetCounts> generateDataset(Store &store, const DatasetSize &size);

// A roster file as programme staff send them (semicolon separated, Spanish headers, dd/mm/yyyy
// dates): `rows` lines in trainings of 25, people recurring across trainings, some without DNI.
Status writeRosterCsv(const QString &path, int rows, std::uint64_t seed = 1);

// The peak resident set of this process so far (VmHWM), in MB.
double peakRssMb();
// The resident set of this process now (VmRSS), in MB.
double rssMb();

} // namespace capacita::bench
