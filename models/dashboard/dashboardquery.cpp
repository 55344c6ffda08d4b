#include "dashboardquery.h"

#include "store/callstore.h"
#include "store/rollups.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HalfHour = 1800;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
// A timeline longer than this with open ends follows the data instead of the filter's bounds.
constexpr qint64 LongestBoundedRange = 2 * 366 * Day;

// SUM of BIGINT is NUMERIC on PostgreSQL and DECIMAL on MariaDB: read it as text.
qint64 sumOf(const QSqlQuery &query, int column)
{
    return query.value(column).toString().toLongLong();
}

} // namespace

DashboardQuery::DashboardQuery(Database &database, const QTimeZone &zone)
    : m_database(database)
    , m_zone(zone)
{
}

TimeStep DashboardQuery::stepFor(qint64 from, qint64 to)
{
    return to - from <= 3 * Day ? TimeStep::Hour : TimeStep::Day;
}

QList<TimeBucket> DashboardQuery::buckets(qint64 from, qint64 to, TimeStep step, const QTimeZone &zone)
{
    QList<TimeBucket> list;
    if (to <= from)
        return list;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(from, zone);
    if (step == TimeStep::Hour) {
        // Local hours start every 3600 s of UTC, also across DST changes (which shift whole hours
        // or half hours: a half-hour zone's hours start at :30 UTC).
        const qint64 first = QDateTime(local.date(), QTime(local.time().hour(), 0), zone).toSecsSinceEpoch();
        for (qint64 start = first; start < to; start += Hour)
            list.append({start, start + Hour});
        return list;
    }
    for (QDate date = local.date();; date = date.addDays(1)) {
        const qint64 start = date.startOfDay(zone).toSecsSinceEpoch();
        if (start >= to)
            break;
        list.append({start, date.addDays(1).startOfDay(zone).toSecsSinceEpoch()});
    }
    return list;
}

Result<DashboardData> DashboardQuery::computeAll(const CallFilter &filter, std::optional<TimeStep> step)
{
    setStep(step);
    DashboardData data;
    for (Part part : {Timeline, Concurrency, Destinations, Customers}) {
        if (auto ok = compute(part, filter, data); !ok)
            return Error{ok.error()};
    }
    return data;
}

Result<void> DashboardQuery::compute(Part part, const CallFilter &filter, DashboardData &data)
{
    Result<void> result;
    switch (part) {
    case Timeline:
        result = timeline(filter, data);
        break;
    case Concurrency:
        result = concurrency(filter, data);
        break;
    case Destinations:
        result = destinations(filter, data);
        break;
    case Customers:
        result = customers(filter, data);
        break;
    }
    if (result)
        data.done |= part;
    return result;
}

Result<void> DashboardQuery::timeline(const CallFilter &filter, DashboardData &data)
{
    const SqlDialect &d = m_database.dialect();
    const QString start = d.quote(u"start");
    struct HalfHourRow
    {
        qint64 start;
        QString status;
        qint64 calls;
        qint64 talkSeconds;
    };
    std::vector<HalfHourRow> rows;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const Grouping grouping{
        [&](const SqlFragment &where) {
            SqlFragment sql{u"SELECT "_s + start + u" - "_s + start + u" % 1800, "_s + d.quote(u"status") + u", COUNT(*), SUM("_s
                                + d.quote(u"talktime") + u") FROM "_s + d.quote(u"calls"),
                            {}};
            sql += where;
            sql.sql += u" GROUP BY 1, 2"_s;
            return sql;
        },
        u"rollup_halfhours"_s, Rollups::HalfHour, {u"slot"_s, u"status"_s}, {u"calls"_s, u"talktime"_s},
        QCoreApplication::translate("DashboardQuery", "Adding up calls per half hour")};
    const auto ok = forEachGroup(filter, grouping, [&](const QSqlQuery &query) {
        rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(), sumOf(query, 3)});
        first = qMin(first, rows.back().start);
        last = qMax(last, rows.back().start + HalfHour);
    });
    if (!ok)
        return ok;

    data.timeline.clear();
    data.weekdayHour.fill(0);
    if (rows.empty() && !(filter.start && filter.end))
        return {};
    qint64 from = filter.start.value_or(first);
    qint64 to = filter.end.value_or(last);
    if (!rows.empty() && to - from > LongestBoundedRange) {
        from = qMax(from, first);
        to = qMin(to, last);
    }
    data.step = m_step.value_or(stepFor(from, to));
    data.timeline = buckets(from, to, data.step, m_zone);
    for (const HalfHourRow &row : rows) {
        const int index = data.bucketAt(row.start);
        if (index >= 0) {
            TimeBucket &bucket = data.timeline[index];
            bucket.callsByStatus[row.status] += row.calls;
            bucket.calls += row.calls;
            if (row.status == u"answer")
                bucket.answered += row.calls;
            bucket.talkSeconds += row.talkSeconds;
        }
        const QDateTime local = QDateTime::fromSecsSinceEpoch(row.start, m_zone);
        data.weekdayHour[(local.date().dayOfWeek() - 1) * 24 + local.time().hour()] += row.calls;
    }
    return {};
}

