#include "prefixindex.h"

void PrefixIndex::clear()
{
    m_nodes.clear();
    m_entries.clear();
}

qint32 PrefixIndex::newNode()
{
    Node node;
    for (qint32 &child : node.child)
        child = -1;
    node.firstEntry = -1;
    m_nodes.push_back(node);
    return qint32(m_nodes.size() - 1);
}

void PrefixIndex::add(QStringView prefix, qint64 from, qint64 to, int id)
{
    if (m_nodes.empty())
        newNode();
    qint32 node = 0;
    for (QChar c : prefix) {
        const int digit = c.unicode() - u'0';
        if (digit < 0 || digit > 9)
            break;
        qint32 child = m_nodes[size_t(node)].child[digit];
        if (child < 0) {
            child = newNode(); // may reallocate: index again below
            m_nodes[size_t(node)].child[digit] = child;
        }
        node = child;
    }
    m_entries.push_back({from, to, id, m_nodes[size_t(node)].firstEntry});
    m_nodes[size_t(node)].firstEntry = qint32(m_entries.size() - 1);
}

int PrefixIndex::effectiveAt(qint32 entry, qint64 at) const
{
    for (; entry >= 0; entry = m_entries[size_t(entry)].next) {
        const Entry &e = m_entries[size_t(entry)];
        if (at >= e.from && at < e.to)
            return e.id;
    }
    return -1;
}

int PrefixIndex::find(QStringView number, qint64 at) const
{
    if (m_nodes.empty())
        return -1;
    const Node *nodes = m_nodes.data();
    int best = effectiveAt(nodes[0].firstEntry, at);
    qint32 node = 0;
    for (QChar c : number) {
        const unsigned digit = unsigned(c.unicode()) - u'0';
        if (digit > 9)
            break;
        node = nodes[node].child[digit];
        if (node < 0)
            break;
        if (nodes[node].firstEntry >= 0) {
            const int hit = effectiveAt(nodes[node].firstEntry, at);
            if (hit >= 0)
                best = hit;
        }
    }
    return best;
}

int PrefixIndex::find(const char *digits, qsizetype length, qint64 at) const
{
    if (m_nodes.empty())
        return -1;
    const Node *nodes = m_nodes.data();
    int best = effectiveAt(nodes[0].firstEntry, at);
    qint32 node = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned digit = unsigned(digits[i]) - '0';
        if (digit > 9)
            break;
        node = nodes[node].child[digit];
        if (node < 0)
            break;
        if (nodes[node].firstEntry >= 0) {
            const int hit = effectiveAt(nodes[node].firstEntry, at);
            if (hit >= 0)
                best = hit;
        }
    }
    return best;
}
