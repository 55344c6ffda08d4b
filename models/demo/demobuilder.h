#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "demogenerator.h"

class Database;

// Fills an empty store with the demo world: the customer tree, the retail rate deck and the
// generated calls. The calls go in without secondary indexes, which are built afterwards
// (several times faster than keeping them up to date row by row).
namespace DemoBuilder {

// Returns the number of calls written. Refuses a store that already holds calls. On failure or
// cancel nothing of the demo is left in the store.
Result<qint64> build(Database &database, const DemoOptions &options, const ProgressCallback &progress = {});

} // namespace DemoBuilder
