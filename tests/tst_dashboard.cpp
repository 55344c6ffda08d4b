// The dashboard's aggregates against the same numbers worked out from the rows, on every
// backend; the concurrency sweep against a per-second brute-force count; the model's worker.
#include "testsupport.h"

#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardquery.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Base = 1774828800;  // 2026-03-30 00:00 UTC, a Monday; Berlin's DST began the 29th
constexpr int Days = 6;

const QStringList statuses = {u"answer"_s, u"answer"_s, u"answer"_s, u"noanswer"_s, u"busy"_s, u"cancel"_s, u"congestion"_s};
const QStringList numbers = {u"+442079460000"_s, u"+441614960000"_s, u"+4930123456"_s, u"+12125550100"_s,
                             u"+33142685300"_s, u"+919876543210"_s, u"12345"_s};

// Calls over six days with every status, several destinations, customers and two currencies,
// some archived, and enough overlap that concurrency reaches double figures.
QList<CallRecord> generated(int count)
{
    QRandomGenerator random(7);
    QList<CallRecord> records;
    for (int i = 0; i < count; ++i) {
        CallRecord r;
        r.source = u"test"_s;
        r.recordKey = QString::number(i);
        r.uniqueid = u"u%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        r.callid = r.uniqueid;
        r.start = Base + random.bounded(Days * 86400);
        r.status = statuses[random.bounded(int(statuses.size()))];
        r.ringtime = random.bounded(30);
        r.talktime = r.status == u"answer" ? random.bounded(900) : 0;
        if (r.status == u"answer")
            r.answer = r.start + r.ringtime;
        r.end = r.start + r.ringtime + r.talktime;
        if (i % 50 == 0)
            r.end = r.start;  // a zero-length leg holds no channel
        r.totaltime = r.end - r.start;
        r.scustomer = 10 + random.bounded(4);
        r.dcustomer = 20;
        r.cnumber = numbers[random.bounded(int(numbers.size()))];
        r.dnumber = r.cnumber;
        r.snumber = u"+442079460001"_s;
        r.currency = i % 9 == 0 ? u"EUR"_s : u"GBP"_s;
        r.cost = Money::fromUnits(r.talktime * 1234567 + random.bounded(1000));
        r.archived = i % 7 == 0;
        r.extra = u"{}"_s;
        records.append(r);
    }
    return records;
}

