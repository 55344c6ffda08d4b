#pragma once

#include "charge.h"
#include "ratedeck.h"

#include "core/callrecord.h"
#include "core/result.h"

#include <QHash>
#include <QTimeZone>

// Rates calls under one deck. Keeps the included seconds each customer (scustomer) has used
// in this run, so calls must be rated in the order the allowance should be spent (by start).
class Rater
{
public:
    // Without `explain` the charge has no steps: rating a million calls builds no text.
    explicit Rater(const RateDeck &deck, bool explain = true);

    // The cost of `call` and its explanation. Fails only when an amount overflows.
    [[nodiscard]] Result<Charge> rate(const CallRecord &call);
    // The same with the included seconds of `payer` (a reseller paying for its client's call).
    [[nodiscard]] Result<Charge> rate(const CallRecord &call, qint64 payer);

    // The digits a call is rated on: its called number in E.164 when known, else as dialled.
    [[nodiscard]] static QString ratedNumber(const CallRecord &call);

private:
    void buildRuns(Charge &charge, const RateRow &row, qint64 start) const;
    void applyIncluded(Charge &charge, qint64 customer);
    [[nodiscard]] Result<void> price(Charge &charge) const;
    [[nodiscard]] Result<void> finish(Charge &charge) const;
    [[nodiscard]] bool isOffpeak(qint64 at, int utcOffset) const;

    const RateDeck &m_deck;
    QTimeZone m_zone;
    bool m_explain = true;
    QHash<qint64, qint64> m_includedUsed;
};
