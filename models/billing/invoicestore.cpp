#include "invoicestore.h"

#include "customerstore.h"
#include "sqlrows.h"
#include "taxrates.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QStringList HeaderColumns = {u"customer_id"_s, u"period_start"_s, u"period_end"_s, u"status"_s, u"currency"_s,
                                   u"subtotal"_s, u"tax_total"_s, u"total"_s, u"rounding"_s, u"decimals"_s,
                                   u"taxes"_s, u"created_at"_s, u"issued_at"_s, u"voided_at"_s};

QVariant nullableTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : QVariant(QMetaType::fromType<qint64>());
}

// Σ × percent / 100 rounded once to `decimals` (amount and percent in 1e-8 units).
std::optional<Money> taxOf(Money subtotal, Money percent, int decimals, RoundingRule rule)
{
    qint64 step = 1;
    for (int i = decimals; i < Money::Decimals; ++i)
        step *= 10;
    const std::optional<Money> steps = subtotal.mulDiv(percent.units(), 100 * Money::UnitsPerWhole * step, rule);
    return steps ? steps->times(step) : std::nullopt;
}

} // namespace

InvoiceStore::InvoiceStore(Database &database) : m_database(database) {}

QString InvoiceStore::destination(qint64 deckId, const QString &prefix)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT MIN(destination) FROM "_s + m_database.dialect().quote(u"rates") + u" WHERE deck_id = ? AND prefix = ?"_s);
    q.addBindValue(deckId);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return deckId ? QCoreApplication::translate("InvoiceStore", "Calls to %1").arg(prefix) : QCoreApplication::translate("InvoiceStore", "Other calls");
    return q.value(0).toString();
}

Result<void> InvoiceStore::compute(Invoice &invoice)
{
    const Result<Customer> customer = CustomerStore(m_database).load(invoice.customerId);
    if (!customer)
        return Error{customer.error()};
    invoice.customerName = customer->name;
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Exact sums: PostgreSQL's SUM of BIGINT is NUMERIC, which would otherwise arrive as a double.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.prepare(u"SELECT k.media, c.deck_id, c.prefix, c.currency, COUNT(*), SUM(k.talktime), SUM(c.cost) FROM "_s
              + d.quote(u"call_charges") + u" c JOIN "_s + d.quote(u"calls")
              + u" k ON k.id = c.call_id WHERE c.customer_id = ? AND k.start >= ? AND k.start < ? "
                "AND (c.invoice_id = 0 OR c.invoice_id = ?) GROUP BY k.media, c.deck_id, c.prefix, c.currency"_s);
    for (const QVariant &value : {QVariant(invoice.customerId), QVariant(invoice.periodStart), QVariant(invoice.periodEnd), QVariant(invoice.id)})
        q.addBindValue(value);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceStore", "Adding up the charges of customer %1").arg(invoice.customerId)); !ok)
        return ok;
    struct Group
    {
        qint64 deck;
        QString prefix;
        qint64 calls;
        qint64 seconds;
        Money cost;
    };
    QList<std::pair<QString, Group>> groups;
    while (q.next()) {
        if (q.value(3).toString() != invoice.currency)
            return Error{QCoreApplication::translate("InvoiceStore", "Customer %1 has charges in %2; its invoices are in %3.")
                             .arg(invoice.customerId).arg(q.value(3).toString(), invoice.currency)};
        groups.append({q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(), q.value(4).toLongLong(),
                                               q.value(5).toString().toLongLong(), Money::fromUnits(q.value(6).toString().toLongLong())}});
    }
    // One line per kind and destination: prefixes of one destination share it.
    QMap<std::pair<QString, QString>, InvoiceLine> lines;
    for (const auto &[media, g] : groups) {
        InvoiceLine &line = lines[{media, destination(g.deck, g.prefix)}];
        line.kind = media;
        line.description = destination(g.deck, g.prefix);
        if (!g.prefix.isEmpty())
            line.prefix = line.prefix.isEmpty() ? g.prefix : line.prefix + u',' + g.prefix;
        line.quantity += g.calls;
        line.seconds += g.seconds;
        const std::optional<Money> sum = line.amount.plus(g.cost);
        if (!sum)
            return Error{QCoreApplication::translate("InvoiceStore", "The invoice's amounts overflow.")};
        line.amount = *sum;
    }
    invoice.lines.clear();
    invoice.subtotal = Money();
    for (InvoiceLine line : lines) {
        const std::optional<Money> rounded = line.amount.rounded(invoice.decimals, invoice.rounding);
        const std::optional<Money> sum = rounded ? invoice.subtotal.plus(*rounded) : std::nullopt;
        if (!sum)
            return Error{QCoreApplication::translate("InvoiceStore", "The invoice's amounts overflow.")};
        line.amount = *rounded;
        invoice.subtotal = *sum;
        invoice.lines.append(line);
    }
    const Result<QList<TaxRate>> taxes = TaxRates(m_database).resolve(customer->taxes);
    if (!taxes)
        return Error{QCoreApplication::translate("InvoiceStore", "Customer %1: %2").arg(invoice.customerId).arg(taxes.error())};
    invoice.taxes = TaxRates::split(customer->taxes).join(u',');
    invoice.taxTotal = Money();
    for (const TaxRate &tax : *taxes) {
        InvoiceLine line;
        line.kind = u"tax"_s;
        line.description = tax.name;
        line.rate = tax.percent;
        const std::optional<Money> amount = taxOf(invoice.subtotal, tax.percent, invoice.decimals, invoice.rounding);
        const std::optional<Money> sum = amount ? invoice.taxTotal.plus(*amount) : std::nullopt;
        if (!sum)
            return Error{QCoreApplication::translate("InvoiceStore", "The invoice's amounts overflow.")};
        line.amount = *amount;
        invoice.taxTotal = *sum;
        invoice.lines.append(line);
    }
    const std::optional<Money> total = invoice.subtotal.plus(invoice.taxTotal);
    if (!total)
        return Error{QCoreApplication::translate("InvoiceStore", "The invoice's amounts overflow.")};
    invoice.total = *total;
    return {};
}

