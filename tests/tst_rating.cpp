#include "billing/ratedeck.h"
#include "billing/rater.h"
#include "core/timeutil.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Money money(QStringView text)
{
    const auto parsed = Money::parse(text);
    Q_ASSERT(parsed);
    return *parsed;
}

RateRow row(const QString &prefix, QStringView rate, qint64 initial = 60, qint64 subsequent = 60)
{
    RateRow r;
    r.prefix = prefix;
    r.destination = u"Test "_s + prefix;
    r.rate = money(rate);
    r.initialIncrement = initial;
    r.subsequentIncrement = subsequent;
    return r;
}

RateDeck deck(const DeckRules &rules, const QList<RateRow> &rows)
{
    auto made = RateDeck::create(u"test"_s, u"USD"_s, rules, rows);
    if (!made)
        qFatal("%s", qPrintable(made.error()));
    return *made;
}

CallRecord call(const QString &number, qint64 talktime, const QString &status = u"answer"_s,
                qint64 start = 1704067200 /* 2024-01-01T00:00:00Z, a Monday */, qint64 customer = 1)
{
    CallRecord c;
    c.cnumber = number;
    c.talktime = talktime;
    c.status = status;
    c.start = start;
    c.scustomer = customer;
    return c;
}

qint64 at(QStringView iso)
{
    const auto t = TimeUtil::parseTimestamp(iso);
    Q_ASSERT(t);
    return *t;
}

Charge rated(Rater &rater, const CallRecord &c)
{
    auto charge = rater.rate(c);
    if (!charge)
        qFatal("%s", qPrintable(charge.error()));
    return *charge;
}

} // namespace

class tst_Rating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBillIncrementsUnderBothAnchors_data();
    void shouldBillIncrementsUnderBothAnchors();
    void shouldAddConnectionFees();
    void shouldDeductGrace_data();
    void shouldDeductGrace();
    void shouldNotChargeBelowThreshold();
    void shouldSpendIncludedSecondsPerCustomer();
    void shouldApplyMinimumCost_data();
    void shouldApplyMinimumCost();
    void shouldLeaveUnbillableStatusesFree();
    void shouldPriceEachIncrementByPeakWindow_data();
    void shouldPriceEachIncrementByPeakWindow();
    void shouldRoundByDeckRule_data();
    void shouldRoundByDeckRule();
    void shouldUseSubsequentRateAfterFirstBlock();
    void shouldApplyMinimumDuration();
    void shouldMatchLongestPrefix_data();
    void shouldMatchLongestPrefix();
    void shouldHonourEffectiveDates_data();
    void shouldHonourEffectiveDates();
    void shouldRefuseOverlappingPeriods();
    void shouldRefuseBadRows_data();
    void shouldRefuseBadRows();
    void shouldParseRules_data();
    void shouldParseRules();
    void shouldExplainEveryStep();
    void shouldSumManyCallsExactly();
};

