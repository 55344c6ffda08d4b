#pragma once

#include "core/money.h"

#include <QString>

#include <limits>
#include <optional>

// One row of a rate deck: what a call to numbers starting with `prefix` costs while the row is
// in effect. Increments are in seconds; the first block bills `initialIncrement` seconds at
// `rate`, each later block `subsequentIncrement` seconds at `subsequentRate` (or `rate`).
struct RateRow
{
    QString prefix;                      // digits only; empty matches every number
    QString destination;
    Money rate;                          // per minute
    std::optional<Money> subsequentRate; // per minute, after the first block (CGRateS tiers)
    std::optional<Money> offpeakRate;    // per minute, outside the deck's peak windows
    qint64 initialIncrement = 60;
    qint64 subsequentIncrement = 60;
    Money connectionFee;
    qint64 minimumDuration = 0;          // billed seconds are at least this
    qint64 effectiveFrom = 0;            // inclusive, Unix seconds
    std::optional<qint64> effectiveTo;   // exclusive; unset = open-ended

    [[nodiscard]] qint64 effectiveUntil() const
    {
        return effectiveTo.value_or(std::numeric_limits<qint64>::max());
    }
    [[nodiscard]] bool isEffectiveAt(qint64 at) const
    {
        return at >= effectiveFrom && at < effectiveUntil();
    }

    friend bool operator==(const RateRow &, const RateRow &) = default;
};
