#include "invoicereview.h"

#include "chargeplan.h"
#include "invoicestore.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

Money sum(Money a, Money b)
{
    return a.plus(b).value_or(a);
}

} // namespace

Result<InvoiceReview> InvoiceReview::compute(Database &database, qint64 invoiceId)
{
    InvoiceReview review;
    Result<Invoice> invoice = InvoiceStore(database).load(invoiceId);
    if (!invoice)
        return Error{invoice.error()};
    review.invoice = *invoice;
    auto plan = ChargePlan::fromStore(database);
    if (!plan)
        return Error{plan.error()};

    const SqlDialect &d = database.dialect();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    const bool issued = invoice->status == u"issued";
    q.prepare(u"SELECT c.call_id, c.cost, c.prefix, k.uniqueid, k.start, k.talktime, k.status, k.cnumber, k.cnumber_e164, k.scustomer FROM "_s
              + d.quote(u"call_charges") + u" c JOIN "_s + d.quote(u"calls")
              + u" k ON k.id = c.call_id WHERE c.customer_id = ? AND k.start >= ? AND k.start < ? AND "_s
              + (issued ? u"c.invoice_id = ?"_s : u"(c.invoice_id = 0 OR c.invoice_id = ?)"_s) + u" ORDER BY k.start, k.id"_s);
    for (const QVariant &value : {QVariant(invoice->customerId), QVariant(invoice->periodStart), QVariant(invoice->periodEnd), QVariant(invoiceId)})
        q.addBindValue(value);
    if (auto ok = execute(q, QCoreApplication::translate("InvoiceReview", "Reading the calls of invoice %1").arg(invoiceId)); !ok)
        return Error{ok.error()};
    QMap<QString, ReviewDestination> byDestination;
    while (q.next()) {
        CallRecord call;
        call.id = q.value(0).toLongLong();
        call.uniqueid = q.value(3).toString();
        call.start = q.value(4).toLongLong();
        call.talktime = q.value(5).toLongLong();
        call.status = q.value(6).toString();
        call.cnumber = q.value(7).toString();
        call.cnumberE164 = q.value(8).toString();
        call.scustomer = q.value(9).toLongLong();
        const Result<QList<PayerCharge>> charges = (*plan)->rate(call);
        if (!charges)
            return Error{charges.error()};
        ReviewCall row;
        row.callId = call.id;
        row.uniqueid = call.uniqueid;
        row.start = call.start;
        row.number = Rater::ratedNumber(call);
        row.billed = Money::fromUnits(q.value(1).toLongLong());
        row.destination = q.value(2).toString().isEmpty() ? QCoreApplication::translate("InvoiceReview", "Other calls") : QCoreApplication::translate("InvoiceReview", "Prefix %1").arg(q.value(2).toString());
        for (const PayerCharge &p : *charges) {
            if (p.customer != invoice->customerId)
                continue;
            row.rerated = p.charge.cost;
            row.destination = p.charge.row->destination.isEmpty() ? QCoreApplication::translate("InvoiceReview", "Prefix %1").arg(p.charge.row->prefix) : p.charge.row->destination;
        }
        row.differs = row.billed != row.rerated;
        ReviewDestination &dest = byDestination[row.destination];
        dest.destination = row.destination;
        ++dest.calls;
        dest.differing += row.differs ? 1 : 0;
        dest.billed = sum(dest.billed, row.billed);
        dest.rerated = sum(dest.rerated, row.rerated);
        review.billed = sum(review.billed, row.billed);
        review.rerated = sum(review.rerated, row.rerated);
        review.differing += row.differs ? 1 : 0;
        review.calls.append(row);
    }
    for (ReviewDestination dest : byDestination) {
        dest.difference = dest.rerated.minus(dest.billed).value_or(Money());
        review.destinations.append(dest);
    }
    review.difference = review.rerated.minus(review.billed).value_or(Money());
    return review;
}