// Rate 0.60/min = 0.01 per second, so the expected cost is billed seconds × 0.01 exactly.
// Billed seconds worked out by hand:
//   initial-then-subsequent: d = 0 → 0; d ≤ I → I; else I + ⌈(d − I)/S⌉·S
//   whole-duration:          d = 0 → 0; d ≤ I → I; else ⌈d/S⌉·S
void tst_Rating::shouldBillIncrementsUnderBothAnchors_data()
{
    QTest::addColumn<qint64>("initial");
    QTest::addColumn<qint64>("subsequent");
    QTest::addColumn<qint64>("talktime");
    QTest::addColumn<qint64>("billedInitialThenSubsequent");
    QTest::addColumn<qint64>("billedWholeDuration");

    struct Case { qint64 i, s, d, its, wd; };
    const Case cases[] = {
        // 60/60: the anchors agree because I = S.
        {60, 60, 0, 0, 0}, {60, 60, 1, 60, 60}, {60, 60, 5, 60, 60}, {60, 60, 6, 60, 60},
        {60, 60, 7, 60, 60}, {60, 60, 29, 60, 60}, {60, 60, 30, 60, 60}, {60, 60, 31, 60, 60},
        {60, 60, 40, 60, 60}, {60, 60, 59, 60, 60}, {60, 60, 60, 60, 60},
        {60, 60, 61, 120, 120},     // 60 + ⌈1/60⌉·60 = 120; ⌈61/60⌉·60 = 120
        {60, 60, 3600, 3600, 3600}, // 60 + 59·60; 60·60
        // 30/6: 30 is a multiple of 6, so the anchors agree again.
        {30, 6, 0, 0, 0}, {30, 6, 1, 30, 30}, {30, 6, 5, 30, 30}, {30, 6, 6, 30, 30},
        {30, 6, 7, 30, 30}, {30, 6, 29, 30, 30}, {30, 6, 30, 30, 30},
        {30, 6, 31, 36, 36},        // 30 + ⌈1/6⌉·6 = 36; ⌈31/6⌉ = 6 → 36
        {30, 6, 40, 42, 42},        // 30 + ⌈10/6⌉·6 = 42; ⌈40/6⌉ = 7 → 42
        {30, 6, 59, 60, 60},        // 30 + ⌈29/6⌉·6 = 60; ⌈59/6⌉ = 10 → 60
        {30, 6, 60, 60, 60},        // 30 + 30; 10·6
        {30, 6, 61, 66, 66},        // 30 + ⌈31/6⌉·6 = 66; ⌈61/6⌉ = 11 → 66
        {30, 6, 3600, 3600, 3600},  // 30 + 595·6 = 3600; 600·6
        // 30/60: the example, 40 s bills 90 s (Kazoo) or 60 s (A2Billing).
        {30, 60, 0, 0, 0}, {30, 60, 1, 30, 30}, {30, 60, 5, 30, 30}, {30, 60, 6, 30, 30},
        {30, 60, 7, 30, 30}, {30, 60, 29, 30, 30}, {30, 60, 30, 30, 30},
        {30, 60, 31, 90, 60},       // 30 + 60; ⌈31/60⌉·60 = 60
        {30, 60, 40, 90, 60},
        {30, 60, 59, 90, 60},
        {30, 60, 60, 90, 60},       // 30 + ⌈30/60⌉·60 = 90; 60
        {30, 60, 61, 90, 120},      // 30 + ⌈31/60⌉·60 = 90; ⌈61/60⌉·60 = 120
        {30, 60, 3600, 3630, 3600}, // 30 + ⌈3570/60⌉·60 = 30 + 60·60; 60·60
        // 6/6
        {6, 6, 0, 0, 0}, {6, 6, 1, 6, 6}, {6, 6, 5, 6, 6}, {6, 6, 6, 6, 6},
        {6, 6, 7, 12, 12}, {6, 6, 29, 30, 30}, {6, 6, 30, 30, 30}, {6, 6, 31, 36, 36},
        {6, 6, 40, 42, 42}, {6, 6, 59, 60, 60}, {6, 6, 60, 60, 60}, {6, 6, 61, 66, 66},
        {6, 6, 3600, 3600, 3600},
        // 1/1: every second as it comes.
        {1, 1, 0, 0, 0}, {1, 1, 1, 1, 1}, {1, 1, 5, 5, 5}, {1, 1, 6, 6, 6}, {1, 1, 7, 7, 7},
        {1, 1, 29, 29, 29}, {1, 1, 30, 30, 30}, {1, 1, 31, 31, 31}, {1, 1, 40, 40, 40},
        {1, 1, 59, 59, 59}, {1, 1, 60, 60, 60}, {1, 1, 61, 61, 61}, {1, 1, 3600, 3600, 3600},
    };
    for (const Case &c : cases)
        QTest::addRow("%lld/%lld at %lld s", c.i, c.s, c.d) << c.i << c.s << c.d << c.its << c.wd;
}

