// The store against real databases: a SQLite file and, when scripts/test.sh started one, a
// PostgreSQL server. Schema and migrations, upsert, transactions, and exact keyset paging.
#include "testsupport.h"

#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/storejob.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> openEmpty(const QString &backend)
    {
        return TestSupport::openEmptyStore(backend, m_dir);
    }

    // Writes the records and returns them with the ids the store gave them.
    QList<CallRecord> stored(Database &db, const QList<CallRecord> &records)
    {
        CallWriter writer(db);
        if (!writer.begin())
            return {};
        for (const CallRecord &r : records) {
            if (!writer.write(r))
                return {};
        }
        if (!writer.commit())
            return {};
        CallFilter all;
        all.archive = true;
        all.sort = u"start"_s;
        QList<CallRecord> rows;
        CallStore store(db);
        (void)store.forEach(all, [&rows](const CallRecord &r) {
            rows.append(r);
            return true;
        });
        return rows;
    }

    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &server : TestSupport::serverBackends()) {
            QString error;
            if (TestSupport::backends().contains(server) && TestSupport::serverSpec(server, &error).database.isEmpty())
                QFAIL(qPrintable(u"CDRDESK_REQUIRE_SERVERS=1 but "_s + error));
        }
    }

    void shouldCreateTheCurrentSchema_data() { addBackendRows(); }
    void shouldCreateTheCurrentSchema()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
        const QStringList tables = db->connection().tables();
        for (const QString &table : {u"calls"_s, u"customers"_s, u"rate_decks"_s, u"rates"_s, u"cdrdesk_meta"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        const Result<StoreInfo> info = CallStore(*db).info();
        QVERIFY(info);
        QCOMPARE(info->calls, 0);
        QCOMPARE(info->schemaVersion, Schema::CurrentVersion);
    }

    void shouldMigrateForwardAndKeepCalls_data() { addBackendRows(); }
    void shouldMigrateForwardAndKeepCalls()
    {
        QFETCH(QString, backend);
        QString error;
        const DatabaseSpec spec = TestSupport::emptyStore(backend, m_dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            // A store left at version 1 by an older program, holding a call.
            QSqlDatabase raw = TestSupport::rawConnection(spec, u"raw"_s);
            QVERIFY(raw.open());
            const SqlDialect dialect(spec.kind);
            QVERIFY(Schema::migrate(raw, dialect, 1));
            QCOMPARE(*Schema::version(raw, dialect), 1);
            QVERIFY(!raw.tables().contains(u"customers"_s));
            QSqlQuery insert(raw);
            QVERIFY(insert.exec(u"INSERT INTO calls (source, record_key, uniqueid, start, %1, extra) "
                                "VALUES ('old', 'k1', 'u1', 1700000000, 1700000060, '{}')"_s.arg(dialect.quote(u"end"))));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        auto db = Database::open(spec);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), Schema::CurrentVersion);
        QVERIFY((*db)->connection().tables().contains(u"customers"_s));
        CallFilter filter;
        QCOMPARE(*CallStore(**db).count(filter), 1);
    }

    void shouldRefuseANewerSchemaUntouched_data() { addBackendRows(); }
    void shouldRefuseANewerSchemaUntouched()
    {
        QFETCH(QString, backend);
        DatabaseSpec spec;
        {
            auto db = openEmpty(backend);
            QVERIFY(db);
            spec = db->spec();
            QVERIFY(stored(*db, TestSupport::tiedRecords(3)).size() == 3);
            QSqlQuery query(db->connection());
            const SqlDialect &d = db->dialect();
            QVERIFY(query.exec(u"UPDATE cdrdesk_meta SET %1 = '99' WHERE %2 = 'schema_version'"_s.arg(d.quote(u"value"), d.quote(u"key"))));
        }
        auto refused = Database::open(spec);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"version 99"_s), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"newer CDR Desk"_s), qPrintable(refused.error()));

        // Nothing was changed: the version and the calls are still there.
        QSqlDatabase raw = TestSupport::rawConnection(spec, u"check"_s);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        const SqlDialect d(spec.kind);
        QVERIFY(query.exec(u"SELECT (SELECT %1 FROM cdrdesk_meta WHERE %2 = 'schema_version'), (SELECT COUNT(*) FROM calls)"_s
                               .arg(d.quote(u"value"), d.quote(u"key"))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"99"_s);
        QCOMPARE(query.value(1).toLongLong(), 3);
        query.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void shouldRefuseAForeignCallsTable()
    {
        const QString path = m_dir.filePath(u"foreign.db"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"CREATE TABLE calls (x INTEGER)"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto db = Database::open(DatabaseSpec::sqlite(path));
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"did not create"_s), qPrintable(db.error()));
    }

    void shouldRefuseAMissingFile()
    {
        auto db = Database::open(DatabaseSpec::sqlite(m_dir.filePath(u"missing.db"_s)));
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"missing.db"_s), qPrintable(db.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.db"_s)));
    }

    // Cancelling a job (as closing its window does) stops the statement under way: a query of
    // minutes ends at once, as cancelled, instead of holding up the window or the program.
    void shouldInterruptTheStatementOfACancelledJob()
    {
        const QString path = m_dir.filePath(u"interrupted.db"_s);
        QVERIFY(Database::open(DatabaseSpec::sqlite(path), Database::OpenMode::CreateIfMissing));
        StoreJob job;
        QSignalSpy started(&job, &StoreJob::progress);
        QSignalSpy finished(&job, &StoreJob::finished);
        QVERIFY(job.start(DatabaseSpec::sqlite(path), [](Database &database, const ProgressCallback &progress) -> Result<std::any> {
            progress(0, 1);
            QSqlQuery query(database.connection());
            const QString endless = u"WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT COUNT(*) FROM r"_s;
            if (!query.exec(endless))
                return Error{query.lastError().text()};
            return std::any(qint64(0));
        }));
        QVERIFY(started.wait(10000));
        QTest::qWait(200);  // the statement is running now
        QVERIFY(job.isBusy());
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(job.wasCancelled());
        QVERIFY2(job.error().contains(u"interrupt"_s), qPrintable(job.error()));
    }

    void shouldUpsertIdempotently_data() { addBackendRows(); }
    void shouldUpsertIdempotently()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        QList<CallRecord> records = TestSupport::tiedRecords(50);
        // Asterisk writes several CDRs for one uniqueid; different record keys keep them apart.
        records[1].uniqueid = records[0].uniqueid;
        QCOMPARE(stored(*db, records).size(), 50);
        QCOMPARE(stored(*db, records).size(), 50);

        records[7].cnumber = u"changed"_s;
        records[7].cost = Money::fromUnits(123);
        const QList<CallRecord> again = stored(*db, records);
        QCOMPARE(again.size(), 50);
        const auto changed = std::find_if(again.cbegin(), again.cend(),
                                          [](const CallRecord &r) { return r.recordKey == u"key-7"; });
        QVERIFY(changed != again.cend());
        QCOMPARE(changed->cnumber, u"changed"_s);
        QCOMPARE(changed->cost.units(), 123);
        // Everything read back equals what was written, field by field.
        for (const CallRecord &r : again) {
            CallRecord expected = records[r.recordKey.mid(4).toInt()];
            expected.id = r.id;
            QCOMPARE(r, expected);
        }
    }

    void shouldLeaveNothingWhenAWriteFails_data() { addBackendRows(); }
    void shouldLeaveNothingWhenAWriteFails()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        QCOMPARE(stored(*db, TestSupport::tiedRecords(5)).size(), 5);
        CallWriter writer(*db);
        QVERIFY(writer.begin());
        for (const CallRecord &r : TestSupport::tiedRecords(20, u"second"_s))
            QVERIFY(writer.write(r));
        CallRecord bad;
        bad.uniqueid = u"no-key"_s;
        const Result<void> failed = writer.write(bad);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(u"no-key"_s), qPrintable(failed.error()));
        writer.rollback();
        QCOMPARE(*CallStore(*db).count(CallFilter{}), 5);
    }

    // A write while another connection writes waits for it (up to the busy time-out) rather than
    // failing with "database is locked": CallWriter reads before its first write, and SQLite
    // does not let a transaction that has read wait for the write lock.
    void shouldWaitForAnotherWriter()
    {
        auto db = openEmpty(u"sqlite"_s);
        QVERIFY(db);
        Result<void> written;
        {
            TestSupport::WriteLockHolder other(db->spec(), std::chrono::milliseconds(500));
            QVERIFY(other.held());
            written = CallWriter(*db).writeAll(TestSupport::tiedRecords(3));
        }
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(*CallStore(*db).count(CallFilter{}), 3);
    }

    // DESIGN § Filters: text compares by code point everywhere. MariaDB's utf8mb4_bin would
    // pad with spaces ("a" = "a ", "a\t" after "a"); its NO PAD collation must be in force.
    void shouldSortAndCompareTextByCodePoint_data() { addBackendRows(); }
    void shouldSortAndCompareTextByCodePoint()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        const QStringList texts = {u"a"_s, u"a "_s, u"a\t"_s, u"a  "_s, u"A"_s, u""_s, u"\u00e9"_s, u"e\u0301"_s,
                                   u"\U0001F600"_s, u"\uFF21"_s, u"b"_s, u" a"_s};
        QList<CallRecord> records;
        for (const QString &text : texts) {
            CallRecord r;
            r.source = u"codepoint"_s;
            r.recordKey = u"k%1"_s.arg(records.size());
            r.snumber = text;
            records.append(r);
        }
        const QList<CallRecord> rows = stored(*db, records);
        QCOMPARE(rows.size(), texts.size());
        QStringList back;
        for (const CallRecord &r : rows)
            back.append(r.snumber);
        QCOMPARE(QSet<QString>(back.begin(), back.end()), QSet<QString>(texts.begin(), texts.end()));

        CallFilter filter;
        filter.sort = u"snumber"_s;
        CallStore store(*db);
        PageRequest all;
        all.limit = 100;
        const auto ordered = store.page(filter, all);
        QVERIFY2(ordered, qPrintable(ordered.error()));
        QList<qint64> ids;
        for (const CallRecord &r : *ordered)
            ids.append(r.id);
        QCOMPARE(ids, TestSupport::expectedOrder(rows, u"snumber"_s, false));

        // A keyset step from "a" goes to the next code point order, never treating "a " as "a".
        PageRequest after;
        after.from = CallStore::cursorOf(*std::find_if(rows.begin(), rows.end(), [](const CallRecord &r) {
            return r.snumber == u"a"_s;
        }), CallField::Snumber);
        after.limit = 1;
        const auto next = store.page(filter, after);
        QVERIFY2(next && next->size() == 1, qPrintable(next ? u"no row"_s : next.error()));
        QCOMPARE(next->first().snumber, u"a\t"_s);
    }

    void shouldPageEveryOrderExactly_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        for (const QString &backend : TestSupport::backends()) {
            for (const QString &sort : CallFields::sortKeys()) {
                for (bool descending : {false, true})
                    QTest::addRow("%s-%s-%s", qPrintable(backend), qPrintable(sort), descending ? "desc" : "asc")
                        << backend << sort << descending;
            }
        }
    }
    void shouldPageEveryOrderExactly()
    {
        QFETCH(QString, backend);
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        auto db = openEmpty(backend);
        QVERIFY(db);
        const QList<CallRecord> rows = stored(*db, TestSupport::tiedRecords(97));
        QCOMPARE(rows.size(), 97);
        const QList<qint64> expected = TestSupport::expectedOrder(rows, sort, descending);

        CallFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        CallStore store(*db);
        auto ids = [](const QList<CallRecord> &page) {
            QList<qint64> list;
            for (const CallRecord &r : page)
                list.append(r.id);
            return list;
        };

        // Keyset pages of 7 concatenate to the whole order: no gap, no overlap.
        QList<qint64> walked;
        PageRequest request;
        request.limit = 7;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = store.page(filter, request);
            QVERIFY2(page, qPrintable(page.error()));
            walked += ids(*page);
            if (page->size() < request.limit)
                break;
            request.from = CallStore::cursorOf(page->last(), filter.sortField());
        }
        QCOMPARE(walked, expected);

        // Anchors mark every 10th row; from an anchor, skipping lands on any row.
        const auto anchors = store.anchors(filter, 10);
        QVERIFY2(anchors, qPrintable(anchors.error()));
        QCOMPARE(anchors->size(), 10);
        for (int a = 0; a < anchors->size(); ++a)
            QCOMPARE(anchors->at(a).id, expected[a * 10]);
        PageRequest fromAnchor;
        fromAnchor.from = anchors->at(4);
        fromAnchor.inclusive = true;
        fromAnchor.skip = 3;
        fromAnchor.limit = 5;
        QCOMPARE(ids(*store.page(filter, fromAnchor)), expected.mid(43, 5));

        // Walking backwards from the end gives the tail in order.
        PageRequest tail;
        tail.backwards = true;
        tail.skip = 2;
        tail.limit = 6;
        QCOMPARE(ids(*store.page(filter, tail)), expected.mid(97 - 8, 6));

        // limit and offset as the CLI uses them.
        filter.limit = 11;
        filter.offset = 40;
        QList<qint64> limited;
        QCOMPARE(*store.forEach(filter, [&limited](const CallRecord &r) { limited.append(r.id); return true; }, 4), 11);
        QCOMPARE(limited, expected.mid(40, 11));
    }

    void shouldCountAndTotalTheFilteredSet_data() { addBackendRows(); }
    void shouldCountAndTotalTheFilteredSet()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        QList<CallRecord> records = TestSupport::tiedRecords(60);
        records[0].archived = true;
        records[1].currency = u"EUR"_s;
        const QList<CallRecord> rows = stored(*db, records);
        QCOMPARE(rows.size(), 60);

        CallFilter filter;
        filter.start = 1700000060;  // [start, end): minutes 1 and 2 of the five
        filter.end = 1700000180;
        qint64 calls = 0, answered = 0, talk = 0, usd = 0, eur = 0;
        for (const CallRecord &r : rows) {
            if (r.archived || r.start < *filter.start || r.start >= *filter.end)
                continue;
            ++calls;
            answered += r.status == u"answer";
            talk += r.talktime;
            (r.currency == u"EUR" ? eur : usd) += r.cost.units();
        }
        CallStore store(*db);
        QCOMPARE(*store.count(filter), calls);
        const Result<CallTotals> totals = store.totals(filter);
        QVERIFY2(totals, qPrintable(totals.error()));
        QCOMPARE(totals->calls, calls);
        QCOMPARE(totals->answered, answered);
        QCOMPARE(totals->talkSeconds, talk);
        QCOMPARE(totals->costByCurrency.value(u"USD"_s).units(), usd);
        QCOMPARE(totals->costByCurrency.value(u"EUR"_s).units(), eur);

        filter.archive = true;
        filter.start.reset();
        filter.end.reset();
        QCOMPARE(*store.count(filter), 60);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