Result<void> InvoiceStore::save(Invoice &invoice)
{
    const QVariantList header = {invoice.customerId, invoice.periodStart, invoice.periodEnd, SqlRows::text(invoice.status),
                                 SqlRows::text(invoice.currency), invoice.subtotal.units(), invoice.taxTotal.units(),
                                 invoice.total.units(), roundingRuleName(invoice.rounding), invoice.decimals,
                                 SqlRows::text(invoice.taxes), invoice.createdAt, nullableTime(invoice.issuedAt),
                                 nullableTime(invoice.voidedAt)};
    const QString doing = QCoreApplication::translate("InvoiceStore", "Saving invoice %1").arg(invoice.id);
    if (invoice.id) {
        if (auto ok = SqlRows::update(m_database, u"invoices"_s, invoice.id, HeaderColumns, header, doing); !ok)
            return ok;
    } else {
        const Result<qint64> id = SqlRows::insert(m_database, u"invoices"_s, HeaderColumns, header, doing);
        if (!id)
            return Error{id.error()};
        invoice.id = *id;
    }
    QSqlQuery q(m_database.connection());
    const SqlDialect &d = m_database.dialect();
    q.prepare(u"DELETE FROM "_s + d.quote(u"invoice_lines") + u" WHERE invoice_id = ?"_s);
    q.addBindValue(invoice.id);
    if (auto ok = execute(q, doing); !ok)
        return ok;
    const QStringList columns = {u"invoice_id"_s, u"position"_s, u"kind"_s, u"description"_s, u"prefix"_s,
                                 u"quantity"_s, u"seconds"_s, u"rate"_s, u"amount"_s};
    q.prepare(u"INSERT INTO "_s + d.quote(u"invoice_lines") + u" ("_s + d.quotedList(columns) + u") VALUES ("_s
              + SqlRows::placeholders(columns.size()) + u')');
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &l = invoice.lines[i];
        for (const QVariant &value : {QVariant(invoice.id), QVariant(qint64(i)), SqlRows::text(l.kind), SqlRows::text(l.description),
                                      SqlRows::text(l.prefix), QVariant(l.quantity), QVariant(l.seconds), QVariant(l.rate.units()),
                                      QVariant(l.amount.units())})
            q.addBindValue(value);
        if (auto ok = execute(q, doing); !ok)
            return ok;
    }
    return {};
}