void tst_Rating::shouldBillIncrementsUnderBothAnchors()
{
    QFETCH(qint64, initial);
    QFETCH(qint64, subsequent);
    QFETCH(qint64, talktime);
    QFETCH(qint64, billedInitialThenSubsequent);
    QFETCH(qint64, billedWholeDuration);
    for (const IncrementAnchor anchor : {IncrementAnchor::InitialThenSubsequent, IncrementAnchor::WholeDuration}) {
        DeckRules rules;
        rules.anchor = anchor;
        rules.decimals = 8;
        const RateDeck d = deck(rules, {row(u"44"_s, u"0.60", initial, subsequent)});
        Rater rater(d);
        const Charge charge = rated(rater, call(u"4420"_s, talktime));
        const qint64 expected = anchor == IncrementAnchor::WholeDuration ? billedWholeDuration
                                                                          : billedInitialThenSubsequent;
        QCOMPARE(charge.billedSeconds, expected);
        QCOMPARE(charge.cost, Money::fromUnits(expected * 1000000)); // 0.01 = 1 000 000 units per second
    }
}

void tst_Rating::shouldAddConnectionFees()
{
    DeckRules rules;
    rules.connectionFee = money(u"0.02");
    RateRow r = row(u"44"_s, u"1.20");
    r.connectionFee = money(u"0.05");
    const RateDeck d = deck(rules, {r});
    Rater rater(d);
    // 61 s at 60/60 → 120 s; 1.20 × 120 / 60 = 2.40; + 0.05 + 0.02 = 2.47
    const Charge charge = rated(rater, call(u"4420"_s, 61));
    QCOMPARE(charge.fees, money(u"0.07"));
    QCOMPARE(charge.usage, money(u"2.40"));
    QCOMPARE(charge.cost, money(u"2.47"));
}

void tst_Rating::shouldDeductGrace_data()
{
    QTest::addColumn<qint64>("talktime");
    QTest::addColumn<QString>("cost");
    // grace 5 s, 60/60 at 1.20, connection fee 0.10
    QTest::newRow("65 s → 60 s billed") << qint64(65) << u"1.30"_s;  // 1.20 + 0.10
    QTest::newRow("66 s → 61 → 120 s") << qint64(66) << u"2.50"_s;  // 2.40 + 0.10
    QTest::newRow("3 s → nothing left") << qint64(3) << u"0.10"_s;  // the fee only
    QTest::newRow("5 s → nothing left") << qint64(5) << u"0.10"_s;
}

void tst_Rating::shouldDeductGrace()
{
    QFETCH(qint64, talktime);
    QFETCH(QString, cost);
    DeckRules rules;
    rules.graceSeconds = 5;
    RateRow r = row(u"44"_s, u"1.20");
    r.connectionFee = money(u"0.10");
    const RateDeck d = deck(rules, {r});
    Rater rater(d);
    QCOMPARE(rated(rater, call(u"4420"_s, talktime)).cost, money(cost));
}

void tst_Rating::shouldNotChargeBelowThreshold()
{
    DeckRules rules;
    rules.noChargeBelow = 10;
    RateRow r = row(u"44"_s, u"1.20");
    r.connectionFee = money(u"0.10");
    const RateDeck d = deck(rules, {r});
    Rater rater(d);
    const Charge below = rated(rater, call(u"4420"_s, 9));
    QVERIFY(!below.billable);
    QCOMPARE(below.cost, Money());                                       // not even the fee
    QCOMPARE(rated(rater, call(u"4420"_s, 10)).cost, money(u"1.30"));      // 60 s × 1.20/60 + 0.10
}