Result<void> DashboardQuery::concurrency(const CallFilter &filter, DashboardData &data)
{
    const SqlDialect &d = m_database.dialect();
    const QString start = d.quote(u"start");
    SqlFragment sql{u"SELECT "_s + start + u", "_s + d.quote(u"end") + u" FROM "_s + d.quote(u"calls"), {}};
    sql += CallStore(m_database).filterSql().where(filter);
    sql.sql += u" ORDER BY "_s + start;
    const QString doing = QCoreApplication::translate("DashboardQuery", "Counting concurrent calls");

    // The rows come straight from SQLite's statement where it can (a whole store is millions of
    // rows, and a QVariant per value doubles the time); from the driver on the servers.
    std::optional<SqliteStatement> direct;
    QSqlQuery query(m_database.connection());
    if (SqliteStatement::isAvailable(m_database)) {
        direct.emplace(m_database);
        if (auto ok = direct->prepare(sql, doing); !ok)
            return ok;
    } else if (auto ok = execute(query, sql, doing); !ok) {
        return ok;
    }
    qint64 callStart = 0;
    qint64 callEnd = 0;
    auto nextCall = [&]() -> Result<bool> {
        if (direct) {
            const Result<bool> row = direct->next();
            if (row && *row) {
                callStart = direct->integer(0);
                callEnd = direct->integer(1);
            }
            return row;
        }
        if (!query.next()) {
            if (query.lastError().isValid())
                return sqlError(doing, query.lastError());
            return false;
        }
        callStart = query.value(0).toLongLong();
        callEnd = query.value(1).toLongLong();
        return true;
    };

    // The ends of the calls in progress; a call is in progress over [start, end).
    std::priority_queue<qint64, std::vector<qint64>, std::greater<>> ends;
    auto endUntil = [&ends](qint64 time) {
        while (!ends.empty() && ends.top() <= time)
            ends.pop();
    };
    QList<TimeBucket> &buckets = data.timeline;
    int current = 0;
    // The level only rises at a start, so a bucket's peak is the level it opens with or the
    // level after one of its starts.
    auto enterBucket = [&](int index) {
        while (current < index) {
            ++current;
            endUntil(buckets[current].start);
            buckets[current].peakConcurrent = qint64(ends.size());
        }
    };
    for (TimeBucket &bucket : buckets)
        bucket.peakConcurrent = 0;
    for (;;) {
        const Result<bool> row = nextCall();
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        const int index = data.bucketAt(callStart);
        if (index < 0)
            continue;
        enterBucket(index);
        endUntil(callStart);
        if (callEnd > callStart)
            ends.push(callEnd);
        buckets[current].peakConcurrent = qMax(buckets[current].peakConcurrent, qint64(ends.size()));
    }
    if (!buckets.isEmpty())
        enterBucket(int(buckets.size()) - 1);
    data.peakConcurrent = 0;
    for (const TimeBucket &bucket : buckets)
        data.peakConcurrent = qMax(data.peakConcurrent, bucket.peakConcurrent);
    return {};
}

