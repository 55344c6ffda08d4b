#include "whatif.h"

#include "chargeplan.h"
#include "ratinginput.h"

#include "store/callstore.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

Money sum(Money a, Money b)
{
    return a.plus(b).value_or(a);
}

// The calling customer's charge (revenue) and its parent's (cost), and the destination.
struct Priced
{
    Money revenue;
    Money cost;
    QString destination;
};

Priced priced(const QList<PayerCharge> &charges, const CustomerTree &tree, qint64 caller)
{
    Priced p;
    const Customer *customer = tree.find(caller);
    const qint64 parent = customer ? customer->parentId : 0;
    for (const PayerCharge &c : charges) {
        if (c.customer == caller) {
            p.revenue = c.charge.cost;
            p.destination = c.charge.row->destination;
        } else if (parent && c.customer == parent) {
            p.cost = c.charge.cost;
        }
    }
    return p;
}

void add(WhatIfRow &row, const Priced &before, const Priced &after)
{
    ++row.calls;
    row.revenueBefore = sum(row.revenueBefore, before.revenue);
    row.revenueAfter = sum(row.revenueAfter, after.revenue);
    row.costBefore = sum(row.costBefore, before.cost);
    row.costAfter = sum(row.costAfter, after.cost);
}

} // namespace

WhatIf::WhatIf(Database &database) : m_database(database) {}

Result<WhatIfReport> WhatIf::compute(CallFilter filter, const RateDeck &candidate, qint64 replaced, const ProgressCallback &progress)
{
    auto now = ChargePlan::fromStore(m_database);
    auto then = ChargePlan::fromStore(m_database);
    if (!now || !then)
        return Error{now ? then.error() : now.error()};
    if (!(*now)->deck(replaced))
        return Error{QCoreApplication::translate("WhatIf", "No customer is priced under rate deck %1, so replacing it changes nothing.").arg(replaced)};
    (*then)->substitute(replaced, candidate);
    filter.sort = u"start"_s;
    filter.descending = false;
    CallStore calls(m_database);
    const Result<qint64> total = calls.count(filter);
    if (!total)
        return Error{total.error()};
    QMap<QString, WhatIfRow> destinations;
    QMap<qint64, WhatIfRow> customers;
    WhatIfReport report;
    QString failure;
    qint64 seen = 0;
    const CustomerTree &tree = (*now)->tree();
    const Result<qint64> visited = RatingInput(m_database, filter).forEach([&](const CallRecord &call) {
        const Result<QList<PayerCharge>> before = (*now)->rate(call);
        const Result<QList<PayerCharge>> after = (*then)->rate(call);
        if (!before || !after) {
            failure = before ? after.error() : before.error();
            return false;
        }
        const Priced b = priced(*before, tree, call.scustomer);
        const Priced a = priced(*after, tree, call.scustomer);
        const QString destination = !a.destination.isEmpty() ? a.destination : !b.destination.isEmpty() ? b.destination : QCoreApplication::translate("WhatIf", "(no prefix)");
        WhatIfRow &d = destinations[destination];
        d.key = destination;
        add(d, b, a);
        WhatIfRow &c = customers[call.scustomer];
        c.customerId = call.scustomer;
        c.key = tree.find(call.scustomer) ? tree.find(call.scustomer)->name : QCoreApplication::translate("WhatIf", "Customer %1").arg(call.scustomer);
        add(c, b, a);
        add(report.total, b, a);
        ++seen;
        if (progress && seen % 10000 == 0 && !progress(seen, *total)) {
            failure = QCoreApplication::translate("WhatIf", "The what-if run was cancelled.");
            return false;
        }
        return true;
    });
    if (!failure.isEmpty())
        return Error{failure};
    if (!visited)
        return Error{visited.error()};
    report.total.key = QCoreApplication::translate("WhatIf", "Total");
    report.byDestination = destinations.values();
    report.byCustomer = customers.values();
    return report;
}
