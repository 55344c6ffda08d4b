#pragma once

#include "invoice.h"

#include "core/result.h"

class Database;

// Generates, stores, issues and voids invoices (tables invoices and invoice_lines). Every
// method that writes is one transaction, except refreshDrafts(), which joins the caller's.
class InvoiceStore
{
public:
    explicit InvoiceStore(Database &database);

    // A new draft for the customer's charges on calls starting in [start, end) that no issued
    // invoice holds, taxed by the customer's taxes.
    [[nodiscard]] Result<Invoice> generate(qint64 customer, qint64 start, qint64 end,
                                           RoundingRule rounding = RoundingRule::HalfUp, int decimals = 2);
    [[nodiscard]] Result<Invoice> load(qint64 id);
    // Invoices with their lines, newest period first; customer 0: every customer's.
    [[nodiscard]] Result<QList<Invoice>> list(qint64 customer = 0);
    // Recomputes a draft from the charges as they are now, binds them and its customer's calls
    // to it and marks it issued. Only drafts can be issued.
    [[nodiscard]] Result<Invoice> issue(qint64 id);
    // Marks an issued or draft invoice void and unbinds its charges and calls.
    [[nodiscard]] Result<Invoice> voidInvoice(qint64 id);
    // Recomputes the customer's drafts whose period holds `at`, and draft `also` when non-zero,
    // inside the caller's transaction. Returns their ids.
    [[nodiscard]] Result<QList<qint64>> refreshDrafts(qint64 customer, qint64 at, qint64 also = 0);

private:
    [[nodiscard]] Result<void> compute(Invoice &invoice);
    [[nodiscard]] Result<void> save(Invoice &invoice);
    [[nodiscard]] Result<void> bind(const Invoice &invoice, bool bound);
    [[nodiscard]] QString destination(qint64 deckId, const QString &prefix);

    Database &m_database;
};