Result<void> DashboardQuery::destinations(const CallFilter &filter, DashboardData &data)
{
    const SqlDialect &d = m_database.dialect();
    const QStringList keys{u"cnumber_country"_s, u"cnumber_region"_s, u"currency"_s};
    const Grouping grouping{
        [&](const SqlFragment &where) {
            SqlFragment sql{u"SELECT "_s + d.quotedList(keys) + u", COUNT(*), SUM("_s + d.quote(u"talktime") + u"), SUM("_s
                                + d.quote(u"cost") + u") FROM "_s + d.quote(u"calls"),
                            {}};
            sql += where;
            sql.sql += u" GROUP BY 1, 2, 3"_s;
            return sql;
        },
        u"rollup_destinations"_s, Rollups::Day, keys, {u"calls"_s, u"talktime"_s, u"cost"_s},
        QCoreApplication::translate("DashboardQuery", "Adding up calls per destination")};
    QMap<std::tuple<QString, QString, QString>, DestinationTotal> totals;
    const auto ok = forEachGroup(filter, grouping, [&totals](const QSqlQuery &query) {
        DestinationTotal &total = totals[{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}];
        total.country = query.value(0).toString();
        total.region = query.value(1).toString();
        total.currency = query.value(2).toString();
        total.calls += query.value(3).toLongLong();
        total.talkSeconds += sumOf(query, 4);
        total.cost = Money::fromUnits(total.cost.units() + sumOf(query, 5));
    });
    if (!ok)
        return ok;
    data.destinations = totals.values();
    std::sort(data.destinations.begin(), data.destinations.end(), [](const DestinationTotal &a, const DestinationTotal &b) {
        return std::tie(b.talkSeconds, a.country, a.region, a.currency) < std::tie(a.talkSeconds, b.country, b.region, b.currency);
    });
    return {};
}

Result<void> DashboardQuery::customers(const CallFilter &filter, DashboardData &data)
{
    const SqlDialect &d = m_database.dialect();
    const SqlFragment where = CallStore(m_database).filterSql().where(filter);
    QSqlQuery query(m_database.connection());

    QHash<QString, QString> names;
    if (auto ok = execute(query, SqlFragment{u"SELECT "_s + d.quotedList({u"id"_s, u"name"_s}) + u" FROM "_s + d.quote(u"customers"), {}},
                          QCoreApplication::translate("DashboardQuery", "Reading customer names"));
        !ok)
        return ok;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());

    QMap<std::pair<QString, QString>, CustomerTotal> totals;
    auto totalOf = [&totals, &names](const QString &customer, const QString &currency) -> CustomerTotal & {
        CustomerTotal &total = totals[{customer, currency}];
        total.customer = customer;
        total.currency = currency;
        total.name = names.value(customer);
        return total;
    };

    const Grouping revenue{
        [&](const SqlFragment &where) {
            SqlFragment sql{u"SELECT "_s + d.quotedList({u"scustomer"_s, u"currency"_s}) + u", COUNT(*), SUM("_s
                                + d.quote(u"cost") + u") FROM "_s + d.quote(u"calls"),
                            {}};
            sql += where;
            sql.sql += u" GROUP BY 1, 2"_s;
            return sql;
        },
        u"rollup_customers"_s, Rollups::Day, {u"scustomer"_s, u"currency"_s}, {u"calls"_s, u"cost"_s},
        QCoreApplication::translate("DashboardQuery", "Adding up calls per customer")};
    if (auto ok = forEachGroup(filter, revenue, [&](const QSqlQuery &row) {
            CustomerTotal &total = totalOf(row.value(0).toString(), row.value(1).toString());
            total.calls += row.value(2).toLongLong();
            total.revenue = Money::fromUnits(total.revenue.units() + sumOf(row, 3));
        });
        !ok)
        return ok;

    // The resellers' charges, only when there are any: the join is a lookup per call.
    const QString charges = d.quote(u"call_charges");
    const QString role = d.quote(u"role");
    if (auto ok = execute(query, SqlFragment{u"SELECT 1 FROM "_s + charges + u" WHERE "_s + role + u" = 'reseller' LIMIT 1"_s, {}},
                          QCoreApplication::translate("DashboardQuery", "Looking for reseller charges"));
        !ok)
        return ok;
    const bool resellerCharges = query.next();
    query.finish();  // a forward-only result must be done before the next statement
    if (resellerCharges) {
        const Grouping cost{
            [&](const SqlFragment &where) {
                SqlFragment sql{u"SELECT c.sc, ch."_s + d.quote(u"currency") + u", COUNT(*), SUM(ch."_s + d.quote(u"cost")
                                    + u") FROM "_s + charges + u" ch JOIN (SELECT "_s + d.quote(u"id") + u" AS cid, "_s
                                    + d.quote(u"scustomer") + u" AS sc FROM "_s + d.quote(u"calls"),
                                {}};
                sql += where;
                sql.sql += u") c ON c.cid = ch."_s + d.quote(u"call_id") + u" WHERE ch."_s + role + u" = 'reseller' GROUP BY 1, 2"_s;
                return sql;
            },
            u"rollup_reseller"_s, Rollups::Day, {u"scustomer"_s, u"currency"_s}, {u"charges"_s, u"cost"_s},
            QCoreApplication::translate("DashboardQuery", "Adding up reseller charges per customer")};
        if (auto ok = forEachGroup(filter, cost, [&](const QSqlQuery &row) {
                CustomerTotal &total = totalOf(row.value(0).toString(), row.value(1).toString());
                total.cost = Money::fromUnits(total.cost.units() + sumOf(row, 3));
            });
            !ok)
            return ok;
    }
    data.customers = totals.values();
    std::sort(data.customers.begin(), data.customers.end(), [](const CustomerTotal &a, const CustomerTotal &b) {
        const qint64 ra = a.revenue.units();
        const qint64 rb = b.revenue.units();
        return std::tie(rb, a.customer, a.currency) < std::tie(ra, b.customer, b.currency);
    });
    return {};
}

