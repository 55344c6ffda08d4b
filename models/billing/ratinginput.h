#pragma once

#include "core/callrecord.h"
#include "core/result.h"
#include "store/callfilter.h"

#include <functional>

class Database;

// The calls of a filter in start order (ties by id) with only the fields rating reads: id,
// start, talk time, status, the called number as dialled and in E.164, the calling customer and
// the invoice. Read a page at a time by keyset on (start, id) through one prepared statement,
// so any backend streams millions of calls in bounded memory and nothing else is converted.
// The filter's limit and offset are honoured; its sort is not (rating is always by start).
class RatingInput
{
public:
    RatingInput(Database &database, CallFilter filter, int pageSize = 10000);

    // Visits the calls until `visit` returns false; returns how many were visited. Only the
    // fields above are set. `visit` may write on the same connection (a rating run does).
    [[nodiscard]] Result<qint64> forEach(const std::function<bool(const CallRecord &)> &visit);

private:
    Database &m_database;
    CallFilter m_filter;
    int m_pageSize;
};
