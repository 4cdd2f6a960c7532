#pragma once

#include "domain/result.h"

namespace capacita {

class Store;

// A small, realistic example to try the program with: two trainings (Cusco and Iquitos),
// their sessions, twelve people, attendance marks and pre/post test scores. The same data as
// tools/demo-data writes through capacita-cli, here for the first-run wizard. All or nothing.
struct ExampleDataCounts
{
    int trainings = 0;
    int participants = 0;
};
Result<ExampleDataCounts> addExampleData(Store &store);

} // namespace capacita
