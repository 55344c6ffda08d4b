#pragma once

#include "billing/ratedeck.h"
#include "core/callrecord.h"

#include <QList>

class Database;

// A small billing world worked by hand, shared by tst_billing and tst_invoices:
//   decks   retail (44: 0.10/min, 4477: 0.30/min, 60/60), wholesale (0.06, 0.18), carrier (0.02, 0.05)
//   tree    1 System (buy: carrier) ─┬─ 2 Reseller (sell: wholesale) ── 10 Client A (sell: retail, VAT)
//                                    └─ 40 Direct client (sell: retail)
//   calls   in January 2026, see calls().
namespace BillingWorld {

constexpr qint64 Jan2026 = 1767225600;  // 2026-01-01T00:00:00Z
constexpr qint64 Feb2026 = 1769904000;  // 2026-02-01T00:00:00Z

struct Decks
{
    qint64 retail = 0;
    qint64 wholesale = 0;
    qint64 carrier = 0;
};

Money money(QStringView text);
RateDeck deck(const QString &name, QStringView rate44, QStringView rate4477);
// uniqueid u1 … : (customer, number, talk time, status) — see billingworld.cpp.
QList<CallRecord> calls();
// Stores the decks, the tree (VAT 20% and Levy 2.5% tax rates; client 10 pays both) and the calls.
Decks build(Database &database);
CallRecord call(const QString &uniqueid, qint64 customer, const QString &number, qint64 talktime,
                const QString &status = QStringLiteral("answer"), qint64 start = Jan2026 + 3600);

} // namespace BillingWorld
