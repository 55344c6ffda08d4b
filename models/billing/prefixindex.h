#pragma once

#include <QStringView>
#include <QtGlobal>

#include <limits>
#include <vector>

// Longest-prefix lookup over digit strings with effective periods: a 10-ary trie in flat arrays.
// Each node lists the entries whose prefix ends there; a lookup walks the number's digits and
// keeps the deepest entry in effect at the given time, so an expired long prefix falls back to
// a shorter one that is in effect.
class PrefixIndex
{
public:
    static constexpr qint64 Forever = std::numeric_limits<qint64>::max();

    void clear();
    // Adds entry `id` for `prefix` (digits only) in effect over [from, to).
    void add(QStringView prefix, qint64 from, qint64 to, int id);
    // The entry with the longest prefix of `number` in effect at `at`, or -1. Reading stops at
    // the first character that is not a digit.
    [[nodiscard]] int find(QStringView number, qint64 at) const;
    [[nodiscard]] int find(const char *digits, qsizetype length, qint64 at) const;
    [[nodiscard]] qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

private:
    struct Node
    {
        qint32 child[10];
        qint32 firstEntry; // -1 when no entry ends here; entries of a node are chained
    };
    struct Entry
    {
        qint64 from;
        qint64 to;
        qint32 id;
        qint32 next;
    };

    [[nodiscard]] int effectiveAt(qint32 entry, qint64 at) const;
    qint32 newNode();

    std::vector<Node> m_nodes;
    std::vector<Entry> m_entries;
};