void tst_Rating::shouldSpendIncludedSecondsPerCustomer()
{
    DeckRules rules;
    rules.includedSeconds = 100;
    const RateDeck d = deck(rules, {row(u"44"_s, u"1.20")});
    Rater rater(d);
    // customer 1: 50 s → 60 billed, all included (40 left)
    const Charge first = rated(rater, call(u"4420"_s, 50));
    QCOMPARE(first.includedUsed, 60);
    QCOMPARE(first.cost, Money());
    // 70 s → 120 billed, 40 included, 80 charged: 1.20 × 80 / 60 = 1.60
    const Charge second = rated(rater, call(u"4420"_s, 70));
    QCOMPARE(second.includedUsed, 40);
    QCOMPARE(second.cost, money(u"1.60"));
    // allowance spent: 30 s → 60 billed → 1.20
    QCOMPARE(rated(rater, call(u"4420"_s, 30)).cost, money(u"1.20"));
    // customer 2 has an allowance of its own
    QCOMPARE(rated(rater, call(u"4420"_s, 30, u"answer"_s, 1704067200, 2)).cost, Money());
}

void tst_Rating::shouldApplyMinimumCost_data()
{
    QTest::addColumn<qint64>("talktime");
    QTest::addColumn<QString>("cost");
    // 6/6 at 1.20 (0.02 per second), minimum cost 0.50
    QTest::newRow("10 s → 12 s = 0.24 → minimum") << qint64(10) << u"0.50"_s;
    QTest::newRow("30 s → 0.60 above minimum") << qint64(30) << u"0.60"_s;
    QTest::newRow("25 s → 30 s = 0.60") << qint64(25) << u"0.60"_s;
}

void tst_Rating::shouldApplyMinimumCost()
{
    QFETCH(qint64, talktime);
    QFETCH(QString, cost);
    DeckRules rules;
    rules.minimumCost = money(u"0.50");
    const RateDeck d = deck(rules, {row(u"44"_s, u"1.20", 6, 6)});
    Rater rater(d);
    QCOMPARE(rated(rater, call(u"4420"_s, talktime)).cost, money(cost));
}

void tst_Rating::shouldLeaveUnbillableStatusesFree()
{
    DeckRules rules;
    RateRow r = row(u"44"_s, u"1.20");
    r.connectionFee = money(u"0.10");
    const RateDeck byDefault = deck(rules, {r});
    Rater rater(byDefault);
    for (const QString &status : {u"noanswer"_s, u"busy"_s, u"cancel"_s, u"congestion"_s}) {
        const Charge charge = rated(rater, call(u"4420"_s, 0, status));
        QVERIFY(charge.matched());
        QVERIFY(!charge.billable);
        QCOMPARE(charge.cost, Money());
    }
    // A deck that bills busy calls charges their connection fee (no talk time to bill).
    QVERIFY(rules.set(u"billable"_s, u"answer, busy"_s).ok());
    const RateDeck busyBilled = deck(rules, {r});
    Rater busyRater(busyBilled);
    QCOMPARE(rated(busyRater, call(u"4420"_s, 0, u"busy"_s)).cost, money(u"0.10"));
    QCOMPARE(rated(busyRater, call(u"4420"_s, 0, u"noanswer"_s)).cost, Money());
}

void tst_Rating::shouldPriceEachIncrementByPeakWindow_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("talktime");
    QTest::addColumn<QString>("cost");
    // peak mon-fri 08-18 at 1.20, off-peak 0.60, 60/60: each minute priced at its own start.
    // Monday 17:59 UTC, 180 s: 17:59 peak 1.20 + 18:00 off 0.60 + 18:01 off 0.60 = 2.40
    QTest::newRow("crossing 18:00") << u"UTC"_s << u"2024-01-01T17:59:00Z"_s << qint64(180) << u"2.40"_s;
    // Monday 07:59 UTC, 120 s: 07:59 off 0.60 + 08:00 peak 1.20 = 1.80
    QTest::newRow("crossing 08:00") << u"UTC"_s << u"2024-01-01T07:59:00Z"_s << qint64(120) << u"1.80"_s;
    // Sunday noon is off-peak: 0.60
    QTest::newRow("sunday") << u"UTC"_s << u"2023-12-31T12:00:00Z"_s << qint64(60) << u"0.60"_s;
    // Berlin is UTC+1 in January: 16:59Z is 17:59 local, as the first case: 2.40
    QTest::newRow("in a zone") << u"Europe/Berlin"_s << u"2024-01-01T16:59:00Z"_s << qint64(180) << u"2.40"_s;
    // Friday 23:59 Berlin → Saturday: all off-peak, 2 × 0.60 = 1.20
    QTest::newRow("friday night") << u"Europe/Berlin"_s << u"2024-01-05T22:59:00Z"_s << qint64(120) << u"1.20"_s;
}

