#include "customertree.h"

CustomerTree::CustomerTree(QList<Customer> customers) : m_customers(std::move(customers))
{
    std::sort(m_customers.begin(), m_customers.end(), [](const Customer &a, const Customer &b) { return a.id < b.id; });
    for (qsizetype i = 0; i < m_customers.size(); ++i)
        m_index.insert(m_customers[i].id, i);
}

const Customer *CustomerTree::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_customers[*it];
}

QList<const Customer *> CustomerTree::children(qint64 id) const
{
    QList<const Customer *> result;
    for (const Customer &c : m_customers) {
        if (c.parentId == id && c.id != id)
            result.append(&c);
    }
    return result;
}

QList<const Customer *> CustomerTree::chain(qint64 id) const
{
    QList<const Customer *> result;
    for (const Customer *c = find(id); c && result.size() <= m_customers.size(); c = c->parentId ? find(c->parentId) : nullptr) {
        if (result.contains(c))
            break;
        result.append(c);
    }
    return result;
}

QList<qint64> CustomerTree::subtree(qint64 id) const
{
    QList<qint64> result;
    if (!find(id))
        return result;
    result.append(id);
    for (qsizetype i = 0; i < result.size() && result.size() <= m_customers.size(); ++i) {
        for (const Customer *child : children(result[i])) {
            if (!result.contains(child->id))
                result.append(child->id);
        }
    }
    return result;
}

QList<const Customer *> CustomerTree::roots() const
{
    QList<const Customer *> result;
    for (const Customer &c : m_customers) {
        if (!c.parentId || !find(c.parentId))
            result.append(&c);
    }
    return result;
}

qint64 CustomerTree::systemId() const
{
    const QList<const Customer *> top = roots();
    for (const Customer *c : top) {
        if (c->role == QLatin1String("system"))
            return c->id;
    }
    return top.isEmpty() ? 0 : top.first()->id;
}
