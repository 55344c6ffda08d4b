#pragma once

#include <QStringView>
#include <QtGlobal>

#include <limits>
#include <vector>

// Longest-prefix lookup over digit strings with effective periods, built once, then read by any
// number of threads without allocating. A compact 10-ary trie: a node is 16 bytes (which digits
// have children, where its first child is, its rows), the children of a node are contiguous and
// found by counting the set bits below the digit, and the groups of children are laid out depth
// first, so the sparse end of a path lies in consecutive bytes. A 60k-prefix deck is ~124k nodes,
// 2 MB: lookups stay in the CPU's caches.
//
// Dates without a second memory access: the deck's distinct from/to moments, sorted, cut time
// into epochs, and each node with rows keeps its latest-starting row's id and period (two 16-bit
// epoch numbers) inline. The node's earlier rows, sorted by effective-from, are read only for a
// moment before that row began: the last one starting at or before the moment is the only
// candidate, as the periods of one prefix do not overlap. A deck of more than 65536 distinct
// moments keeps every row in that list.
//
// A lookup walks the number's digits without looking at dates and remembers the deepest node that
// has rows; only that node's rows are checked. When none is in effect (an expired or future long
// prefix), the walk is repeated checking every node on the way, so a shorter prefix in effect wins.
class PrefixIndex
{
public:
    static constexpr qint64 Forever = std::numeric_limits<qint64>::max();

    // One row to index: entry `id` for `prefix` (digits 0-9 only; reading stops at any other
    // character) in effect over [from, to). The periods of one prefix must not overlap
    // (RateDeck::create refuses such decks); the index then finds at most one row per prefix.
    struct Entry
    {
        QStringView prefix;
        qint64 from = 0;
        qint64 to = Forever;
        int id = 0;
    };

    PrefixIndex() = default; // empty: finds nothing
    explicit PrefixIndex(const std::vector<Entry> &entries);

    // The entry with the longest prefix of `number` in effect at `at`, or -1. Reading stops at
    // the first character that is not a digit 0-9 ("+44…" matches only an empty prefix).
    [[nodiscard]] int find(QStringView number, qint64 at) const;
    [[nodiscard]] int find(const char *digits, qsizetype length, qint64 at) const;
    [[nodiscard]] qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

private:
    struct Node
    {
        quint32 bits;       // bit d (0-9): a child for digit d; HasRows; InlineRow; earlier rows
        quint32 firstChild; // index of the child of the lowest digit present
        quint32 row;        // InlineRow: the latest row's id; else the first row in m_rows
        quint32 rowInfo;    // InlineRow: from epoch | to epoch << 16; else the number of rows
    };
    struct Row
    {
        qint64 from;
        qint64 to;
        qint32 id;
    };

    template<typename Digits>
    [[nodiscard]] int findIn(const Digits &digits, qsizetype length, qint64 at) const;
    template<typename Digits>
    [[nodiscard]] int findChecking(const Digits &digits, qsizetype depth, qint64 at) const;
    [[nodiscard]] int effectiveAt(quint32 node, qint64 at) const;
    [[nodiscard]] quint32 epochOf(qint64 at) const;

    std::vector<Node> m_nodes;
    std::vector<Row> m_rows;
    std::vector<quint32> m_earlier; // per node with InlineRow: its earlier rows in m_rows
    std::vector<qint64> m_moments; // distinct from/to values, sorted: the epoch boundaries
};
