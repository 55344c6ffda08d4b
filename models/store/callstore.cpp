#include "callstore.h"

#include "database.h"
#include "schema.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Result<void> run(QSqlQuery &query, const SqlFragment &fragment, const QString &doing)
{
    query.setForwardOnly(true);
    if (!query.prepare(fragment.sql))
        return sqlError(doing, query.lastError());
    for (const QVariant &value : fragment.values)
        query.addBindValue(value);
    return execute(query, doing);
}

CallRecord recordFrom(const QSqlQuery &query)
{
    CallRecord record;
    for (int i = 0; i < CallFields::Count; ++i)
        CallFields::setValue(record, CallField(i), query.value(i));
    return record;
}

} // namespace

CallStore::CallStore(Database &database)
    : m_database(database)
    , m_sql(database.dialect(), database.spec().ownCustomer, CallSource{database.callsTable(), {}})
{
}

SortCursor CallStore::cursorOf(const CallRecord &record, CallField sortField)
{
    return {CallFields::value(record, sortField), record.id};
}

SqlFragment CallStore::countQuery(const CallFilter &filter) const
{
    SqlFragment sql{u"SELECT COUNT(*) FROM "_s + m_sql.table(), {}};
    sql += m_sql.where(filter);
    return sql;
}

Result<qint64> CallStore::count(const CallFilter &filter)
{
    QSqlQuery query(m_database.connection());
    if (auto ok = run(query, countQuery(filter), QCoreApplication::translate("CallStore", "Counting calls")); !ok)
        return Error{ok.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<CallTotals> CallStore::totals(const CallFilter &filter)
{
    // Almost every set has one currency: one scan with MIN/MAX(currency) answers it. Only a
    // mixed set is grouped, which needs a sort of the whole set.
    const SqlDialect &d = m_database.dialect();
    const QString sums = u"COUNT(*), SUM(CASE WHEN "_s + m_sql.column(u"status") + u" = 'answer' THEN 1 ELSE 0 END), SUM("_s
                         + m_sql.column(u"talktime") + u"), SUM("_s + m_sql.column(u"cost") + u')';
    const QString currency = m_sql.column(u"currency");
    SqlFragment single{u"SELECT "_s + sums + u", MIN("_s + currency + u"), MAX("_s + currency + u") FROM "_s
                           + m_sql.table(),
                       {}};
    single += m_sql.where(filter);
    QSqlQuery query(m_database.connection());
    if (auto ok = run(query, single, QCoreApplication::translate("CallStore", "Adding up calls")); !ok)
        return Error{ok.error()};
    CallTotals totals;
    auto add = [&totals, &query](const QString &currency) {
        totals.calls += query.value(0).toLongLong();
        totals.answered += query.value(1).toString().toLongLong();
        totals.talkSeconds += query.value(2).toString().toLongLong();
        // SUM of BIGINT is NUMERIC on PostgreSQL and DECIMAL on MariaDB: read it as text.
        totals.costByCurrency[currency] = Money::fromUnits(query.value(3).toString().toLongLong());
    };
    if (!query.next() || query.value(0).toLongLong() == 0)
        return totals;
    if (query.value(4).toString() == query.value(5).toString()) {
        add(query.value(4).toString());
        return totals;
    }
    SqlFragment grouped{u"SELECT "_s + sums + u", "_s + currency + u" FROM "_s + m_sql.table(), {}};
    grouped += m_sql.where(filter);
    grouped.sql += u" GROUP BY "_s + currency;
    if (auto ok = run(query, grouped, QCoreApplication::translate("CallStore", "Adding up calls per currency")); !ok)
        return Error{ok.error()};
    while (query.next())
        add(query.value(4).toString());
    return totals;
}

// SQLite plans from guesses, and guesses the same whatever the values: for a number prefix it
// reads every match through the number's index and sorts them, for a substring it walks the
// sort column's index. For a common prefix the first is a sort of a million rows (seconds)
// where walking the sort index finds the first hundred matches at once; for a rare substring
// the walk visits every row in index order (random reads, 26 s on 10M calls) where a scan and a
// sort of the few matches takes what a count does. So a probe counts the matches up to
// K = √(100 · rows): walking the sort index reads about 100 · rows / matches rows, sorting
// reads the matches, and the two costs meet at K. The probe stops at K, so along an index (or
// for a common value) it costs milliseconds; for a rare unindexed value it is one more scan.
// Remembered per filter for this store's lifetime (the grid's PageLoader keeps its store).
CallStore::PagePlan CallStore::pagePlan(const CallFilter &filter)
{
    const SqlDialect &d = m_database.dialect();
    if (d.kind() != DatabaseSpec::Kind::SQLite || filter.isUnfiltered()
        || Schema::callIndexLeadingWith(CallFields::column(filter.sortField())).isEmpty())
        return PagePlan::Planner;
    const QByteArray key = QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact);
    if (const auto it = m_plans.constFind(key); it != m_plans.constEnd())
        return *it;
    QSqlQuery query(m_database.connection());
    PagePlan plan = PagePlan::Planner;
    if (run(query, {u"SELECT MAX("_s + m_sql.column(u"id") + u") FROM "_s + m_sql.table(), {}}, QString()) && query.next()) {
        const qint64 limit = qMax<qint64>(1000, qint64(std::ceil(std::sqrt(100.0 * query.value(0).toDouble()))));
        SqlFragment probe{u"SELECT COUNT(*) FROM (SELECT 1 FROM "_s + m_sql.table(), {}};
        probe += m_sql.where(filter);
        probe.sql += u" LIMIT ?) t"_s;
        probe.values << limit;
        if (run(query, probe, QString()) && query.next())
            plan = query.value(0).toLongLong() < limit ? PagePlan::SortMatches : PagePlan::WalkSortIndex;
    }
    m_plans.insert(key, plan);
    return plan;
}

SqlFragment CallStore::pageQuery(const CallFilter &filter, const PageRequest &request)
{
    const PagePlan plan = pagePlan(filter);
    const SqlDialect &d = m_database.dialect();
    std::optional<SqlFragment> keyset;
    if (request.from) {
        const bool ascending = filter.descending == request.backwards;
        QString op = ascending ? u">"_s : u"<"_s;
        if (request.inclusive)
            op += u'=';
        keyset = d.keysetCondition(m_sql.column(CallFields::column(filter.sortField())), m_sql.column(u"id"), op,
                                   request.from->value, request.from->id);
    }
    QString from = m_sql.table();
    if (plan == PagePlan::WalkSortIndex)
        from += d.indexedBy(Schema::callIndexLeadingWith(CallFields::column(filter.sortField())));
    SqlFragment sql{u"SELECT "_s + m_sql.selectColumns() + u" FROM "_s + from, {}};
    if (plan == PagePlan::SortMatches) {
        // The matches' ids first: the conditions alone can often be answered from an index
        // that covers them (idx_calls_snumber holds snumber, id and archived), where reading
        // them with every column scans the whole table.
        sql.sql += u" WHERE "_s + m_sql.column(u"id") + u" IN (SELECT "_s + m_sql.column(u"id") + u" FROM "_s
                   + m_sql.table();
        sql += m_sql.where(filter);
        sql.sql += u')';
        if (keyset) {
            sql.sql += u" AND "_s;
            sql += *keyset;
        }
    } else {
        sql += m_sql.where(filter, keyset);
    }
    sql.sql += m_sql.orderBy(filter, request.backwards, plan != PagePlan::SortMatches) + u" LIMIT ? OFFSET ?"_s;
    sql.values << request.limit << request.skip;
    return sql;
}

Result<QList<CallRecord>> CallStore::page(const CallFilter &filter, const PageRequest &request)
{
    QSqlQuery query(m_database.connection());
    if (auto ok = run(query, pageQuery(filter, request), QCoreApplication::translate("CallStore", "Reading calls")); !ok)
        return Error{ok.error()};
    QList<CallRecord> rows;
    rows.reserve(request.limit);
    while (query.next())
        rows.append(recordFrom(query));
    if (request.backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<SortCursor>> CallStore::anchors(const CallFilter &filter, int every)
{
    const SqlDialect &d = m_database.dialect();
    const QString column = m_sql.column(CallFields::column(filter.sortField()));
    SqlFragment sql{u"SELECT k, id FROM (SELECT "_s + column + u" AS k, "_s + m_sql.column(u"id")
                        + u" AS id, ROW_NUMBER() OVER ("_s + m_sql.orderBy(filter, false).mid(1)
                        + u") AS rn FROM "_s + m_sql.table(),
                    {}};
    sql += m_sql.where(filter);
    sql.sql += u") t WHERE (rn - 1) % ? = 0 ORDER BY rn"_s;
    sql.values << every;
    QSqlQuery query(m_database.connection());
    if (auto ok = run(query, sql, QCoreApplication::translate("CallStore", "Indexing the positions of calls")); !ok)
        return Error{ok.error()};
    QList<SortCursor> cursors;
    while (query.next())
        cursors.append({query.value(0), query.value(1).toLongLong()});
    return cursors;
}

Result<qint64> CallStore::forEach(const CallFilter &filter,
                                  const std::function<bool(const CallRecord &)> &visit, int pageSize)
{
    const CallField sortField = filter.sortField();
    PageRequest request;
    request.skip = filter.offset;
    qint64 visited = 0;
    for (;;) {
        request.limit = filter.limit > 0 ? int(qMin<qint64>(pageSize, filter.limit - visited)) : pageSize;
        if (request.limit <= 0)
            break;
        const Result<QList<CallRecord>> rows = page(filter, request);
        if (!rows)
            return Error{rows.error()};
        for (const CallRecord &record : *rows) {
            ++visited;
            if (!visit(record))
                return visited;
        }
        if (rows->size() < request.limit)
            break;
        request.from = cursorOf(rows->last(), sortField);
        request.skip = 0;
    }
    return visited;
}

Result<StoreInfo> CallStore::info()
{
    const SqlDialect &d = m_database.dialect();
    StoreInfo info;
    info.schemaVersion = m_database.schemaVersion();
    QSqlQuery query(m_database.connection());
    const QString calls = m_sql.table();
    // An attached table has no customers or decks of ours.
    const auto countOf = [&](const char16_t *table) {
        return m_database.isReadOnly() ? u"0"_s : u"(SELECT COUNT(*) FROM "_s + d.quote(table) + u')';
    };
    const SqlFragment summary{u"SELECT COUNT(*), SUM("_s + m_sql.column(u"archived") + u"), MIN("_s
                                  + m_sql.column(u"start") + u"), MAX("_s + m_sql.column(u"start") + u"), "_s
                                  + countOf(u"customers") + u", "_s + countOf(u"rate_decks") + u" FROM "_s + calls,
                              {}};
    if (auto ok = run(query, summary, QCoreApplication::translate("CallStore", "Reading the store summary")); !ok)
        return Error{ok.error()};
    if (query.next()) {
        info.calls = query.value(0).toLongLong();
        info.archived = query.value(1).toString().toLongLong();
        if (!query.value(2).isNull())
            info.firstStart = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            info.lastStart = query.value(3).toLongLong();
        info.customers = query.value(4).toLongLong();
        info.rateDecks = query.value(5).toLongLong();
    }
    const SqlFragment sources{u"SELECT "_s + m_sql.column(u"source") + u", COUNT(*) FROM "_s + calls
                                  + u" GROUP BY "_s + m_sql.column(u"source"),
                              {}};
    if (auto ok = run(query, sources, QCoreApplication::translate("CallStore", "Counting calls per source")); !ok)
        return Error{ok.error()};
    while (query.next())
        info.callsBySource[query.value(0).toString()] = query.value(1).toLongLong();
    return info;
}
