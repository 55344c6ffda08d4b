#pragma once

#include <QtGlobal>

#include <functional>

// How long work reports progress: called now and then with what is done of the total
// (total 0 when unknown). Returning false asks the work to stop; it then rolls back and
// returns an error saying it was cancelled.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
