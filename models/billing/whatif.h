#pragma once

#include "ratedeck.h"

#include "core/progress.h"
#include "core/result.h"
#include "store/callfilter.h"

#include <QList>

class Database;

// Revenue, cost and margin of a group of calls, now and under the candidate deck.
struct WhatIfRow
{
    QString key;           // the destination, or the customer's name
    qint64 customerId = 0; // per customer rows
    qint64 calls = 0;
    Money revenueBefore;   // what the calling customers pay
    Money revenueAfter;
    Money costBefore;      // what those calls cost their parents
    Money costAfter;

    [[nodiscard]] Money marginBefore() const { return revenueBefore.minus(costBefore).value_or(Money()); }
    [[nodiscard]] Money marginAfter() const { return revenueAfter.minus(costAfter).value_or(Money()); }
    [[nodiscard]] Money marginChange() const { return marginAfter().minus(marginBefore()).value_or(Money()); }
};

struct WhatIfReport
{
    QList<WhatIfRow> byDestination;   // by destination name
    QList<WhatIfRow> byCustomer;      // by customer id
    WhatIfRow total;
};

// What-if re-rating: the calls of a filter rated under the customer tree as it is and again with
// one stored deck replaced by a candidate (a file not yet imported, or another stored deck), and
// the difference in revenue (the calling customer's charge), cost (its parent's charge on the
// call) and margin, per destination and per customer. Writes nothing.
class WhatIf
{
public:
    explicit WhatIf(Database &database);

    // `replaced`: the id of the stored deck the candidate stands in for.
    [[nodiscard]] Result<WhatIfReport> compute(CallFilter filter, const RateDeck &candidate, qint64 replaced,
                                               const ProgressCallback &progress = {});

private:
    Database &m_database;
};