Result<Invoice> InvoiceStore::generate(qint64 customer, qint64 start, qint64 end, RoundingRule rounding, int decimals)
{
    if (end <= start)
        return Error{QCoreApplication::translate("InvoiceStore", "The invoice period is empty: its end must come after its start.")};
    const Result<Customer> c = CustomerStore(m_database).load(customer);
    if (!c)
        return Error{c.error()};
    Invoice invoice;
    invoice.customerId = customer;
    invoice.periodStart = start;
    invoice.periodEnd = end;
    invoice.status = u"draft"_s;
    invoice.currency = c->currency;
    invoice.rounding = rounding;
    invoice.decimals = qBound(0, decimals, Money::Decimals);
    invoice.createdAt = QDateTime::currentSecsSinceEpoch();
    const Result<void> done = m_database.inTransaction(QCoreApplication::translate("InvoiceStore", "Generating an invoice for customer %1").arg(customer), [&]() -> Result<void> {
        if (auto ok = compute(invoice); !ok)
            return ok;
        return save(invoice);
    });
    if (!done)
        return Error{done.error()};
    return invoice;
}

Result<Invoice> InvoiceStore::load(qint64 id)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + d.quotedList(HeaderColumns) + u" FROM "_s + d.quote(u"invoices") + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceStore", "Reading invoice %1").arg(id)); !ok)
        return Error{ok.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("InvoiceStore", "There is no invoice %1.").arg(id)};
    Invoice invoice;
    invoice.id = id;
    invoice.customerId = q.value(0).toLongLong();
    invoice.periodStart = q.value(1).toLongLong();
    invoice.periodEnd = q.value(2).toLongLong();
    invoice.status = q.value(3).toString();
    invoice.currency = q.value(4).toString();
    invoice.subtotal = Money::fromUnits(q.value(5).toLongLong());
    invoice.taxTotal = Money::fromUnits(q.value(6).toLongLong());
    invoice.total = Money::fromUnits(q.value(7).toLongLong());
    invoice.rounding = roundingRuleFromName(q.value(8).toString()).value_or(RoundingRule::HalfUp);
    invoice.decimals = q.value(9).toInt();
    invoice.taxes = q.value(10).toString();
    invoice.createdAt = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        invoice.issuedAt = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        invoice.voidedAt = q.value(13).toLongLong();
    const Result<Customer> customer = CustomerStore(m_database).load(invoice.customerId);
    invoice.customerName = customer ? customer->name : QString();
    q.prepare(u"SELECT kind, description, prefix, quantity, seconds, rate, amount FROM "_s + d.quote(u"invoice_lines")
              + u" WHERE invoice_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceStore", "Reading the lines of invoice %1").arg(id)); !ok)
        return Error{ok.error()};
    while (q.next())
        invoice.lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                              q.value(4).toLongLong(), Money::fromUnits(q.value(5).toLongLong()), Money::fromUnits(q.value(6).toLongLong())});
    return invoice;
}

Result<QList<Invoice>> InvoiceStore::list(qint64 customer)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM "_s + d.quote(u"invoices") + (customer ? u" WHERE customer_id = ?"_s : QString())
              + u" ORDER BY period_start DESC, id DESC"_s);
    if (customer)
        q.addBindValue(customer);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceStore", "Listing the invoices")); !ok)
        return Error{ok.error()};
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Invoice> invoices;
    for (qint64 id : ids) {
        Result<Invoice> invoice = load(id);
        if (!invoice)
            return Error{invoice.error()};
        invoices.append(*invoice);  // with its lines: the list shows calls() from them
    }
    return invoices;
}

