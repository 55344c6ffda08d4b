#include "marginreport.h"

#include "customerstore.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// SUM of BIGINT is NUMERIC on PostgreSQL and DECIMAL on MariaDB: read it as text.
qint64 sumOf(const QVariant &value)
{
    return value.toString().toLongLong();
}

void appendInTreeOrder(const CustomerTree &tree, qint64 id, QList<qint64> &order)
{
    order.append(id);
    for (const Customer *child : tree.children(id)) {
        if (!order.contains(child->id))
            appendInTreeOrder(tree, child->id, order);
    }
}

} // namespace

MarginReport::MarginReport(Database &database) : m_database(database) {}

Result<QList<MarginRow>> MarginReport::compute(qint64 start, qint64 end, qint64 customer)
{
    const Result<CustomerTree> tree = CustomerStore(m_database).tree();
    if (!tree)
        return Error{tree.error()};
    if (customer && !tree->find(customer))
        return Error{QCoreApplication::translate("MarginReport", "There is no customer %1.").arg(customer)};

    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Exact sums: PostgreSQL's SUM of BIGINT is NUMERIC, which would otherwise arrive as a double.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    // The parent's charge is found by the call (`+` keeps the planner off the customer index:
    // SQLite without statistics chose it and read all of the parent's charges for every charge,
    // minutes on the 200k-call demo store instead of under a second).
    q.prepare(u"SELECT c.customer_id, COUNT(*), SUM(k.talktime), SUM(c.cost), SUM(COALESCE(p.cost, 0)), "
              "SUM(CASE WHEN p.id IS NULL THEN 1 ELSE 0 END), MIN(c.currency) FROM "_s
              + d.quote(u"call_charges") + u" c JOIN "_s + d.quote(u"calls") + u" k ON k.id = c.call_id JOIN "_s
              + d.quote(u"customers") + u" cu ON cu.id = c.customer_id LEFT JOIN "_s + d.quote(u"call_charges")
              + u" p ON p.call_id = c.call_id AND +p.customer_id = cu.parent_id "
                "WHERE k.start >= ? AND k.start < ? GROUP BY c.customer_id"_s);
    q.addBindValue(start);
    q.addBindValue(end);
    if (auto ok = execute(q, QCoreApplication::translate("MarginReport", "Computing the margins")); !ok)
        return Error{ok.error()};
    QHash<qint64, MarginRow> rows;
    while (q.next()) {
        MarginRow row;
        row.customerId = q.value(0).toLongLong();
        row.calls = q.value(1).toLongLong();
        row.seconds = sumOf(q.value(2));
        row.revenue = Money::fromUnits(sumOf(q.value(3)));
        row.cost = Money::fromUnits(sumOf(q.value(4)));
        row.uncosted = sumOf(q.value(5));
        row.currency = q.value(6).toString();
        rows.insert(row.customerId, row);
    }

    QList<qint64> order;
    for (const Customer *root : tree->roots())
        appendInTreeOrder(*tree, root->id, order);
    if (customer) {
        const QList<qint64> wanted = tree->subtree(customer);
        order.removeIf([&wanted](qint64 id) { return !wanted.contains(id); });
    }
    // Children come after their parent: walk backwards so that every child is complete when its
    // parent sums it.
    QList<MarginRow> result(order.size());
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        const Customer *c = tree->find(order[i]);
        MarginRow row = rows.value(c->id);
        row.customerId = c->id;
        row.parentId = c->parentId;
        row.name = c->name;
        row.role = c->role;
        if (row.currency.isEmpty())
            row.currency = c->currency;
        const bool isRoot = !c->parentId || !tree->find(c->parentId);
        if (isRoot) {
            // The root pays the carrier (its own charges are its cost); its revenue is what its
            // children paid.
            row.cost = row.revenue;
            row.revenue = Money();
            row.calls = 0;
            row.seconds = 0;
            row.uncosted = 0;
        }
        for (const Customer *child : tree->children(c->id)) {
            const MarginRow &sub = rows.value(child->id);
            row.ownMargin = row.ownMargin.plus(sub.revenue).value_or(row.ownMargin);
            row.ownMargin = row.ownMargin.minus(sub.cost).value_or(row.ownMargin);
            if (isRoot) {
                row.revenue = row.revenue.plus(sub.revenue).value_or(row.revenue);
                row.calls += sub.calls;
                row.seconds += sub.seconds;
                row.uncosted += sub.uncosted;
            }
        }
        row.margin = row.revenue.minus(row.cost).value_or(Money());
        if (isRoot)
            row.margin = row.ownMargin;
        result[i] = row;
    }
    return result;
}