void tst_Rating::shouldPriceEachIncrementByPeakWindow()
{
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(qint64, talktime);
    QFETCH(QString, cost);
    DeckRules rules;
    QVERIFY(rules.set(u"peak"_s, u"mon-fri 08-18"_s).ok());
    QVERIFY(rules.set(u"timezone"_s, zone).ok());
    RateRow r = row(u"44"_s, u"1.20");
    r.offpeakRate = money(u"0.60");
    const RateDeck d = deck(rules, {r});
    Rater rater(d);
    QCOMPARE(rated(rater, call(u"4420"_s, talktime, u"answer"_s, at(start))).cost, money(cost));
}

void tst_Rating::shouldRoundByDeckRule_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("talktime");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("cost");
    // 0.0123/min × 7 s / 60 = 0.001435 exactly
    QTest::newRow("half-up 4") << u"0.0123"_s << qint64(7) << u"half-up"_s << 4 << u"0.0014"_s;
    QTest::newRow("up 4") << u"0.0123"_s << qint64(7) << u"up"_s << 4 << u"0.0015"_s;
    QTest::newRow("exact 8") << u"0.0123"_s << qint64(7) << u"half-up"_s << 8 << u"0.001435"_s;
    // 0.01/min × 1 s / 60 = 0.000166666…: to 8 decimals half-up 0.00016667, down 0.00016666
    QTest::newRow("inexact half-up 8") << u"0.01"_s << qint64(1) << u"half-up"_s << 8 << u"0.00016667"_s;
    QTest::newRow("inexact down 8") << u"0.01"_s << qint64(1) << u"down"_s << 8 << u"0.00016666"_s;
    QTest::newRow("inexact half-up 4") << u"0.01"_s << qint64(1) << u"half-up"_s << 4 << u"0.0002"_s;
    QTest::newRow("inexact down 4") << u"0.01"_s << qint64(1) << u"down"_s << 4 << u"0.0001"_s;
    // 0.015/min × 60 s = 0.015; to 2 decimals: half-even 0.02 (1 is odd), half-down 0.01
    QTest::newRow("tie half-even 2") << u"0.015"_s << qint64(60) << u"half-even"_s << 2 << u"0.02"_s;
    QTest::newRow("tie half-down 2") << u"0.015"_s << qint64(60) << u"half-down"_s << 2 << u"0.01"_s;
}

void tst_Rating::shouldRoundByDeckRule()
{
    QFETCH(QString, rate);
    QFETCH(qint64, talktime);
    QFETCH(QString, rule);
    QFETCH(int, decimals);
    QFETCH(QString, cost);
    DeckRules rules;
    QVERIFY(rules.set(u"rounding"_s, rule).ok());
    rules.decimals = decimals;
    const RateDeck d = deck(rules, {row(u"44"_s, rate, 1, 1)});
    Rater rater(d);
    QCOMPARE(rated(rater, call(u"4420"_s, talktime)).cost, money(cost));
}

