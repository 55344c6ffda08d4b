#pragma once

#include "callfilter.h"
#include "core/callrecord.h"
#include "core/result.h"
#include "filtersql.h"
#include "sqlfragment.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

#include <functional>

class Database;

// The position of a row in a sort order: its sort value and id (ties broken by id).
struct SortCursor
{
    QVariant value;
    qint64 id = 0;
};

// A window of rows in the filter's order. `from` starts the walk at a known row (after it, or
// at it when `inclusive`); `skip` rows are passed over first. `backwards` walks from the other
// end (the rows still come back in the filter's order), so the last page is as cheap as the first.
struct PageRequest
{
    std::optional<SortCursor> from;
    bool inclusive = false;
    qint64 skip = 0;
    int limit = 100;
    bool backwards = false;
};

// Aggregates of a filtered set, computed by the database.
struct CallTotals
{
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 talkSeconds = 0;
    QMap<QString, Money> costByCurrency;
};

struct StoreInfo
{
    int schemaVersion = 0;
    qint64 calls = 0;
    qint64 archived = 0;
    qint64 customers = 0;
    qint64 rateDecks = 0;
    std::optional<qint64> firstStart;
    std::optional<qint64> lastStart;
    QMap<QString, qint64> callsBySource;
};

// Reads calls from a store: counts, totals and keyset-paged windows in a total order. Every
// statement's conditions, columns and order come from one FilterSql.
class CallStore
{
public:
    explicit CallStore(Database &database);

    Result<qint64> count(const CallFilter &filter);
    Result<CallTotals> totals(const CallFilter &filter);
    Result<QList<CallRecord>> page(const CallFilter &filter, const PageRequest &request);
    // The cursor of every `every`-th row (rows 0, every, 2·every …) of the filter's order, so
    // a window at any depth starts from an anchor and skips fewer than `every` rows.
    Result<QList<SortCursor>> anchors(const CallFilter &filter, int every);
    // Visits the filter's rows in order (honouring its limit and offset) a page at a time,
    // until `visit` returns false. Returns how many rows were visited.
    Result<qint64> forEach(const CallFilter &filter,
                           const std::function<bool(const CallRecord &)> &visit, int pageSize = 5000);
    Result<StoreInfo> info();

    static SortCursor cursorOf(const CallRecord &record, CallField sortField);

    const FilterSql &filterSql() const { return m_sql; }
    // The statements count() and page() run, for benchmarks and plans.
    SqlFragment countQuery(const CallFilter &filter) const;
    SqlFragment pageQuery(const CallFilter &filter, const PageRequest &request);

private:
    // How SQLite is to read a page (see pagePlan()); the servers plan from statistics.
    enum class PagePlan { Planner, WalkSortIndex, SortMatches };
    PagePlan pagePlan(const CallFilter &filter);

    Database &m_database;
    FilterSql m_sql;
    QHash<QByteArray, PagePlan> m_plans;  // by the filter as JSON
};
