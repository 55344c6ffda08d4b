#pragma once

#include "core/money.h"

#include <QList>
#include <QString>

#include <optional>

// One line of an invoice: the calls of one destination and kind (media: voice, fax, message),
// or one named tax.
struct InvoiceLine
{
    QString kind;          // voice fax message, or "tax"
    QString description;   // the destination ("United Kingdom - Mobile"), or the tax's name
    QString prefix;        // the matched prefixes, comma separated (calls)
    qint64 quantity = 0;   // calls
    qint64 seconds = 0;    // talk time
    Money rate;            // tax: the percentage
    Money amount;          // rounded to the invoice's decimals by its rule

    [[nodiscard]] bool isTax() const { return kind == QLatin1String("tax"); }
    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

// An invoice for one customer and period [periodStart, periodEnd). A draft is recomputed on
// demand; issuing binds its charges (and its customer's calls) to it and locks them from
// re-rating; voiding unbinds them. Amounts come from the customer's stored charges
// (call_charges); each line is rounded once to `decimals` by `rounding`, the subtotal is the sum
// of the lines, each tax is the subtotal times its percentage rounded once, the total their sum.
struct Invoice
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    QString status;        // draft issued void
    QString currency;
    Money subtotal;
    Money taxTotal;
    Money total;
    RoundingRule rounding = RoundingRule::HalfUp;
    int decimals = 2;
    QString taxes;         // the names applied, comma separated
    qint64 createdAt = 0;
    std::optional<qint64> issuedAt;
    std::optional<qint64> voidedAt;
    QList<InvoiceLine> lines;

    [[nodiscard]] qint64 calls() const
    {
        qint64 n = 0;
        for (const InvoiceLine &line : lines)
            n += line.isTax() ? 0 : line.quantity;
        return n;
    }
};