void tst_Rating::shouldUseSubsequentRateAfterFirstBlock()
{
    // CGRateS RT_20CNT: fee 0.4, first 60 s at 0.2/min, then 0.1/min in 1 s increments.
    RateRow r = row(u"1002"_s, u"0.2", 60, 1);
    r.subsequentRate = money(u"0.1");
    r.connectionFee = money(u"0.4");
    const RateDeck d = deck(DeckRules{}, {r});
    Rater rater(d);
    // 90 s: 0.4 + 0.2 × 60/60 + 0.1 × 30/60 = 0.4 + 0.2 + 0.05 = 0.65
    QCOMPARE(rated(rater, call(u"1002"_s, 90)).cost, money(u"0.65"));
    // 20 s: the first block is whole: 0.4 + 0.2 = 0.6
    QCOMPARE(rated(rater, call(u"1002"_s, 20)).cost, money(u"0.6"));
}

void tst_Rating::shouldApplyMinimumDuration()
{
    RateRow r = row(u"44"_s, u"0.60", 1, 1);
    r.minimumDuration = 30;
    const RateDeck d = deck(DeckRules{}, {r});
    Rater rater(d);
    // 7 s → 30 s billed → 0.30; 45 s → 45 s → 0.45; 0 s → nothing to bill
    QCOMPARE(rated(rater, call(u"4420"_s, 7)).billedSeconds, 30);
    QCOMPARE(rated(rater, call(u"4420"_s, 7)).cost, money(u"0.30"));
    QCOMPARE(rated(rater, call(u"4420"_s, 45)).cost, money(u"0.45"));
    QCOMPARE(rated(rater, call(u"4420"_s, 0)).cost, Money());
}

void tst_Rating::shouldMatchLongestPrefix_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("prefix"); // "-" for no match
    QTest::newRow("deepest") << u"447700900123"_s << u"4477"_s;
    QTest::newRow("middle") << u"447100900123"_s << u"447"_s;
    QTest::newRow("shortest") << u"441632960000"_s << u"44"_s;
    QTest::newRow("prefix itself") << u"447"_s << u"447"_s;
    QTest::newRow("shorter than every prefix") << u"4"_s << u"-"_s;
    QTest::newRow("other country") << u"33123456789"_s << u"-"_s;
    QTest::newRow("E.164 plus") << u"+447700900123"_s << u"4477"_s;
    QTest::newRow("empty") << u""_s << u"-"_s;
}

void tst_Rating::shouldMatchLongestPrefix()
{
    QFETCH(QString, number);
    QFETCH(QString, prefix);
    const RateDeck d = deck(DeckRules{}, {row(u"44"_s, u"0.1"), row(u"4477"_s, u"0.3"), row(u"447"_s, u"0.2")});
    const RateRow *hit = d.match(Rater::ratedNumber(call(number, 0)), 0);
    QCOMPARE(hit ? hit->prefix : u"-"_s, prefix);
    // A catch-all empty prefix matches whatever nothing longer does.
    const RateDeck withDefault = deck(DeckRules{}, {row(u""_s, u"9"), row(u"44"_s, u"0.1"), row(u"4477"_s, u"0.3"),
                                                    row(u"447"_s, u"0.2")});
    QCOMPARE(withDefault.match(Rater::ratedNumber(call(number, 0)), 0)->prefix, prefix == u"-" ? QString() : prefix);
}

void tst_Rating::shouldHonourEffectiveDates_data()
{
    QTest::addColumn<qint64>("when");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("rate"); // of the matched row, "-" for none
    // 44 always 0.1; 447 at 0.2 over [1000, 2000), at 0.25 from 2000; 4477 at 0.3 from 3000
    QTest::newRow("before 447 starts") << qint64(500) << u"44770"_s << u"0.10"_s;
    QTest::newRow("first 447 period") << qint64(1000) << u"44770"_s << u"0.20"_s;
    QTest::newRow("last second of it") << qint64(1999) << u"44770"_s << u"0.20"_s;
    QTest::newRow("second 447 period") << qint64(2000) << u"44770"_s << u"0.25"_s;
    QTest::newRow("4477 in effect") << qint64(3000) << u"44770"_s << u"0.30"_s;
    QTest::newRow("4477 ended, 447 again") << qint64(4000) << u"44770"_s << u"0.25"_s;
    QTest::newRow("before everything") << qint64(-1) << u"44770"_s << u"-"_s;
}

