#pragma once

#include "chargeplan.h"
#include "rater.h"

#include "core/progress.h"
#include "core/result.h"
#include "store/callfilter.h"

#include <memory>

class Database;

// What a rating run did.
struct RatingSummary
{
    qint64 calls = 0;
    qint64 billable = 0;
    qint64 unmatched = 0;
    qint64 locked = 0;     // skipped: on an invoice (calls.invoice or an invoiced charge)
    Money total;           // of the calling customers' charges
};

// Rates the calls of a filter in start order and stores, in one transaction, each call's rated
// cost, matched prefix and deck (calls.rated_*: the calling customer's charge) and every
// payer's charge (call_charges). Under one deck only the calling customer pays; under the
// customer tree (no deck) everyone up the tree pays under their own deck, so margins are exact.
// Calls on an invoice are locked: skipped and counted, never changed. A dry run writes nothing.
// An unmatched call is stored as not rated (deck 0).
class CallRating
{
public:
    CallRating(Database &database, const RateDeck &deck);
    // Under the customer tree and each customer's decks.
    CallRating(Database &database, std::unique_ptr<ChargePlan> plan);
    ~CallRating();

    // Rates invoiced calls too: only for a first rating of calls invoiced elsewhere (the demo).
    void setRateInvoiced(bool rate) { m_rateInvoiced = rate; }

    [[nodiscard]] Result<RatingSummary> run(CallFilter filter, bool dryRun, const ProgressCallback &progress = {});
    // The calls with this uniqueid (legs share none; several sources may), rated one by one
    // under the single deck (the calling customer's charge).
    [[nodiscard]] Result<QList<std::pair<CallRecord, Charge>>> explain(const QString &uniqueid);
    // The same with every payer's charge under the plan (explained).
    [[nodiscard]] Result<QList<std::pair<CallRecord, QList<PayerCharge>>>> explainAll(const QString &uniqueid);

private:
    class Writer;
    [[nodiscard]] Result<QList<CallRecord>> callsWithUniqueid(const QString &uniqueid);
    [[nodiscard]] Result<QSet<qint64>> lockedCalls(const CallFilter &filter);

    Database &m_database;
    std::unique_ptr<ChargePlan> m_plan;
    bool m_singleDeck = false;
    bool m_rateInvoiced = false;
    RateDeck m_deck;
};
