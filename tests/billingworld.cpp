#include "billingworld.h"

#include "billing/customerstore.h"
#include "billing/ratedeckstore.h"
#include "billing/taxrates.h"
#include "store/callwriter.h"
#include "store/database.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace BillingWorld {

Money money(QStringView text)
{
    const auto parsed = Money::parse(text);
    if (!parsed)
        qFatal("bad money %s", qPrintable(text.toString()));
    return *parsed;
}

RateDeck deck(const QString &name, QStringView rate44, QStringView rate4477)
{
    RateRow uk;
    uk.prefix = u"44"_s;
    uk.destination = u"United Kingdom"_s;
    uk.rate = money(rate44);
    RateRow mobile = uk;
    mobile.prefix = u"4477"_s;
    mobile.destination = u"United Kingdom - Mobile"_s;
    mobile.rate = money(rate4477);
    auto made = RateDeck::create(name, u"USD"_s, DeckRules(), {uk, mobile});
    if (!made)
        qFatal("%s", qPrintable(made.error()));
    return *made;
}

CallRecord call(const QString &uniqueid, qint64 customer, const QString &number, qint64 talktime, const QString &status, qint64 start)
{
    CallRecord c;
    c.source = u"test"_s;
    c.recordKey = uniqueid;
    c.uniqueid = uniqueid;
    c.callid = uniqueid;
    c.start = start;
    c.end = start + talktime;
    c.talktime = talktime;
    c.totaltime = talktime;
    c.status = status;
    c.cnumber = number;
    c.scustomer = customer;
    c.dcustomer = customer;
    c.media = u"voice"_s;
    c.currency = u"USD"_s;
    return c;
}

QList<CallRecord> calls()
{
    // Billed 60/60. Client pays retail, reseller wholesale, system carrier:
    // u1 10: 90 s to 44 → 120 s: 0.20 / 0.12 / 0.04
    // u2 10: 30 s to 4477 → 60 s: 0.30 / 0.18 / 0.05
    // u3 40: 60 s to 44 → 60 s: 0.10 / — / 0.02
    // u4 10: busy → 0 / 0 / 0
    // u5 10: 61 s to 44, in February → 120 s: 0.20 / 0.12 / 0.04
    return {call(u"u1"_s, 10, u"442079460000"_s, 90), call(u"u2"_s, 10, u"447700900123"_s, 30, u"answer"_s, Jan2026 + 7200),
            call(u"u3"_s, 40, u"442079460001"_s, 60, u"answer"_s, Jan2026 + 9000), call(u"u4"_s, 10, u"442079460002"_s, 0, u"busy"_s, Jan2026 + 9600),
            call(u"u5"_s, 10, u"442079460003"_s, 61, u"answer"_s, Feb2026 + 60)};
}

Decks build(Database &database)
{
    Decks decks;
    RateDeckStore store(database);
    decks.retail = store.save(deck(u"retail"_s, u"0.10", u"0.30")).value();
    decks.wholesale = store.save(deck(u"wholesale"_s, u"0.06", u"0.18")).value();
    decks.carrier = store.save(deck(u"carrier"_s, u"0.02", u"0.05")).value();
    TaxRates taxes(database);
    if (!taxes.set({u"VAT"_s, money(u"20")}) || !taxes.set({u"Levy"_s, money(u"2.5")}))
        qFatal("tax rates");
    CustomerStore customers(database);
    const auto add = [&customers](Customer c) {
        const Result<qint64> id = customers.add(c);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
    };
    add({1, 0, u"System"_s, u"system"_s, u"postpaid"_s, u"USD"_s, Money(), QString(), 0, decks.carrier});
    add({2, 1, u"Reseller"_s, u"reseller"_s, u"postpaid"_s, u"USD"_s, Money(), QString(), decks.wholesale, 0});
    add({10, 2, u"Client A"_s, u"client"_s, u"prepaid"_s, u"USD"_s, money(u"50"), u"VAT,Levy"_s, decks.retail, 0});
    add({40, 1, u"Direct client"_s, u"client"_s, u"postpaid"_s, u"USD"_s, Money(), QString(), decks.retail, 0});
    CallWriter writer(database);
    if (!writer.begin())
        qFatal("begin");
    for (const CallRecord &c : calls()) {
        if (!writer.write(c))
            qFatal("write");
    }
    if (!writer.commit())
        qFatal("commit");
    return decks;
}

} // namespace BillingWorld
