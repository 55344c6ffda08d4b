#pragma once

#include "invoice.h"

#include "core/result.h"

class Database;

// One call of an invoice: what was billed and what it costs re-rated under the current decks.
struct ReviewCall
{
    qint64 callId = 0;
    QString uniqueid;
    qint64 start = 0;
    QString number;
    QString destination;
    Money billed;
    Money rerated;
    bool differs = false;
};

// The calls of one destination summed.
struct ReviewDestination
{
    QString destination;
    qint64 calls = 0;
    qint64 differing = 0;
    Money billed;
    Money rerated;
    Money difference;      // rerated − billed
};

// Is an invoice right? Each of its calls (the invoice customer's charges it holds; for a draft
// those it would hold) with the billed charge beside the charge re-rated now under the
// customer tree's decks, differences flagged and summed per destination. Writes nothing.
struct InvoiceReview
{
    Invoice invoice;
    QList<ReviewCall> calls;                  // in start order
    QList<ReviewDestination> destinations;    // by destination name
    Money billed;
    Money rerated;
    Money difference;
    qint64 differing = 0;

    [[nodiscard]] static Result<InvoiceReview> compute(Database &database, qint64 invoiceId);
};