void tst_Rating::shouldHonourEffectiveDates()
{
    QFETCH(qint64, when);
    QFETCH(QString, number);
    QFETCH(QString, rate);
    RateRow always = row(u"44"_s, u"0.1");
    RateRow early = row(u"447"_s, u"0.2");
    early.effectiveFrom = 1000;
    early.effectiveTo = 2000;
    RateRow late = row(u"447"_s, u"0.25");
    late.effectiveFrom = 2000;
    RateRow deep = row(u"4477"_s, u"0.3");
    deep.effectiveFrom = 3000;
    deep.effectiveTo = 4000;
    const RateDeck d = deck(DeckRules{}, {late, always, deep, early});
    const RateRow *hit = d.match(number, when);
    QCOMPARE(hit ? hit->rate.toString(2) : u"-"_s, rate);
}

void tst_Rating::shouldRefuseOverlappingPeriods()
{
    RateRow first = row(u"447"_s, u"0.2");
    first.effectiveFrom = 1000;
    first.effectiveTo = 2001;
    RateRow second = row(u"447"_s, u"0.25");
    second.effectiveFrom = 2000;
    const auto made = RateDeck::create(u"overlap"_s, u"USD"_s, DeckRules{}, {first, second});
    QVERIFY(!made);
    QVERIFY2(made.error().contains(u"\"447\""), qPrintable(made.error()));
    QVERIFY2(made.error().contains(u"overlap"), qPrintable(made.error()));
}

void tst_Rating::shouldRefuseBadRows_data()
{
    QTest::addColumn<RateRow>("bad");
    QTest::addColumn<QString>("mentions");
    RateRow letters = row(u"44a"_s, u"0.1");
    QTest::newRow("prefix") << letters << u"44a"_s;
    RateRow zero = row(u"44"_s, u"0.1", 0, 60);
    QTest::newRow("initial increment") << zero << u"initial increment"_s;
    RateRow zeroNext = row(u"44"_s, u"0.1", 60, 0);
    QTest::newRow("subsequent increment") << zeroNext << u"subsequent increment"_s;
    RateRow negative = row(u"44"_s, u"-0.1");
    QTest::newRow("negative rate") << negative << u"negative"_s;
    RateRow empty = row(u"44"_s, u"0.1");
    empty.effectiveFrom = 10;
    empty.effectiveTo = 10;
    QTest::newRow("empty period") << empty << u"effective"_s;
}

void tst_Rating::shouldRefuseBadRows()
{
    QFETCH(RateRow, bad);
    QFETCH(QString, mentions);
    const auto made = RateDeck::create(u"bad"_s, u"USD"_s, DeckRules{}, {row(u"1"_s, u"0.1"), bad});
    QVERIFY(!made);
    QVERIFY2(made.error().contains(mentions), qPrintable(made.error()));
}

