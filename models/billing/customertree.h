#pragma once

#include "customer.h"

#include <QHash>
#include <QList>

// The customer tree in memory: lookup by id, children in id order, and the chain of a
// customer up to the root (the customers who each pay a charge on its calls).
class CustomerTree
{
public:
    CustomerTree() = default;
    explicit CustomerTree(QList<Customer> customers);

    [[nodiscard]] const QList<Customer> &customers() const { return m_customers; }
    [[nodiscard]] const Customer *find(qint64 id) const;
    [[nodiscard]] QList<const Customer *> children(qint64 id) const;
    // The customer, its parent, … up to the root (stops at a cycle or a missing parent).
    [[nodiscard]] QList<const Customer *> chain(qint64 id) const;
    // The customer and all its descendants' ids.
    [[nodiscard]] QList<qint64> subtree(qint64 id) const;
    // The roots (customers without a parent in the tree).
    [[nodiscard]] QList<const Customer *> roots() const;
    // The system root's id, else the first root's, else 0.
    [[nodiscard]] qint64 systemId() const;

private:
    QList<Customer> m_customers;
    QHash<qint64, qsizetype> m_index;
};
