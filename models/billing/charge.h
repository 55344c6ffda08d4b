#pragma once

#include "raterow.h"

#include "core/money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A run of billed blocks of one length at one price (a 1/1 call of 3600 s is one run of 3600).
struct ChargeRun
{
    qint64 startOffset = 0;  // seconds after the call's start where the run begins
    qint64 blocks = 0;
    qint64 blockSeconds = 0;
    qint64 freeSeconds = 0;  // of the run's seconds, covered by included seconds
    Money ratePerMinute;
    bool offpeak = false;
    QString kind;            // "initial", "subsequent" or "minimum"

    friend bool operator==(const ChargeRun &, const ChargeRun &) = default;
};

// The exact cost of one call under a deck and how it came about, step by step.
struct Charge
{
    QString number;                    // the digits that were matched
    std::optional<RateRow> row;        // unset: no prefix matched
    bool billable = false;             // false: the call costs nothing (see `steps`)
    qint64 talktime = 0;
    qint64 durationAfterGrace = 0;
    qint64 billedSeconds = 0;          // after increments and minimum duration
    qint64 includedUsed = 0;
    QList<ChargeRun> runs;
    Money usage;                       // Σ rate × charged seconds / 60, rounded to 1e-8
    Money fees;                        // the row's and the deck's connection fees
    Money cost;                        // the final amount, in `currency`
    QString currency;
    QStringList steps;                 // translated, one line per rule applied

    [[nodiscard]] bool matched() const { return row.has_value(); }
    // The steps as text for "explain this charge".
    [[nodiscard]] QString explanation() const { return steps.join(u'\n'); }
};
