#pragma once

#include "dashboarddata.h"

#include "core/result.h"
#include "store/callfilter.h"
#include "store/sqlfragment.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <functional>

class Database;

// Computes the dashboard of one filter on one connection, a part at a time, each in SQL:
// - Timeline: one GROUP BY over half-hour buckets of `start` and status, rolled up here into
//   the local hours or days of the display zone, ASR/ACD per bucket and the weekday × hour grid
//   (half hours, so zones with half-hour offsets are exact too);
// - Concurrency: a sweep over the filtered calls in start order with a heap of end times, so
//   the peak of every bucket costs O(n log c) for n calls and c at once (`[start, end)`, every
//   status: a ringing call holds a channel too);
// - Destinations: GROUP BY called country, region and currency;
// - Customers: GROUP BY scustomer and currency, plus the resellers' charges of those calls.
// The filter's WHERE is CallStore's, so the dashboard and the grid always agree.
class DashboardQuery
{
public:
    enum Part { Timeline = 1, Concurrency = 2, Destinations = 4, Customers = 8 };
    static constexpr int AllParts = Timeline | Concurrency | Destinations | Customers;
    static constexpr int PartCount = 4;

    DashboardQuery(Database &database, const QTimeZone &zone);

    // Adds `part` to `data` (Concurrency needs the Timeline's buckets first).
    Result<void> compute(Part part, const CallFilter &filter, DashboardData &data);
    // All parts in order; `step` as given, or chosen by the range when unset.
    Result<DashboardData> computeAll(const CallFilter &filter, std::optional<TimeStep> step = {});

    // Hours for a range of up to three days, days beyond.
    [[nodiscard]] static TimeStep stepFor(qint64 from, qint64 to);
    // The local hours or days of `zone` that cover [from, to), as [start, end) in UTC.
    [[nodiscard]] static QList<TimeBucket> buckets(qint64 from, qint64 to, TimeStep step, const QTimeZone &zone);

    // The step used by the next Timeline computation (unset = stepFor the range).
    void setStep(std::optional<TimeStep> step) { m_step = step; }
    // Whether the roll-ups answer the filters they can (default); off, every part reads the calls.
    void setUseRollups(bool use) { m_useRollups = use; }
    // True when the roll-ups answer `filter` exactly: it has no condition but its time range
    // and the archived flag.
    [[nodiscard]] bool rollupsAnswer(const CallFilter &filter) const;

private:
    // One grouped statement of a part: over the calls (`calls` appends the filter's WHERE) and
    // over its roll-up, with the same columns: the keys, then the sums.
    struct Grouping
    {
        std::function<SqlFragment(const SqlFragment &where)> calls;
        QString rollup;
        qint64 granule;
        QStringList keys;
        QStringList sums;
        QString doing;
    };
    // Runs `grouping` for `filter` and calls `row` for each group. A group may come more than
    // once (from the roll-up and from the calls at the ends of the range): add them up.
    Result<void> forEachGroup(const CallFilter &filter, const Grouping &grouping,
                              const std::function<void(const QSqlQuery &)> &row);
    Result<void> timeline(const CallFilter &filter, DashboardData &data);
    Result<void> concurrency(const CallFilter &filter, DashboardData &data);
    Result<void> destinations(const CallFilter &filter, DashboardData &data);
    Result<void> customers(const CallFilter &filter, DashboardData &data);

    Database &m_database;
    QTimeZone m_zone;
    std::optional<TimeStep> m_step;
    bool m_useRollups = true;
};
