// Invoices (generate, taxes and rounding, issue and its lock, void, PDF and CSV), invoice
// review, what-if re-rating, and exact money totals over a million calls.
#include "billingworld.h"
#include "testsupport.h"

#include "billing/callrating.h"
#include "billing/invoicedocument.h"
#include "billing/invoicereview.h"
#include "billing/invoicestore.h"
#include "billing/ratedeckstore.h"
#include "billing/rater.h"
#include "billing/whatif.h"
#include "store/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace BillingWorld;

class tst_Invoices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> ratedWorld(const QString &backend)
    {
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        if (!db)
            return db;
        build(*db);
        auto plan = ChargePlan::fromStore(*db);
        if (!plan || !CallRating(*db, std::move(*plan)).run(CallFilter(), false))
            qFatal("rating the world");
        return db;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

    static QStringList lines(const Invoice &invoice)
    {
        QStringList result;
        for (const InvoiceLine &l : invoice.lines)
            result.append(u"%1|%2|%3|%4|%5|%6"_s.arg(l.kind, l.description, l.prefix).arg(l.quantity).arg(l.seconds).arg(l.amount.toString(2)));
        return result;
    }

    static qint64 value(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void shouldGenerateLinesTaxesAndTotals_data() { backends(); }
    void shouldGenerateLinesTaxesAndTotals()
    {
        QFETCH(QString, backend);
        auto db = ratedWorld(backend);
        QVERIFY(db);
        const auto invoice = InvoiceStore(*db).generate(10, Jan2026, Feb2026);
        QVERIFY2(invoice, qPrintable(invoice.error()));
        QCOMPARE(invoice->status, u"draft"_s);
        // u1 0.20 + u4 0 to 44, u2 0.30 to 4477; VAT 20% and Levy 2.5% of 0.50.
        QCOMPARE(lines(*invoice), (QStringList{u"voice|United Kingdom|44|2|90|0.20"_s, u"voice|United Kingdom - Mobile|4477|1|30|0.30"_s,
                                               u"tax|VAT||0|0|0.10"_s, u"tax|Levy||0|0|0.01"_s}));
        QCOMPARE(invoice->subtotal, money(u"0.50"));
        QCOMPARE(invoice->taxTotal, money(u"0.11"));   // 0.10 + 0.0125 → 0.01 (half-up)
        QCOMPARE(invoice->total, money(u"0.61"));
        QCOMPARE(invoice->calls(), 3);
        const auto stored = InvoiceStore(*db).load(invoice->id);
        QVERIFY(stored);
        QCOMPARE(lines(*stored), lines(*invoice));
        QCOMPARE(stored->total, invoice->total);
        QCOMPARE(stored->customerName, u"Client A"_s);
        // The named rule rounds each line and tax once: Levy 0.0125 up is 0.02.
        const auto up = InvoiceStore(*db).generate(10, Jan2026, Feb2026, RoundingRule::Up);
        QVERIFY(up);
        QCOMPARE(up->taxTotal, money(u"0.12"));
        const auto fourDecimals = InvoiceStore(*db).generate(10, Jan2026, Feb2026, RoundingRule::HalfEven, 4);
        QVERIFY(fourDecimals);
        QCOMPARE(fourDecimals->total, money(u"0.6125"));
        QVERIFY(!InvoiceStore(*db).generate(10, Feb2026, Jan2026));
        QVERIFY(!InvoiceStore(*db).generate(99, Jan2026, Feb2026));
        const auto all = InvoiceStore(*db).list(10);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        // The list counts each invoice's calls (its newest is the four-decimal draft).
        QVERIFY(fourDecimals->calls() > 0);
        QCOMPARE(all->first().id, fourDecimals->id);
        QCOMPARE(all->first().calls(), fourDecimals->calls());
    }

    void shouldLockIssuedCallsAndReleaseThemOnVoid_data() { backends(); }
    void shouldLockIssuedCallsAndReleaseThemOnVoid()
    {
        QFETCH(QString, backend);
        auto db = ratedWorld(backend);
        QVERIFY(db);
        InvoiceStore store(*db);
        const auto draft = store.generate(10, Jan2026, Feb2026);
        QVERIFY(draft);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM calls WHERE invoice <> 0"_s), 0);  // a draft binds nothing
        const auto issued = store.issue(draft->id);
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(issued->status, u"issued"_s);
        QVERIFY(issued->issuedAt);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM calls WHERE invoice = %1"_s.arg(draft->id)), 3);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM call_charges WHERE invoice_id = %1"_s.arg(draft->id)), 3);
        QVERIFY(!store.issue(draft->id));  // only drafts
        // Re-rating under a dearer deck leaves the issued calls alone.
        QVERIFY(RateDeckStore(*db).save(deck(u"retail"_s, u"1.00"_s, u"3.00"_s)));
        auto plan = ChargePlan::fromStore(*db);
        QVERIFY(plan);
        const auto rerun = CallRating(*db, std::move(*plan)).run(CallFilter(), false);
        QVERIFY(rerun);
        QCOMPARE(rerun->locked, 3);
        QCOMPARE(value(*db, u"SELECT rated_cost FROM calls WHERE uniqueid = 'u2'"_s), money(u"0.30").units());
        QCOMPARE(value(*db, u"SELECT rated_cost FROM calls WHERE uniqueid = 'u5'"_s), money(u"2.00").units());
        // A second invoice for the period finds nothing left to bill.
        const auto second = store.generate(10, Jan2026, Feb2026);
        QVERIFY(second);
        QCOMPARE(second->subtotal, Money());
        // Void releases them.
        const auto voided = store.voidInvoice(draft->id);
        QVERIFY(voided);
        QCOMPARE(voided->status, u"void"_s);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM calls WHERE invoice <> 0"_s), 0);
        QCOMPARE(value(*db, u"SELECT COUNT(*) FROM call_charges WHERE invoice_id <> 0"_s), 0);
        QVERIFY(!store.voidInvoice(draft->id));
        QCOMPARE(store.load(draft->id)->total, money(u"0.61"));  // the document stays as it was
    }

    void shouldReviewBilledAgainstReratedCosts_data() { backends(); }
    void shouldReviewBilledAgainstReratedCosts()
    {
        QFETCH(QString, backend);
        auto db = ratedWorld(backend);
        QVERIFY(db);
        const auto invoice = InvoiceStore(*db).generate(10, Jan2026, Feb2026);
        QVERIFY(invoice);
        QVERIFY(InvoiceStore(*db).issue(invoice->id));
        auto review = InvoiceReview::compute(*db, invoice->id);
        QVERIFY2(review, qPrintable(review.error()));
        QCOMPARE(review->calls.size(), 3);
        QCOMPARE(review->differing, 0);
        // The mobile rate changes after the invoice: u2 now re-rates at 0.40 (60 s at 0.40).
        QVERIFY(RateDeckStore(*db).save(deck(u"retail"_s, u"0.10"_s, u"0.40"_s)));
        review = InvoiceReview::compute(*db, invoice->id);
        QVERIFY(review);
        QCOMPARE(review->differing, 1);
        QCOMPARE(review->billed, money(u"0.50"));
        QCOMPARE(review->rerated, money(u"0.60"));
        QCOMPARE(review->difference, money(u"0.10"));
        QCOMPARE(review->destinations.size(), 2);
        const ReviewDestination &mobile = review->destinations.at(1);
        QCOMPARE(mobile.destination, u"United Kingdom - Mobile"_s);
        QCOMPARE(mobile.differing, 1);
        QCOMPARE(mobile.difference, money(u"0.10"));
        QCOMPARE(review->destinations.at(0).difference, Money());
        const auto flagged = std::find_if(review->calls.cbegin(), review->calls.cend(), [](const ReviewCall &c) { return c.differs; });
        QCOMPARE(flagged->uniqueid, u"u2"_s);
    }

    void shouldCompareACandidateDeckWithoutWriting_data() { backends(); }
    void shouldCompareACandidateDeckWithoutWriting()
    {
        QFETCH(QString, backend);
        auto db = ratedWorld(backend);
        QVERIFY(db);
        const qint64 before = value(*db, u"SELECT SUM(cost) FROM call_charges"_s);
        const auto retail = RateDeckStore(*db).load(u"retail"_s);
        QVERIFY(retail);
        // Retail doubled: revenue doubles, costs stay.
        CallFilter january;
        january.start = Jan2026;
        january.end = Feb2026;
        const auto report = WhatIf(*db).compute(january, deck(u"candidate"_s, u"0.20"_s, u"0.60"_s), retail->id());
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->total.calls, 4);
        QCOMPARE(report->total.revenueBefore, money(u"0.60"));
        QCOMPARE(report->total.revenueAfter, money(u"1.20"));
        QCOMPARE(report->total.costBefore, money(u"0.32"));  // 0.30 the reseller's on client A, 0.02 the system's on client 40
        QCOMPARE(report->total.costAfter, money(u"0.32"));
        QCOMPARE(report->total.marginChange(), money(u"0.60"));
        QCOMPARE(report->byCustomer.size(), 2);
        QCOMPARE(report->byCustomer.at(0).customerId, 10);
        QCOMPARE(report->byCustomer.at(0).marginAfter(), money(u"0.70"));
        QCOMPARE(report->byDestination.size(), 2);
        QCOMPARE(report->byDestination.at(1).key, u"United Kingdom - Mobile"_s);
        QCOMPARE(report->byDestination.at(1).revenueAfter, money(u"0.60"));
        QCOMPARE(value(*db, u"SELECT SUM(cost) FROM call_charges"_s), before);
    }

    void shouldExportPdfAndCsvFromTheCli()
    {
        auto db = ratedWorld(u"sqlite"_s);
        QVERIFY(db);
        const QString path = db->spec().path;
        db.reset();
        using TestSupport::runCli;
        auto run = runCli({u"invoice"_s, u"generate"_s, u"--db"_s, path, u"--customer"_s, u"10"_s, u"--start"_s, u"2026-01-01"_s,
                           u"--end"_s, u"2026-02-01"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Subtotal 0.50, taxes 0.11, total 0.61 USD (3 calls)"_s), qPrintable(run.out));
        run = runCli({u"invoice"_s, u"issue"_s, u"--db"_s, path, u"--id"_s, u"1"_s});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"(issued)"_s), qPrintable(run.out + run.err));
        run = runCli({u"invoice"_s, u"list"_s, u"--db"_s, path});
        QVERIFY2(run.out.contains(u"1,10,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,issued,0.50,0.11,0.61,USD"_s), qPrintable(run.out));
        const QString pdf = m_dir.filePath(u"invoice.pdf"_s);
        const QString csv = m_dir.filePath(u"invoice.csv"_s);
        run = runCli({u"invoice"_s, u"export"_s, u"--db"_s, path, u"--id"_s, u"1"_s, u"--pdf"_s, pdf, u"--csv"_s, csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) must be installed");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {u"Invoice 1"_s, u"Client A"_s, u"United Kingdom - Mobile"_s, u"0.50"_s, u"VAT (20%)"_s,
                                        u"0.10"_s, u"Levy (2.5%)"_s, u"0.61 USD"_s})
            QVERIFY2(words.contains(expected), qPrintable(expected + u" not in:\n"_s + words));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(table.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 4 + 3);
        QCOMPARE(rows.at(2), u"1,10,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,issued,voice,United Kingdom - Mobile,4477,1,0.50,,0.30,USD"_s);
        QCOMPARE(rows.last(), u"1,10,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,issued,total,,,,,,0.61,USD"_s);
        run = runCli({u"invoice"_s, u"review"_s, u"--db"_s, path, u"--id"_s, u"1"_s});
        QVERIFY2(run.out.contains(u"0 of 3 calls differ"_s), qPrintable(run.out + run.err));
        run = runCli({u"invoice"_s, u"show"_s, u"--db"_s, path, u"--id"_s, u"7"_s});
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"rate"_s, u"--db"_s, path, u"--what-if"_s, u"wholesale"_s, u"--replace"_s, u"retail"_s, u"--start"_s, u"2026-01-01"_s,
                      u"--end"_s, u"2026-02-01"_s});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"\"Total\",4,0.60,0.36,0.32,0.32,0.28,0.04,-0.24"_s), qPrintable(run.out + run.err));
    }

    // A million generated calls rated in memory: the Money total equals a reference summed in
    // plain integers (whole seconds × rate in units per minute, one exact division per call).
    void shouldTotalAMillionCallsExactly()
    {
        RateRow a;
        a.prefix = u"1"_s;
        a.rate = money(u"0.0123");          // per minute; 6/6
        a.initialIncrement = 6;
        a.subsequentIncrement = 6;
        RateRow b;
        b.prefix = u"44"_s;
        b.rate = money(u"0.0987");          // 30/6
        b.initialIncrement = 30;
        b.subsequentIncrement = 6;
        b.connectionFee = money(u"0.0013");
        DeckRules rules;
        rules.decimals = 8;                 // no rounding beyond Money's own 1e-8
        auto made = RateDeck::create(u"million"_s, u"USD"_s, rules, {a, b});
        QVERIFY(made);
        Rater rater(*made, false);
        std::mt19937_64 random(42);
        Money total;
        __int128 reference = 0;
        CallRecord call;
        call.status = u"answer"_s;
        call.start = Jan2026;
        for (int i = 0; i < 1000000; ++i) {
            const bool uk = random() % 3 == 0;
            call.cnumber = uk ? u"442079460000"_s : u"12125550100"_s;
            call.talktime = qint64(random() % 3600);
            const auto charge = rater.rate(call);
            QVERIFY(charge);
            total = *total.plus(charge->cost);
            const RateRow &r = uk ? b : a;
            qint64 billed = 0;
            if (call.talktime > 0) {
                billed = r.initialIncrement;
                if (call.talktime > billed)
                    billed += (call.talktime - billed + r.subsequentIncrement - 1) / r.subsequentIncrement * r.subsequentIncrement;
            }
            // rate × seconds / 60, half-up to a unit, then the fee.
            const __int128 numerator = __int128(r.rate.units()) * billed;
            reference += (numerator * 2 + 60) / 120 + r.connectionFee.units();
        }
        QVERIFY(reference < std::numeric_limits<qint64>::max());
        QCOMPARE(total.units(), qint64(reference));
    }
};

QTEST_GUILESS_MAIN(tst_Invoices)
#include "tst_invoices.moc"