void tst_Rating::shouldParseRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("canonical"); // "" = refused
    QTest::newRow("anchor") << u"anchor"_s << u"whole-duration"_s << u"whole-duration"_s;
    QTest::newRow("anchor bad") << u"anchor"_s << u"kazoo"_s << u""_s;
    QTest::newRow("fee") << u"connection-fee"_s << u"0.1"_s << u"0.10"_s;
    QTest::newRow("fee negative") << u"connection-fee"_s << u"-1"_s << u""_s;
    QTest::newRow("grace") << u"grace"_s << u"3"_s << u"3"_s;
    QTest::newRow("grace text") << u"grace"_s << u"3s"_s << u""_s;
    QTest::newRow("peak") << u"peak"_s << u"Mon-Fri 8-18, sat 09-13"_s << u"mon-fri 08-18, sat 09-13"_s;
    QTest::newRow("peak backwards") << u"peak"_s << u"fri-mon 8-18"_s << u""_s;
    QTest::newRow("peak hours") << u"peak"_s << u"mon 18-8"_s << u""_s;
    QTest::newRow("zone") << u"timezone"_s << u"Europe/London"_s << u"Europe/London"_s;
    QTest::newRow("zone bad") << u"timezone"_s << u"Mars/Olympus"_s << u""_s;
    QTest::newRow("rounding") << u"rounding"_s << u"half-even"_s << u"half-even"_s;
    QTest::newRow("decimals") << u"decimals"_s << u"9"_s << u""_s;
    QTest::newRow("billable") << u"billable"_s << u"answer,busy"_s << u"answer,busy"_s;
    QTest::newRow("unknown") << u"colour"_s << u"red"_s << u""_s;
}

void tst_Rating::shouldParseRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, canonical);
    DeckRules rules;
    const Result<void> set = rules.set(key, value);
    QCOMPARE(set.ok(), !canonical.isEmpty());
    if (set.ok())
        QCOMPARE(rules.value(key), canonical);
    else
        QVERIFY2(set.error().contains(key), qPrintable(set.error()));
}

void tst_Rating::shouldExplainEveryStep()
{
    DeckRules rules;
    rules.graceSeconds = 2;
    rules.decimals = 2;
    RateRow r = row(u"4477"_s, u"0.0123", 30, 6);
    r.destination = u"UK mobile"_s;
    r.connectionFee = money(u"0.01");
    const RateDeck d = deck(rules, {r});
    Rater rater(d);
    // 42 s − 2 grace = 40 → 30 + ⌈10/6⌉·6 = 42 s; 0.0123 × 42 / 60 = 0.00861; + 0.01 = 0.01861 → 0.02
    const Charge charge = rated(rater, call(u"+447700900123"_s, 42));
    QCOMPARE(charge.cost, money(u"0.02"));
    const QString text = charge.explanation();
    for (const QString &part : {u"4477"_s, u"UK mobile"_s, u"40 s billed as 42 s"_s, u"0.00861"_s,
                                u"0.01861"_s, u"half-up"_s, u"0.02 USD"_s, u"42 s − 2 s"_s})
        QVERIFY2(text.contains(part), qPrintable(u"missing \""_s + part + u"\" in:\n"_s + text));
}

// Many calls, summed as Money, against an integer reference computed independently:
// at 1/1 and a rate of r units per minute the cost of t seconds is r·t/60 units, exact when r
// is a multiple of 60.
void tst_Rating::shouldSumManyCallsExactly()
{
    DeckRules rules;
    rules.decimals = 8;
    const qint64 rateUnits[] = {60 * 12345, 60 * 1000003, 60 * 7};
    const RateDeck d = deck(rules, {[&] { RateRow r = row(u"1"_s, u"0", 1, 1); r.rate = Money::fromUnits(rateUnits[0]); return r; }(),
                                    [&] { RateRow r = row(u"2"_s, u"0", 1, 1); r.rate = Money::fromUnits(rateUnits[1]); return r; }(),
                                    [&] { RateRow r = row(u"3"_s, u"0", 1, 1); r.rate = Money::fromUnits(rateUnits[2]); return r; }()});
    Rater rater(d, false);
    qint64 reference = 0;
    Money total;
    quint32 seed = 12345;
    for (int i = 0; i < 1000000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        const int which = int(seed >> 30) % 3;
        const qint64 talktime = qint64((seed >> 8) % 7200);
        reference += rateUnits[which] / 60 * talktime;
        const Charge charge = rated(rater, call(QString::number(which + 1) + u"00"_s, talktime));
        total = *total.plus(charge.cost);
    }
    QCOMPARE(total.units(), reference);
}

QTEST_GUILESS_MAIN(tst_Rating)
#include "tst_rating.moc"
