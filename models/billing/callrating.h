#pragma once

#include "rater.h"

#include "core/progress.h"
#include "core/result.h"
#include "store/callfilter.h"

class Database;

// What a rating run did.
struct RatingSummary
{
    qint64 calls = 0;
    qint64 billable = 0;
    qint64 unmatched = 0;
    Money total;
};

// Rates the calls of a filter under a deck in start order and stores each call's rated cost,
// matched prefix and deck (calls.rated_*) and the client's charge (call_charges), all in one
// transaction; a dry run writes nothing. An unmatched call is stored as not rated (deck 0).
class CallRating
{
public:
    CallRating(Database &database, const RateDeck &deck);

    [[nodiscard]] Result<RatingSummary> run(CallFilter filter, bool dryRun, const ProgressCallback &progress = {});
    // The calls with this uniqueid (legs share none; several sources may), rated one by one.
    [[nodiscard]] Result<QList<std::pair<CallRecord, Charge>>> explain(const QString &uniqueid);

private:
    [[nodiscard]] Result<void> store(const CallRecord &call, const Charge &charge);

    Database &m_database;
    const RateDeck &m_deck;
};