Result<void> InvoiceStore::bind(const Invoice &invoice, bool bound)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    const QString doing = bound ? QCoreApplication::translate("InvoiceStore", "Binding calls to invoice %1").arg(invoice.id) : QCoreApplication::translate("InvoiceStore", "Releasing the calls of invoice %1").arg(invoice.id);
    if (bound) {
        q.prepare(u"UPDATE "_s + d.quote(u"call_charges") + u" SET invoice_id = ? WHERE customer_id = ? AND invoice_id = 0 "
                  "AND call_id IN (SELECT id FROM "_s + d.quote(u"calls") + u" WHERE start >= ? AND start < ?)"_s);
        for (const QVariant &value : {QVariant(invoice.id), QVariant(invoice.customerId), QVariant(invoice.periodStart), QVariant(invoice.periodEnd)})
            q.addBindValue(value);
        if (auto ok = execute(q, doing); !ok)
            return ok;
    }
    // The customer's own calls carry the invoice's id (Enswitch's invoice field).
    q.prepare(u"UPDATE "_s + d.quote(u"calls") + u" SET invoice = ? WHERE invoice = ? AND scustomer = ? AND id IN (SELECT call_id FROM "_s
              + d.quote(u"call_charges") + u" WHERE invoice_id = ?)"_s);
    for (const QVariant &value : {QVariant(bound ? invoice.id : 0), QVariant(bound ? 0 : invoice.id), QVariant(invoice.customerId), QVariant(invoice.id)})
        q.addBindValue(value);
    if (auto ok = execute(q, doing); !ok)
        return ok;
    if (!bound) {
        q.prepare(u"UPDATE "_s + d.quote(u"call_charges") + u" SET invoice_id = 0 WHERE invoice_id = ?"_s);
        q.addBindValue(invoice.id);
        return execute(q, doing);
    }
    return {};
}

Result<Invoice> InvoiceStore::issue(qint64 id)
{
    Result<Invoice> invoice = load(id);
    if (!invoice)
        return invoice;
    if (invoice->status != u"draft")
        return Error{QCoreApplication::translate("InvoiceStore", "Invoice %1 is %2; only a draft can be issued.").arg(id).arg(invoice->status)};
    const Result<void> done = m_database.inTransaction(QCoreApplication::translate("InvoiceStore", "Issuing invoice %1").arg(id), [&]() -> Result<void> {
        if (auto ok = compute(*invoice); !ok)
            return ok;
        invoice->status = u"issued"_s;
        invoice->issuedAt = QDateTime::currentSecsSinceEpoch();
        if (auto ok = save(*invoice); !ok)
            return ok;
        return bind(*invoice, true);
    });
    if (!done)
        return Error{done.error()};
    return invoice;
}

Result<Invoice> InvoiceStore::voidInvoice(qint64 id)
{
    Result<Invoice> invoice = load(id);
    if (!invoice)
        return invoice;
    if (invoice->status == u"void")
        return Error{QCoreApplication::translate("InvoiceStore", "Invoice %1 is void already.").arg(id)};
    const Result<void> done = m_database.inTransaction(QCoreApplication::translate("InvoiceStore", "Voiding invoice %1").arg(id), [&]() -> Result<void> {
        if (auto ok = bind(*invoice, false); !ok)
            return ok;
        invoice->status = u"void"_s;
        invoice->voidedAt = QDateTime::currentSecsSinceEpoch();
        return SqlRows::update(m_database, u"invoices"_s, id, {u"status"_s, u"voided_at"_s}, {invoice->status, *invoice->voidedAt},
                               QCoreApplication::translate("InvoiceStore", "Voiding invoice %1").arg(id));
    });
    if (!done)
        return Error{done.error()};
    return invoice;
}

Result<QList<qint64>> InvoiceStore::refreshDrafts(qint64 customer, qint64 at, qint64 also)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM "_s + m_database.dialect().quote(u"invoices")
              + u" WHERE status = 'draft' AND ((customer_id = ? AND period_start <= ? AND period_end > ?) OR id = ?) ORDER BY id"_s);
    for (const QVariant &value : {QVariant(customer), QVariant(at), QVariant(at), QVariant(also)})
        q.addBindValue(value);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceStore", "Finding the draft invoices of customer %1").arg(customer)); !ok)
        return Error{ok.error()};
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids) {
        Result<Invoice> invoice = load(id);
        if (!invoice)
            return Error{invoice.error()};
        if (auto ok = compute(*invoice); !ok)
            return Error{ok.error()};
        if (auto ok = save(*invoice); !ok)
            return Error{ok.error()};
    }
    return ids;
}
