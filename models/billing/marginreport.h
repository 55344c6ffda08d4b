#pragma once

#include "customertree.h"

#include "core/money.h"
#include "core/result.h"

#include <QList>

class Database;

// One customer's line of a margin report over a period, from the stored charges (call_charges,
// written by rating under the customer tree). `revenue` is what the customer paid for the calls
// of its subtree, `cost` what those same calls cost its parent (the parent's own charges; for
// the system root's children the carrier's price), so `margin` is what the parent earned on it.
// `ownMargin` is what this customer earned on its own customers (the sum of its children's
// margins). For the system root, revenue is what its children paid and cost the carrier's.
struct MarginRow
{
    qint64 customerId = 0;
    qint64 parentId = 0;
    QString name;
    QString role;
    QString currency;
    qint64 calls = 0;
    qint64 seconds = 0;        // talk time
    Money revenue;
    Money cost;
    Money margin;
    Money ownMargin;
    qint64 uncosted = 0;       // calls whose parent has no charge (no deck or no prefix)
};

// Margins per customer for calls starting in [start, end), computed in SQL on every backend.
class MarginReport
{
public:
    explicit MarginReport(Database &database);

    // Rows for `customer` and all its descendants (0: the whole tree), in tree order (a parent
    // before its children, siblings by id).
    [[nodiscard]] Result<QList<MarginRow>> compute(qint64 start, qint64 end, qint64 customer = 0);

private:
    Database &m_database;
};
