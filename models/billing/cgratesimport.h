#pragma once

#include "deckrules.h"
#include "raterow.h"

#include "core/result.h"

#include <QList>
#include <QString>

// A CGRateS tariff plan folder (Destinations.csv, Rates.csv, DestinationRates.csv,
// RatingPlans.csv) read as one deck: the rows of one rating plan, and the plan's rounding.
// CGRateS rates in groups (GroupIntervalStart); a rate of one group, or of two where the second
// starts where the first group's increment ends, maps to a row (the second group's rate becomes
// the subsequent rate). Anything that cannot be rated the same way (more groups, MaxCost, a
// destination with several rates) stops the import naming file, line and field.
class CgratesImport
{
public:
    struct Plan
    {
        QList<RateRow> rows;
        DeckRules rules;   // anchor initial-then-subsequent; rounding and decimals of the plan
    };

    [[nodiscard]] static Result<Plan> read(const QString &folder, const QString &ratingPlanId);
    // The rating plan ids in the folder, in file order.
    [[nodiscard]] static Result<QStringList> ratingPlans(const QString &folder);
};