bool DashboardQuery::rollupsAnswer(const CallFilter &filter) const
{
    if (!m_useRollups)
        return false;
    CallFilter rest = filter;
    rest.start.reset();
    rest.end.reset();
    rest.archive = true;
    return CallStore(m_database).filterSql().where(rest).sql.isEmpty();
}

Result<void> DashboardQuery::forEachGroup(const CallFilter &filter, const Grouping &grouping,
                                          const std::function<void(const QSqlQuery &)> &row)
{
    const qint64 g = grouping.granule;
    // Whole granules inside the range come from the roll-up, the rest of the range (less than
    // a granule at either end) from the calls. Starts before 1970 are not rounded down by
    // `start - start % g`: the roll-ups assume none.
    const qint64 from = filter.start ? *filter.start + (g - (*filter.start % g + g) % g) % g : std::numeric_limits<qint64>::min();
    const qint64 to = filter.end ? *filter.end - (*filter.end % g + g) % g : std::numeric_limits<qint64>::max();
    QList<CallFilter> raw;
    if (!rollupsAnswer(filter) || from >= to) {
        raw.append(filter);
    } else {
        if (filter.start && *filter.start < from) {
            raw.append(filter);
            raw.back().end = from;
        }
        if (filter.end && to < *filter.end) {
            raw.append(filter);
            raw.back().start = to;
        }
    }
    const SqlDialect &d = m_database.dialect();
    QSqlQuery query(m_database.connection());
    const auto readAll = [&](const SqlFragment &sql) -> Result<void> {
        if (auto ok = execute(query, sql, grouping.doing); !ok)
            return ok;
        while (query.next())
            row(query);
        if (query.lastError().isValid())
            return sqlError(grouping.doing, query.lastError());
        return {};
    };
    for (const CallFilter &part : raw) {
        if (auto ok = readAll(grouping.calls(CallStore(m_database).filterSql().where(part))); !ok)
            return ok;
    }
    if (raw.size() == 1 && raw.first() == filter)
        return {};
    QStringList sums;
    for (const QString &sum : grouping.sums)
        sums.append(u"SUM("_s + d.quote(sum) + (filter.archive ? QString() : u" - "_s + d.quote(QString(u"archived_"_s + sum))) + u')');
    QStringList groups;
    for (qsizetype i = 1; i <= grouping.keys.size(); ++i)
        groups.append(QString::number(i));
    const QString slot = d.quote(u"slot");
    return readAll({u"SELECT "_s + d.quotedList(grouping.keys) + u", "_s + sums.join(u", "_s) + u" FROM "_s
                        + d.quote(grouping.rollup) + u" WHERE "_s + slot + u" >= ? AND "_s + slot + u" < ? GROUP BY "_s
                        + groups.join(u", "_s) + u" HAVING "_s + sums.first() + u" > 0"_s,
                    {from, to}});
}
