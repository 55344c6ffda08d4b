// Customers and resellers, charges up the tree, margins, and creating calls (spec 000), on every
// backend, against the hand-worked world of billingworld.h.
#include "billingworld.h"
#include "testsupport.h"

#include "billing/callcreator.h"
#include "billing/callrating.h"
#include "billing/customerstore.h"
#include "billing/invoicestore.h"
#include "billing/marginreport.h"
#include "billing/ratedeckstore.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace BillingWorld;

namespace {

QStringList charges(Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT k.uniqueid, c.customer_id, c.role, c.cost FROM call_charges c JOIN calls k ON k.id = c.call_id "
           "ORDER BY k.uniqueid, c.customer_id"_s);
    while (q.next())
        rows.append(u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        Money::fromUnits(q.value(3).toLongLong()).toString(2)));
    return rows;
}

QString marginLine(const MarginRow &r)
{
    return u"%1 %2 calls %3 s %4 rev %5 cost %6 margin %7 own %8 uncosted %9"_s.arg(r.customerId).arg(r.role).arg(r.calls).arg(r.seconds)
        .arg(r.revenue.toString(2), r.cost.toString(2), r.margin.toString(2), r.ownMargin.toString(2)).arg(r.uncosted);
}

} // namespace

class tst_Billing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> world(const QString &backend, Decks *decks = nullptr)
    {
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        if (db) {
            const Decks made = build(*db);
            if (decks)
                *decks = made;
        }
        return db;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

    static RatingSummary rateTree(Database &db, const CallFilter &filter = {})
    {
        auto plan = ChargePlan::fromStore(db);
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        CallRating rating(db, std::move(*plan));
        const auto summary = rating.run(filter, false);
        if (!summary)
            qFatal("%s", qPrintable(summary.error()));
        return *summary;
    }

    static QHash<QString, QString> required()
    {
        return {{u"uniqueid"_s, u"c1"_s}, {u"machine"_s, u"pbx1"_s}, {u"start"_s, QString::number(Jan2026 + 86400)}, {u"scustomer"_s, u"10"_s}};
    }

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void shouldKeepTheTreeAndNameTheWrongField_data() { backends(); }
    void shouldKeepTheTreeAndNameTheWrongField()
    {
        QFETCH(QString, backend);
        Decks decks;
        auto db = world(backend, &decks);
        QVERIFY(db);
        CustomerStore store(*db);
        const auto tree = store.tree();
        QVERIFY(tree);
        QCOMPARE(tree->customers().size(), 4);
        QCOMPARE(tree->systemId(), 1);
        QList<qint64> chain;
        for (const Customer *c : tree->chain(10))
            chain.append(c->id);
        QCOMPARE(chain, (QList<qint64>{10, 2, 1}));
        QCOMPARE(tree->subtree(2), (QList<qint64>{2, 10}));
        QCOMPARE(tree->find(10)->taxes, u"VAT,Levy"_s);
        QCOMPARE(tree->find(10)->balance, money(u"50"));

        const auto refused = [&store](Customer c, const QString &field) {
            const auto added = store.add(c);
            if (added)
                return QString(u"accepted"_s);
            return added.error().startsWith(field + u':') ? QString() : added.error();
        };
        Customer c{0, 2, u"New"_s};
        QCOMPARE(refused(Customer{0, 2, u""_s}, u"name"_s), QString());
        c.role = u"king"_s;
        QCOMPARE(refused(c, u"role"_s), QString());
        c.role = u"client"_s;
        c.billing = u"barter"_s;
        QCOMPARE(refused(c, u"billing"_s), QString());
        c.billing = u"prepaid"_s;
        c.currency = u"usd"_s;
        QCOMPARE(refused(c, u"currency"_s), QString());
        c.currency = u"USD"_s;
        c.parentId = 10;  // a client has no customers
        QCOMPARE(refused(c, u"parent"_s), QString());
        c.parentId = 99;
        QCOMPARE(refused(c, u"parent"_s), QString());
        c.parentId = 2;
        c.sellDeck = 999;
        QCOMPARE(refused(c, u"sell_deck"_s), QString());
        c.sellDeck = decks.retail;
        c.id = 10;
        QCOMPARE(refused(c, u"id"_s), QString());
        c.id = 0;
        const auto added = store.add(c);
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(*added > 40);
        // A reseller cannot move below its own client.
        Result<Customer> reseller = store.load(2);
        QVERIFY(reseller);
        reseller->parentId = 10;
        QVERIFY(!store.update(*reseller));
        QVERIFY(store.assignDecks(*added, decks.wholesale, 0));
        QCOMPARE(store.load(*added)->sellDeck, decks.wholesale);
    }

    void shouldChargeEveryCustomerUpTheTree_data() { backends(); }
    void shouldChargeEveryCustomerUpTheTree()
    {
        QFETCH(QString, backend);
        auto db = world(backend);
        QVERIFY(db);
        const RatingSummary summary = rateTree(*db);
        QCOMPARE(summary.calls, 5);
        QCOMPARE(summary.billable, 4);
        QCOMPARE(summary.total, money(u"0.80"));  // 0.20 + 0.30 + 0.10 + 0 + 0.20
        QCOMPARE(charges(*db), (QStringList{u"u1 1 system 0.04"_s, u"u1 2 reseller 0.12"_s, u"u1 10 client 0.20"_s,
                                            u"u2 1 system 0.05"_s, u"u2 2 reseller 0.18"_s, u"u2 10 client 0.30"_s,
                                            u"u3 1 system 0.02"_s, u"u3 40 client 0.10"_s,
                                            u"u4 1 system 0.00"_s, u"u4 2 reseller 0.00"_s, u"u4 10 client 0.00"_s,
                                            u"u5 1 system 0.04"_s, u"u5 2 reseller 0.12"_s, u"u5 10 client 0.20"_s}));
        // Rating again replaces, never adds.
        rateTree(*db);
        QCOMPARE(charges(*db).size(), 14);
        QCOMPARE(count(*db, u"SELECT rated_cost FROM calls WHERE uniqueid = 'u2'"_s), money(u"0.30").units());
    }

    void shouldReportExactMargins_data() { backends(); }
    void shouldReportExactMargins()
    {
        QFETCH(QString, backend);
        auto db = world(backend);
        QVERIFY(db);
        rateTree(*db);
        const auto rows = MarginReport(*db).compute(Jan2026, Feb2026);
        QVERIFY2(rows, qPrintable(rows.error()));
        QStringList lines;
        for (const MarginRow &r : *rows)
            lines.append(marginLine(r));
        // January (u5 is in February). Client A paid 0.50 on 3 calls, which cost its reseller
        // 0.30; the reseller paid 0.30, which cost the system 0.09; the direct client paid 0.10
        // for 0.02. The system earned 0.21 + 0.08 = 0.29, the reseller 0.20.
        QCOMPARE(lines, (QStringList{u"1 system calls 4 s 180 rev 0.40 cost 0.11 margin 0.29 own 0.29 uncosted 0"_s,
                                     u"2 reseller calls 3 s 120 rev 0.30 cost 0.09 margin 0.21 own 0.20 uncosted 0"_s,
                                     u"10 client calls 3 s 120 rev 0.50 cost 0.30 margin 0.20 own 0.00 uncosted 0"_s,
                                     u"40 client calls 1 s 60 rev 0.10 cost 0.02 margin 0.08 own 0.00 uncosted 0"_s}));
        const auto reseller = MarginReport(*db).compute(Jan2026, Feb2026 + 86400, 2);
        QVERIFY(reseller);
        QCOMPARE(reseller->size(), 2);
        QCOMPARE(marginLine(reseller->at(0)), u"2 reseller calls 4 s 181 rev 0.42 cost 0.13 margin 0.29 own 0.28 uncosted 0"_s);
        QVERIFY(!MarginReport(*db).compute(Jan2026, Feb2026, 77));
    }

    void shouldLeaveInvoicedCallsAlone_data() { backends(); }
    void shouldLeaveInvoicedCallsAlone()
    {
        QFETCH(QString, backend);
        Decks decks;
        auto db = world(backend, &decks);
        QVERIFY(db);
        rateTree(*db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE calls SET invoice = 77 WHERE uniqueid = 'u1'"_s));
        QVERIFY(RateDeckStore(*db).save(deck(u"retail"_s, u"1.00", u"3.00")));
        const RatingSummary summary = rateTree(*db);
        QCOMPARE(summary.locked, 1);
        QCOMPARE(summary.calls, 4);
        const QStringList rows = charges(*db);
        QVERIFY(rows.contains(u"u1 10 client 0.20"_s));   // kept
        QVERIFY(rows.contains(u"u2 10 client 3.00"_s));   // re-rated
        // A single-deck run skips it too.
        const auto single = CallRating(*db, *RateDeckStore(*db).load(u"retail"_s)).run(CallFilter(), false);
        QVERIFY(single);
        QCOMPARE(single->locked, 1);
        QVERIFY(charges(*db).contains(u"u1 10 client 0.20"_s));
    }

    void shouldApplyEveryDefaultOfSpec000_data() { backends(); }
    void shouldApplyEveryDefaultOfSpec000()
    {
        QFETCH(QString, backend);
        auto db = world(backend);
        QVERIFY(db);
        QHash<QString, QString> p = required();
        p.insert(u"cnumber"_s, u"442079460000"_s);
        const auto created = CallCreator(*db).create(p);
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created->code, 204);
        const CallRecord &c = created->call;
        QCOMPARE(c.dcustomer, 10);                 // same as scustomer
        QCOMPARE(c.callid, u"c1"_s);               // same as uniqueid
        QCOMPARE(c.end, c.start);                  // same as start
        QCOMPARE(c.talktime, 0);                   // end − start
        QCOMPARE(c.totaltime, 0);
        QCOMPARE(c.media, u"voice"_s);
        QCOMPARE(c.status, u"answer"_s);
        QCOMPARE(c.cost, Money());                 // 0.00
        QCOMPARE(c.currency, u"USD"_s);            // the system's
        QCOMPARE(c.spresent, 0);
        QCOMPARE(c.invoice, 0);
        QCOMPARE(c.peer, 0);
        QCOMPARE(c.stype, QString());
        // Stored as given, every default in place.
        const QList<CallRecord> all = TestSupport::allCalls(*db);
        const auto stored = std::find_if(all.cbegin(), all.cend(), [](const CallRecord &r) { return r.uniqueid == u"c1"; });
        QVERIFY(stored != all.cend());
        QCOMPARE(stored->id, created->callId);
        QCOMPARE(stored->callid, u"c1"_s);
        QCOMPARE(stored->machine, u"pbx1"_s);
        QCOMPARE(stored->dcustomer, 10);
        QCOMPARE(stored->end, stored->start);
        QCOMPARE(stored->media, u"voice"_s);
        QCOMPARE(stored->status, u"answer"_s);
        QVERIFY2(stored->cnumberE164.endsWith(u"442079460000"_s), qPrintable(stored->cnumberE164));

        // end given: talktime and totaltime follow it.
        p = required();
        p.insert(u"uniqueid"_s, u"c2"_s);
        p.insert(u"end"_s, QString::number(Jan2026 + 86400 + 95));
        auto second = CallCreator(*db).create(p);
        QVERIFY(second);
        QCOMPARE(second->call.talktime, 95);
        QCOMPARE(second->call.totaltime, 95);
        QCOMPARE(second->call.answer.value_or(-1), Jan2026 + 86400);
    }

    void shouldValidateWithoutWriting_data() { backends(); }
    void shouldValidateWithoutWriting()
    {
        QFETCH(QString, backend);
        auto db = world(backend);
        QVERIFY(db);
        QHash<QString, QString> p = required();
        p.insert(u"validation"_s, u"1"_s);
        p.insert(u"cost"_s, u"1.25"_s);
        const qint64 before = count(*db, u"SELECT COUNT(*) FROM calls"_s);
        const auto checked = CallCreator(*db).create(p);
        QVERIFY(checked);
        QCOMPARE(checked->code, 201);
        QCOMPARE(checked->callId, 0);
        QCOMPARE(count(*db, u"SELECT COUNT(*) FROM calls"_s), before);
        QCOMPARE(count(*db, u"SELECT balance FROM customers WHERE id = 10"_s), money(u"50").units());
    }

    void shouldNameTheInvalidParameter_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");  // "-" removes the parameter
        const QList<std::pair<QString, QString>> cases = {
            {u"uniqueid"_s, u"-"_s}, {u"machine"_s, u"-"_s}, {u"start"_s, u"-"_s}, {u"scustomer"_s, u"-"_s},
            {u"start"_s, u"yesterday"_s}, {u"scustomer"_s, u"99"_s}, {u"scustomer"_s, u"-3"_s}, {u"dcustomer"_s, u"98"_s},
            {u"end"_s, u"1000"_s}, {u"talktime"_s, u"500"_s}, {u"media"_s, u"video"_s}, {u"status"_s, u"ringing"_s},
            {u"cost"_s, u"1,50"_s}, {u"currency"_s, u"dollars"_s}, {u"currency"_s, u"EUR"_s}, {u"taxes"_s, u"VAT,GST"_s},
            {u"update_balance"_s, u"2"_s}, {u"update_invoices"_s, u"yes"_s}, {u"validation"_s, u"3"_s},
            {u"invoice"_s, u"4242"_s}, {u"spresent"_s, u"x"_s}, {u"colour"_s, u"red"_s}, {u"uniqueid"_s, u"u1-again"_s},
        };
        for (const QString &backend : TestSupport::backends()) {
            for (const auto &[key, value] : cases)
                QTest::newRow(qPrintable(u"%1 %2=%3"_s.arg(backend, key, value))) << backend << key << value;
        }
    }
    void shouldNameTheInvalidParameter()
    {
        QFETCH(QString, backend);
        QFETCH(QString, key);
        QFETCH(QString, value);
        auto db = world(backend);
        QVERIFY(db);
        QHash<QString, QString> p = required();
        p.insert(u"cost"_s, u"0.50"_s);
        if (value == u"-")
            p.remove(key);
        else if (value == u"u1-again") {
            QVERIFY(CallCreator(*db).create(p)->code == 204);  // the first time it is fine
        } else
            p.insert(key, value);
        if (key == u"talktime")
            p.insert(u"end"_s, QString::number(Jan2026 + 86400 + 100));
        const qint64 calls = count(*db, u"SELECT COUNT(*) FROM calls"_s);
        const auto outcome = CallCreator(*db).create(p);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->code, 400);
        QCOMPARE(outcome->key, key);
        QVERIFY(!outcome->message.isEmpty());
        QCOMPARE(count(*db, u"SELECT COUNT(*) FROM calls"_s), calls);
    }

    void shouldUpdateBalanceAndDraftInvoiceInOneGo_data() { backends(); }
    void shouldUpdateBalanceAndDraftInvoiceInOneGo()
    {
        QFETCH(QString, backend);
        auto db = world(backend);
        QVERIFY(db);
        rateTree(*db);
        const auto draft = InvoiceStore(*db).generate(10, Jan2026, Feb2026);
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft->subtotal, money(u"0.50"));
        QHash<QString, QString> p = required();
        p.insert(u"cost"_s, u"1.25"_s);
        p.insert(u"start"_s, QString::number(Jan2026 + 86400));
        auto created = CallCreator(*db).create(p);
        QVERIFY(created);
        QCOMPARE(created->code, 204);
        QCOMPARE(created->balance.value_or(Money()), money(u"48.75"));
        QCOMPARE(created->invoices, (QList<qint64>{draft->id}));
        QCOMPARE(count(*db, u"SELECT balance FROM customers WHERE id = 10"_s), money(u"48.75").units());
        QCOMPARE(InvoiceStore(*db).load(draft->id)->subtotal, money(u"1.75"));
        // Neither, when asked not to.
        p.insert(u"uniqueid"_s, u"c9"_s);
        p.insert(u"update_balance"_s, u"0"_s);
        p.insert(u"update_invoices"_s, u"0"_s);
        created = CallCreator(*db).create(p);
        QVERIFY(created);
        QCOMPARE(created->code, 204);
        QVERIFY(!created->balance);
        QVERIFY(created->invoices.isEmpty());
        QCOMPARE(count(*db, u"SELECT balance FROM customers WHERE id = 10"_s), money(u"48.75").units());
        QCOMPARE(InvoiceStore(*db).load(draft->id)->subtotal, money(u"1.75"));
    }

    void shouldManageCustomersCreateCallsAndShowMarginsFromTheCli()
    {
        auto db = world(u"sqlite"_s);
        QVERIFY(db);
        const QString path = db->spec().path;
        db.reset();
        using TestSupport::runCli;
        auto run = runCli({u"customer"_s, u"add"_s, u"--db"_s, path, u"--parent"_s, u"2"_s, u"--name"_s, u"Client B"_s,
                           u"--sell-deck"_s, u"retail"_s, u"--taxes"_s, u"VAT"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli({u"customer"_s, u"set"_s, u"--db"_s, path, u"--id"_s, u"40"_s, u"--billing"_s, u"barter"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"billing"_s), qPrintable(run.err));
        run = runCli({u"customer"_s, u"list"_s, u"--db"_s, path});
        QVERIFY2(run.out.contains(u",2,\"Client B\",client,postpaid,USD,0.00,\"VAT\","_s), qPrintable(run.out));
        run = runCli({u"create"_s, u"--db"_s, path, u"--uniqueid"_s, u"cli1"_s, u"--machine"_s, u"m"_s, u"--start"_s,
                      QString::number(Jan2026 + 600), u"--scustomer"_s, u"10"_s, u"--validation"_s, u"1"_s});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith(u"201 "_s), qPrintable(run.out + run.err));
        run = runCli({u"create"_s, u"--db"_s, path, u"--uniqueid"_s, u"cli1"_s, u"--machine"_s, u"m"_s, u"--start"_s,
                      QString::number(Jan2026 + 600), u"--scustomer"_s, u"10"_s, u"--media"_s, u"telex"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"400 media:"_s), qPrintable(run.err));
        run = runCli({u"rate"_s, u"--db"_s, path});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith(u"5 calls rated: 4 billable"_s), qPrintable(run.out + run.err));
        run = runCli({u"margins"_s, u"--db"_s, path, u"--start"_s, u"2026-01-01"_s, u"--end"_s, u"2026-02-01"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"2,1,\"Reseller\",reseller,3,2.00,0.30,0.09,0.21,0.20,USD,0\n"_s), qPrintable(run.out));
        run = runCli({u"rate"_s, u"--db"_s, path, u"--explain"_s, u"--uniqueid"_s, u"u2"_s});
        QVERIFY2(run.out.contains(u"Customer 2 (reseller) pays:"_s) && run.out.contains(u"Cost: 0.18 USD."_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(tst_Billing)
#include "tst_billing.moc"
