#include "demobuilder.h"

#include "billing/callrating.h"
#include "billing/sqlrows.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sqlerror.h"

#include "numbers/numberanalyzer.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The demo's three decks: what clients pay (retail), what resellers pay the system
// (wholesale, 70% of retail) and what the system pays its carrier (45%), so margins show.
struct DemoDeck
{
    qint64 id;
    QString name;
    int percentOfRetail;
};

const QList<DemoDeck> &demoDecks()
{
    static const QList<DemoDeck> decks = {{1, u"Demo retail USD"_s, 100}, {2, u"Demo wholesale USD"_s, 70}, {3, u"Demo carrier USD"_s, 45}};
    return decks;
}

Result<void> writeDecks(Database &database)
{
    const SqlDialect &d = database.dialect();
    QSqlQuery query(database.connection());
    for (const DemoDeck &deck : demoDecks()) {
        query.prepare(u"INSERT INTO "_s + d.quote(u"rate_decks") + u" ("_s
                      + d.quotedList({u"id"_s, u"name"_s, u"currency"_s}) + u") VALUES (?, ?, ?)"_s);
        query.addBindValue(deck.id);
        query.addBindValue(deck.name);
        query.addBindValue(u"USD"_s);
        if (auto ok = execute(query, QCoreApplication::translate("DemoBuilder", "Writing the demo rate deck")); !ok)
            return ok;
        query.prepare(u"INSERT INTO "_s + d.quote(u"rates") + u" ("_s
                      + d.quotedList({u"deck_id"_s, u"prefix"_s, u"destination"_s, u"rate"_s,
                                      u"connection_fee"_s, u"initial_increment"_s,
                                      u"subsequent_increment"_s, u"minimum_duration"_s,
                                      u"effective_from"_s})
                      + u") VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"_s);
        for (const DemoPlan::Rate &rate : DemoPlan::retailDeck()) {
            query.addBindValue(deck.id);
            query.addBindValue(rate.prefix);
            query.addBindValue(rate.destination);
            query.addBindValue(rate.ratePerMinute / 100 * deck.percentOfRetail);
            query.addBindValue(rate.connectionFee / 100 * deck.percentOfRetail);
            query.addBindValue(rate.initialIncrement);
            query.addBindValue(rate.subsequentIncrement);
            if (auto ok = execute(query, QCoreApplication::translate("DemoBuilder", "Writing the demo rate %1").arg(rate.prefix)); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> writeCustomersAndDeck(Database &database)
{
    if (auto ok = writeDecks(database); !ok)
        return ok;
    const SqlDialect &d = database.dialect();
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO "_s + d.quote(u"tax_rates") + u" ("_s + d.quotedList({u"name"_s, u"percent"_s}) + u") VALUES (?, ?)"_s);
    query.addBindValue(u"VAT"_s);
    query.addBindValue(20 * Money::UnitsPerWhole);
    if (auto ok = execute(query, QCoreApplication::translate("DemoBuilder", "Writing the demo tax rate")); !ok)
        return ok;

    query.prepare(u"INSERT INTO "_s + d.quote(u"customers") + u" ("_s
                  + d.quotedList({u"id"_s, u"parent_id"_s, u"name"_s, u"role"_s, u"billing"_s,
                                  u"currency"_s, u"balance"_s, u"taxes"_s, u"sell_deck"_s, u"buy_deck"_s})
                  + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant none(QMetaType::fromType<qint64>());
    for (const DemoPlan::Customer &customer : DemoPlan::customers()) {
        query.addBindValue(customer.id);
        query.addBindValue(customer.parentId ? QVariant(customer.parentId) : none);
        query.addBindValue(customer.name);
        query.addBindValue(customer.role);
        query.addBindValue(customer.billing);
        query.addBindValue(u"USD"_s);
        query.addBindValue(customer.billing == u"prepaid" ? 50 * Money::UnitsPerWhole : 0);
        query.addBindValue(customer.country == u"GB" ? u"VAT"_s : u""_s);
        query.addBindValue(customer.role == u"system" ? none : QVariant(customer.role == u"reseller" ? 2 : 1));
        query.addBindValue(customer.role == u"system" ? QVariant(3) : none);
        if (auto ok = execute(query, QCoreApplication::translate("DemoBuilder", "Writing the demo customer %1").arg(customer.name)); !ok)
            return ok;
    }
    for (const QString &table : {u"rate_decks"_s, u"customers"_s}) {
        if (auto ok = SqlRows::followExplicitIds(database, table); !ok)
            return ok;
    }
    return {};
}

// Generates calls (and understands their numbers) on a second thread, a batch at a time, while
// the caller's thread writes them: the two halves take about as long as each other.
class CallProducer
{
public:
    // `country`: the store's default country, for the numbers of the calls (Database).
    CallProducer(const DemoOptions &options, const QString &country)
        : m_thread([this, options, country] { run(options, country); })
    {
    }
    ~CallProducer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next batch; empty when all calls have been produced.
    std::vector<CallRecord> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
        if (m_batches.empty())
            return {};
        std::vector<CallRecord> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    static constexpr size_t BatchSize = 4096;
    static constexpr size_t MaxBatches = 8;

    void run(const DemoOptions &options, const QString &country)
    {
        DemoGenerator generator(options);
        NumberAnalyzer numbers(country);
        std::vector<CallRecord> batch;
        batch.reserve(BatchSize);
        CallRecord record;
        bool more = true;
        while (more) {
            more = generator.next(record);
            if (more) {
                numbers.fill(record);
                batch.push_back(std::move(record));
            }
            if (batch.size() == BatchSize || (!more && !batch.empty())) {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stop; });
                if (m_stop)
                    return;
                m_batches.push_back(std::move(batch));
                batch = {};
                batch.reserve(BatchSize);
                m_changed.notify_all();
            }
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<CallRecord>> m_batches;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread;  // last: starts once the members above exist
};

Result<qint64> writeCalls(Database &database, const DemoOptions &options, const ProgressCallback &progress)
{
    CallWriter writer(database);
    if (auto ok = writer.begin(); !ok)
        return Error{ok.error()};
    if (auto ok = writeCustomersAndDeck(database); !ok)
        return Error{ok.error()};
    CallProducer producer(options, database.defaultCountry());
    for (;;) {
        std::vector<CallRecord> batch = producer.take();
        if (batch.empty())
            break;
        for (CallRecord &record : batch) {
            if (auto ok = writer.write(std::move(record)); !ok)
                return Error{ok.error()};
        }
        if (progress && !progress(writer.written(), options.calls))
            return Error{QCoreApplication::translate("DemoBuilder", "The demo database was cancelled; nothing was stored.")};
    }
    if (auto ok = writer.commit(); !ok)
        return Error{ok.error()};
    return writer.written();
}

} // namespace

namespace DemoBuilder {

Result<qint64> build(Database &database, const DemoOptions &options, const ProgressCallback &progress)
{
    CallStore store(database);
    const Result<StoreInfo> info = store.info();
    if (!info)
        return Error{info.error()};
    if (info->calls > 0 || info->customers > 0)
        return Error{QCoreApplication::translate("DemoBuilder", "%1 already holds calls or customers; demo data goes into a new, empty database.")
                         .arg(database.spec().displayName())};

    QSqlQuery query(database.connection());
    const bool sqlite = database.dialect().kind() == DatabaseSpec::Kind::SQLite;
    if (sqlite) {
        // The store is empty, so the load needs no write-ahead log (which would write every page
        // twice): the journal stays in memory, which is enough to roll back on failure or
        // cancel. A large page cache and two sorter threads speed up the index builds.
        for (const char16_t *pragma : {u"PRAGMA journal_mode = MEMORY", u"PRAGMA synchronous = OFF",
                                       u"PRAGMA cache_size = -1048576", u"PRAGMA threads = 2"})
            (void)execute(query, QString::fromUtf16(pragma), QString());
    }
    if (auto ok = Schema::dropCallIndexes(database.connection(), database.dialect()); !ok)
        return Error{ok.error()};
    const Result<qint64> written = writeCalls(database, options, progress);
    // Indexes come back whether the load worked or not: the store is never left without them.
    const Result<void> indexed = Schema::createCallIndexes(database.connection(), database.dialect());
    if (!written)
        return written;
    if (!indexed)
        return Error{indexed.error()};
    if (options.rate) {
        // Every customer's charge up the tree, so the demo shows real margins. The demo's
        // invoice numbers stand for an earlier billing system, so invoiced calls are rated too.
        auto plan = ChargePlan::fromStore(database);
        if (!plan)
            return Error{plan.error()};
        CallRating rating(database, std::move(*plan));
        rating.setRateInvoiced(true);
        CallFilter all;
        all.archive = true;
        const Result<RatingSummary> rated = rating.run(all, false, progress);
        if (!rated)
            return Error{rated.error()};
    }
    if (sqlite)
        (void)execute(query, u"PRAGMA analysis_limit = 1000"_s, QString());
    (void)execute(query, database.dialect().analyze(u"calls"_s), QString());
    if (sqlite) {
        for (const QString &pragma : database.dialect().sessionSetup())
            (void)execute(query, pragma, QString());
    }
    return written;
}

} // namespace DemoBuilder