bool matches(const CallRecord &r, const CallFilter &filter)
{
    return (!filter.start || r.start >= *filter.start) && (!filter.end || r.start < *filter.end)
           && (filter.archive || !r.archived);
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A store on `backend` with the generated calls, two named customers and reseller charges.
    std::unique_ptr<Database> filledStore(const QString &backend)
    {
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        if (!db)
            return db;
        CallWriter writer(*db);
        if (!writer.begin())
            return nullptr;
        for (const CallRecord &r : generated(3000)) {
            if (!writer.write(r))
                return nullptr;
        }
        if (!writer.commit())
            return nullptr;
        QSqlQuery query(db->connection());
        const bool ok = query.exec(u"INSERT INTO customers (id, parent_id, name, role, billing, currency, balance, taxes) "
                                   "VALUES (10, NULL, 'Acme Ltd', 'client', 'postpaid', 'GBP', 0, ''), "
                                   "(11, NULL, 'Bäckerei Öz', 'client', 'prepaid', 'GBP', 0, '')"_s)
                        && query.exec(u"INSERT INTO call_charges (call_id, customer_id, role, cost, currency, deck_id, prefix) "
                                      "SELECT id, 1, 'reseller', talktime * 1000000, currency, 0, '' FROM calls WHERE id % 3 = 0"_s)
                        && query.exec(u"INSERT INTO call_charges (call_id, customer_id, role, cost, currency, deck_id, prefix) "
                                      "SELECT id, scustomer, 'client', 999, currency, 0, '' FROM calls"_s);
        if (!ok) {
            qWarning() << query.lastError().text();
            return nullptr;
        }
        return db;
    }

    static void compareWithRows(Database &db, const CallFilter &filter, const QTimeZone &zone, TimeStep step)
    {
        DashboardQuery query(db, zone);
        const Result<DashboardData> computed = query.computeAll(filter, step);
        QVERIFY2(computed, qPrintable(computed ? QString() : computed.error()));
        const DashboardData &data = *computed;
        QCOMPARE(data.done, DashboardQuery::AllParts);
        QCOMPARE(data.step, step);

        // Charges read back through SQL, to join them to the rows by call id.
        std::map<qint64, std::pair<qint64, QString>> resellerCharges;
        QSqlQuery charges(db.connection());
        QVERIFY(charges.exec(u"SELECT call_id, cost, currency FROM call_charges WHERE role = 'reseller'"_s));
        while (charges.next())
            resellerCharges[charges.value(0).toLongLong()] = {charges.value(1).toLongLong(), charges.value(2).toString()};

        const QList<CallRecord> rows = TestSupport::allCalls(db);
        QVERIFY(rows.size() == 3000);
        QList<TimeBucket> buckets = data.timeline;
        QVERIFY(!buckets.isEmpty());
        for (int i = 1; i < buckets.size(); ++i)
            QCOMPARE(buckets[i].start, buckets[i - 1].end);
        for (const TimeBucket &bucket : buckets) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(bucket.start, zone);
            QCOMPARE(local.time().minute(), 0);
            if (step == TimeStep::Day)
                QCOMPARE(local.time(), QTime(0, 0));
        }

        std::map<QString, qint64> expectedByStatus[400];
        qint64 expectedCalls[400] = {};
        qint64 expectedAnswered[400] = {};
        qint64 expectedTalk[400] = {};
        std::array<qint64, 7 * 24> grid{};
        std::map<std::tuple<QString, QString, QString>, std::tuple<qint64, qint64, qint64>> destinations;
        std::map<std::pair<QString, QString>, std::tuple<qint64, qint64, qint64>> customers;
        qint64 matched = 0;
        QList<const CallRecord *> selected;
        for (const CallRecord &r : rows) {
            if (!matches(r, filter))
                continue;
            ++matched;
            selected.append(&r);
            int index = -1;
            for (int i = 0; i < buckets.size(); ++i) {
                if (r.start >= buckets[i].start && r.start < buckets[i].end)
                    index = i;
            }
            QVERIFY2(index >= 0, "every call of the filter falls in a bucket");
            ++expectedByStatus[index][r.status];
            ++expectedCalls[index];
            expectedAnswered[index] += r.status == u"answer";
            expectedTalk[index] += r.talktime;
            const QDateTime local = QDateTime::fromSecsSinceEpoch(r.start, zone);
            ++grid[(local.date().dayOfWeek() - 1) * 24 + local.time().hour()];
            auto &destination = destinations[{r.cnumberCountry, r.cnumberRegion, r.currency}];
            ++std::get<0>(destination);
            std::get<1>(destination) += r.talktime;
            std::get<2>(destination) += r.cost.units();
            auto &customer = customers[{QString::number(r.scustomer), r.currency}];
            ++std::get<0>(customer);
            std::get<1>(customer) += r.cost.units();
            if (auto it = resellerCharges.find(r.id); it != resellerCharges.end()) {
                QCOMPARE(it->second.second, r.currency);
                std::get<2>(customer) += it->second.first;
            }
        }
        QVERIFY(matched > 100);

        qint64 total = 0;
        for (int i = 0; i < buckets.size(); ++i) {
            QCOMPARE(buckets[i].calls, expectedCalls[i]);
            QCOMPARE(buckets[i].answered, expectedAnswered[i]);
            QCOMPARE(buckets[i].talkSeconds, expectedTalk[i]);
            QVERIFY(buckets[i].callsByStatus.toStdMap() == expectedByStatus[i]);
            if (expectedCalls[i])
                QCOMPARE(buckets[i].asr(), 100.0 * double(expectedAnswered[i]) / double(expectedCalls[i]));
            total += buckets[i].calls;
        }
        QCOMPARE(total, matched);
        QCOMPARE(data.weekdayHour, grid);

        QCOMPARE(qsizetype(data.destinations.size()), qsizetype(destinations.size()));
        for (const DestinationTotal &d : data.destinations) {
            const auto &expected = destinations.at({d.country, d.region, d.currency});
            QCOMPARE(d.calls, std::get<0>(expected));
            QCOMPARE(d.talkSeconds, std::get<1>(expected));
            QCOMPARE(d.cost.units(), std::get<2>(expected));
        }
        for (int i = 1; i < data.destinations.size(); ++i)
            QVERIFY(data.destinations[i - 1].talkSeconds >= data.destinations[i].talkSeconds);
        const QList<DestinationTotal> byCost = data.topByCost(3);
        QCOMPARE(byCost.size(), 3);
        for (const DestinationTotal &d : data.destinations)
            QVERIFY(d.cost.units() <= byCost.first().cost.units());
        QVERIFY(std::any_of(data.destinations.cbegin(), data.destinations.cend(),
                            [](const DestinationTotal &d) { return d.country == u"GB" && !d.region.isEmpty(); }));

        QCOMPARE(qsizetype(data.customers.size()), qsizetype(customers.size()));
        for (const CustomerTotal &c : data.customers) {
            const auto &expected = customers.at({c.customer, c.currency});
            QCOMPARE(c.calls, std::get<0>(expected));
            QCOMPARE(c.revenue.units(), std::get<1>(expected));
            QCOMPARE(c.cost.units(), std::get<2>(expected));
            QCOMPARE(c.name, c.customer == u"10" ? u"Acme Ltd"_s : c.customer == u"11" ? u"Bäckerei Öz"_s : QString());
        }

        // Concurrency by brute force: every second of the timeline, every call of the filter.
        const qint64 from = buckets.first().start;
        std::vector<qint64> level(size_t(buckets.last().end - from), 0);
        for (const CallRecord *r : selected) {
            for (qint64 t = r->start; t < r->end; ++t) {
                if (t - from < qint64(level.size()))
                    ++level[size_t(t - from)];
            }
        }
        qint64 overall = 0;
        for (const TimeBucket &bucket : buckets) {
            const qint64 peak = *std::max_element(level.begin() + (bucket.start - from), level.begin() + (bucket.end - from));
            QCOMPARE(bucket.peakConcurrent, peak);
            overall = qMax(overall, peak);
        }
        QCOMPARE(data.peakConcurrent, overall);
        QVERIFY(overall >= 3);
    }

    // The same dashboard from the roll-ups (which must answer `filter`) and from the calls alone.
    static void compareRollupsWithCalls(Database &db, const CallFilter &filter, const QTimeZone &zone, TimeStep step)
    {
        DashboardQuery rolled(db, zone);
        QVERIFY(rolled.rollupsAnswer(filter));
        DashboardQuery raw(db, zone);
        raw.setUseRollups(false);
        QVERIFY(!raw.rollupsAnswer(filter));
        const Result<DashboardData> a = rolled.computeAll(filter, step);
        const Result<DashboardData> b = raw.computeAll(filter, step);
        QVERIFY2(a && b, qPrintable(a ? (b ? QString() : b.error()) : a.error()));
        QCOMPARE(a->timeline.size(), b->timeline.size());
        for (int i = 0; i < a->timeline.size(); ++i) {
            const TimeBucket &x = a->timeline[i];
            const TimeBucket &y = b->timeline[i];
            QCOMPARE(x.start, y.start);
            QCOMPARE(x.callsByStatus, y.callsByStatus);
            QCOMPARE(x.calls, y.calls);
            QCOMPARE(x.answered, y.answered);
            QCOMPARE(x.talkSeconds, y.talkSeconds);
            QCOMPARE(x.peakConcurrent, y.peakConcurrent);
        }
        QCOMPARE(a->weekdayHour, b->weekdayHour);
        QCOMPARE(a->destinations.size(), b->destinations.size());
        for (int i = 0; i < a->destinations.size(); ++i) {
            const DestinationTotal &x = a->destinations[i];
            const DestinationTotal &y = b->destinations[i];
            QCOMPARE(std::tie(x.country, x.region, x.currency), std::tie(y.country, y.region, y.currency));
            QCOMPARE(x.calls, y.calls);
            QCOMPARE(x.talkSeconds, y.talkSeconds);
            QCOMPARE(x.cost, y.cost);
        }
        QCOMPARE(a->customers.size(), b->customers.size());
        for (int i = 0; i < a->customers.size(); ++i) {
            const CustomerTotal &x = a->customers[i];
            const CustomerTotal &y = b->customers[i];
            QCOMPARE(std::tie(x.customer, x.currency, x.name), std::tie(y.customer, y.currency, y.name));
            QCOMPARE(x.calls, y.calls);
            QCOMPARE(x.revenue, y.revenue);
            QCOMPARE(x.cost, y.cost);
        }
        QVERIFY(!a->timeline.isEmpty() && !a->destinations.isEmpty() && !a->customers.isEmpty());
    }

    static void compareRollupsWithCalls(Database &db)
    {
        const QTimeZone berlin("Europe/Berlin");
        CallFilter all;
        compareRollupsWithCalls(db, all, berlin, TimeStep::Day);
        CallFilter everything;
        everything.archive = true;
        compareRollupsWithCalls(db, everything, QTimeZone::utc(), TimeStep::Day);
        CallFilter days;  // bounds inside a day and a half hour: the ends come from the calls
        days.start = Base + 86400 + 1234;
        days.end = Base + 4 * 86400 + 99;
        compareRollupsWithCalls(db, days, berlin, TimeStep::Hour);
        days.archive = true;
        compareRollupsWithCalls(db, days, QTimeZone("Asia/Kolkata"), TimeStep::Day);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void shouldAddUpWhatTheRowsSay_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

    void shouldAddUpWhatTheRowsSay()
    {
        QFETCH(QString, backend);
        auto db = filledStore(backend);
        QVERIFY(db);
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone kolkata("Asia/Kolkata");
        QVERIFY(berlin.isValid() && kolkata.isValid());

        CallFilter all;  // archived hidden, unbounded: the timeline follows the data
        compareWithRows(*db, all, berlin, TimeStep::Day);
        if (QTest::currentTestFailed())
            return;
        CallFilter everything;
        everything.archive = true;
        compareWithRows(*db, everything, QTimeZone::utc(), TimeStep::Day);
        if (QTest::currentTestFailed())
            return;
        // Two days by the hour in a half-hour zone, bounds not on an hour.
        CallFilter twoDays;
        twoDays.start = Base + 86400 + 1234;
        twoDays.end = Base + 3 * 86400 + 99;
        compareWithRows(*db, twoDays, kolkata, TimeStep::Hour);
        QCOMPARE(DashboardQuery::stepFor(*twoDays.start, *twoDays.end), TimeStep::Hour);
    }

    void rollupsShouldAnswerAsTheCallsDoAfterEveryKindOfWrite_data()
    {
        shouldAddUpWhatTheRowsSay_data();
    }

    void rollupsShouldAnswerAsTheCallsDoAfterEveryKindOfWrite()
    {
        QFETCH(QString, backend);
        auto db = filledStore(backend);
        QVERIFY(db);
        compareRollupsWithCalls(*db);
        if (QTest::currentTestFailed())
            return;

        // Import again with changes (the writer's upsert updates rows) and with new calls.
        QList<CallRecord> records = generated(3000);
        CallWriter writer(*db);
        QVERIFY(writer.begin());
        for (int i = 0; i < 400; ++i) {
            CallRecord r = records[i * 7];
            r.status = statuses[(i + 1) % statuses.size()];
            r.talktime = r.status == u"answer" ? 61 : 0;
            r.start += 5000;
            r.end = r.start + r.talktime;
            r.cost = Money::fromUnits(r.cost.units() + 17);
            r.archived = !r.archived;
            r.currency = i % 2 ? u"USD"_s : r.currency;
            r.scustomer = 10 + i % 5;
            QVERIFY(writer.write(r));
        }
        for (int i = 0; i < 50; ++i) {
            CallRecord r = records[i];
            r.recordKey = u"new%1"_s.arg(i);
            r.cnumber = u"+34911234567"_s;
            QVERIFY(writer.write(r));
        }
        QVERIFY(writer.commit());
        compareRollupsWithCalls(*db);
        if (QTest::currentTestFailed())
            return;

        // More new calls than the writer adds to the roll-ups at a time (CallWriter's
        // RollupBatch), some replaced again in the same transaction, and reseller charges written
        // for new calls before the commit, as created calls have them.
        QSqlQuery charge(db->connection());
        QVERIFY(charge.prepare(u"INSERT INTO call_charges (call_id, customer_id, role, cost, currency, deck_id, prefix) "
                               "SELECT id, 1, 'reseller', 555, 'EUR', 0, '' FROM calls WHERE record_key = ?"_s));
        QVERIFY(writer.begin());
        for (int i = 0; i < 12500; ++i) {
            CallRecord r = records[i % records.size()];
            r.recordKey = u"batch%1"_s.arg(i);
            r.start += 86400 + i * 37;
            r.end = r.start + r.talktime;
            QVERIFY(writer.write(r));
            if (i % 1000 == 999) {
                CallRecord again = records[(i - 500) % records.size()];
                again.recordKey = u"batch%1"_s.arg(i - 500);
                again.status = u"busy"_s;
                again.talktime = 0;
                again.cost = Money::fromUnits(again.cost.units() + 3);
                QVERIFY(writer.write(again));
                charge.addBindValue(r.recordKey);
                QVERIFY2(charge.exec(), qPrintable(charge.lastError().text()));
            }
        }
        QVERIFY(writer.commit());
        compareRollupsWithCalls(*db);
        if (QTest::currentTestFailed())
            return;

        // A rolled-back writer leaves the roll-ups, and on SQLite the insert trigger it set
        // aside, as they were; then the trigger adds a call written without the writer.
        QVERIFY(writer.begin());
        CallRecord gone = records[1];
        gone.recordKey = u"rolled-back"_s;
        QVERIFY(writer.write(gone));
        writer.rollback();
        compareRollupsWithCalls(*db);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery query(db->connection());
        if (backend == u"sqlite") {
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rollup_calls_insert'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QVERIFY2(query.exec(u"INSERT INTO calls (source, record_key, start, status, talktime, cost, currency) "
                            "VALUES ('hand', 'one', "_s + QString::number(Base + 7200) + u", 'answer', 90, 12345, 'EUR')"_s),
                 qPrintable(query.lastError().text()));
        compareRollupsWithCalls(*db);
        if (QTest::currentTestFailed())
            return;

        // Re-rating writes costs and replaces charges; calls are archived and deleted.
        for (const QString &sql : {u"UPDATE calls SET cost = cost * 2 + 1 WHERE id % 5 = 1"_s,
                                   u"UPDATE call_charges SET cost = cost + 3, currency = 'EUR' WHERE role = 'reseller' AND call_id % 4 = 0"_s,
                                   u"DELETE FROM call_charges WHERE role = 'reseller' AND call_id % 10 = 3"_s,
                                   u"INSERT INTO call_charges (call_id, customer_id, role, cost, currency, deck_id, prefix) "
                                   "SELECT id, 1, 'reseller', 777, currency, 0, '' FROM calls WHERE id % 11 = 1"_s,
                                   u"UPDATE calls SET archived = 1 WHERE id % 13 = 2"_s,
                                   u"UPDATE calls SET scustomer = 12, start = start + 86400 WHERE id % 17 = 3"_s,
                                   u"UPDATE calls SET rated_cost = 5 WHERE id % 2 = 0"_s,
                                   u"DELETE FROM calls WHERE id % 19 = 4"_s}) {
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
            compareRollupsWithCalls(*db);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void rollupsShouldNotAnswerOtherFilters()
    {
        auto db = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(db);
        DashboardQuery query(*db, QTimeZone::utc());
        CallFilter filter;
        filter.start = Base;
        QVERIFY(query.rollupsAnswer(filter));
        filter.status.values = {u"answer"_s};
        QVERIFY(!query.rollupsAnswer(filter));
        filter = {};
        filter.dnumber.values = {u"44"_s};
        QVERIFY(!query.rollupsAnswer(filter));
        filter = {};
        filter.customer = CustomerScope::Own;
        QVERIFY(!query.rollupsAnswer(filter));
    }

    void shouldFollowLocalDaysAcrossDaylightSaving()
    {
        const QTimeZone berlin("Europe/Berlin");
        // 2026-03-29 is 23 hours long in Berlin; 2026-10-25 is 25.
        const QList<TimeBucket> spring = DashboardQuery::buckets(1774652400, 1774821600, TimeStep::Day, berlin);
        QCOMPARE(spring.size(), 2);
        QCOMPARE(spring[0].end - spring[0].start, 86400);  // the 28th
        QCOMPARE(spring[1].end - spring[1].start, 82800);  // the 29th
        const QList<TimeBucket> autumn = DashboardQuery::buckets(1792879200, 1792879200 + 3600, TimeStep::Day, berlin);
        QCOMPARE(autumn.size(), 1);
        QCOMPARE(autumn[0].end - autumn[0].start, 90000);
        QCOMPARE(DashboardQuery::stepFor(0, 4 * 86400), TimeStep::Day);
    }

    void shouldReportEmptySetsAsEmpty()
    {
        auto db = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(db);
        const Result<DashboardData> data = DashboardQuery(*db, QTimeZone::utc()).computeAll(CallFilter());
        QVERIFY(data);
        QVERIFY(data->timeline.isEmpty());
        QVERIFY(data->destinations.isEmpty());
        QVERIFY(data->customers.isEmpty());
        QCOMPARE(data->peakConcurrent, 0);
    }

    void modelShouldDeliverEveryPartFromItsThread()
    {
        auto db = filledStore(u"sqlite"_s);
        QVERIFY(db);
        DashboardModel model(db->spec());
        model.setTimeZone(QTimeZone::utc());
        QSignalSpy changed(&model, &DashboardModel::changed);
        CallFilter filter;
        filter.start = Base;
        filter.end = Base + 2 * 86400;
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(changed.last().at(0).toInt(), DashboardQuery::PartCount);
        QCOMPARE(model.data().done, DashboardQuery::AllParts);
        QCOMPARE(model.data().step, TimeStep::Hour);
        const Result<DashboardData> direct = DashboardQuery(*db, QTimeZone::utc()).computeAll(model.filter());
        QVERIFY(direct);
        QCOMPARE(model.data().timeline.size(), direct->timeline.size());
        QCOMPARE(model.data().peakConcurrent, direct->peakConcurrent);

        // Narrowing to a bucket gives the grid exactly that bucket's calls.
        const CallFilter narrowed = model.narrowedToBucket(5);
        QCOMPARE(*narrowed.start, model.data().timeline[5].start);
        QCOMPARE(*narrowed.end, model.data().timeline[5].end);
        const Result<qint64> count = CallStore(*db).count(narrowed);
        QVERIFY(count);
        QCOMPARE(*count, model.data().timeline[5].calls);

        model.setStep(DashboardModel::Step::Day);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.data().step, TimeStep::Day);
        QCOMPARE(model.data().timeline.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
