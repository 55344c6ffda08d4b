#include "prefixindex.h"

#include <algorithm>
#include <array>
#include <bit>
#include <tuple>

namespace {

constexpr quint32 HasRows = 1u << 10;
constexpr quint32 InlineRow = 1u << 11;
constexpr size_t MaxInlineMoments = 1u << 16; // epoch numbers fit in 16 bits
constexpr unsigned EarlierShift = 12;         // bits 12-31: rows of the node before the inline one
constexpr size_t MaxEarlierRows = 1u << (32 - EarlierShift);

// The number of children below a digit: bits 0-9 of a node, without a library call.
constexpr std::array<quint8, 1024> BitCounts = [] {
    std::array<quint8, 1024> counts{};
    for (unsigned i = 0; i < 1024; ++i)
        counts[i] = quint8(std::popcount(i));
    return counts;
}();

unsigned childrenBelow(quint32 bits, unsigned digit)
{
    return BitCounts[bits & ((1u << digit) - 1)];
}

unsigned digitOf(char c)
{
    return unsigned(static_cast<unsigned char>(c)) - unsigned('0');
}

unsigned digitOf(QChar c)
{
    return unsigned(c.unicode()) - unsigned(u'0');
}

// The trie while it is built: plain child links, then laid out breadth first.
struct BuildNode
{
    std::array<qint32, 10> child;
    std::vector<qint32> entries; // positions in the entry list
    BuildNode() { child.fill(-1); }
};

} // namespace

PrefixIndex::PrefixIndex(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return;
    std::vector<BuildNode> build(1);
    for (qsizetype e = 0; e < qsizetype(entries.size()); ++e) {
        qint32 node = 0;
        for (QChar c : entries[size_t(e)].prefix) {
            const unsigned digit = digitOf(c);
            if (digit > 9)
                break;
            qint32 child = build[size_t(node)].child[digit];
            if (child < 0) {
                child = qint32(build.size());
                build[size_t(node)].child[digit] = child; // before emplace_back moves the nodes
                build.emplace_back();
            }
            node = child;
        }
        build[size_t(node)].entries.push_back(qint32(e));
    }
    // The children of a node are contiguous (a group). Groups are placed depth first: a node's
    // group follows the groups of its elder siblings' subtrees, so the deep, sparse part of a
    // path (chains of single children) lies in consecutive bytes.
    std::vector<qint32> order{0}; // the build node at each final position
    order.reserve(build.size());
    std::vector<quint32> firstChild(build.size(), 0); // by final position
    std::vector<qint32> pending{0}; // positions whose group of children is still to place
    while (!pending.empty()) {
        const qint32 position = pending.back();
        pending.pop_back();
        const auto first = qint32(order.size());
        firstChild[size_t(position)] = quint32(first);
        for (qint32 child : build[size_t(order[size_t(position)])].child) {
            if (child >= 0)
                order.push_back(child);
        }
        for (auto i = qint32(order.size()) - 1; i >= first; --i) // the first child's group next
            pending.push_back(i);
    }
    for (const Entry &e : entries) {
        m_moments.push_back(e.from);
        m_moments.push_back(e.to);
    }
    std::sort(m_moments.begin(), m_moments.end());
    m_moments.erase(std::unique(m_moments.begin(), m_moments.end()), m_moments.end());
    size_t mostRows = 0;
    for (const BuildNode &b : build)
        mostRows = std::max(mostRows, b.entries.size());
    const bool inlineRows = m_moments.size() <= MaxInlineMoments && mostRows <= MaxEarlierRows;
    const auto momentIndex = [this](qint64 t) {
        return quint32(std::lower_bound(m_moments.begin(), m_moments.end(), t) - m_moments.begin());
    };
    m_nodes.reserve(order.size());
    if (inlineRows)
        m_earlier.assign(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i) {
        BuildNode &b = build[size_t(order[i])];
        Node node{0, firstChild[i], 0, 0};
        for (unsigned digit = 0; digit < 10; ++digit)
            node.bits |= b.child[digit] >= 0 ? 1u << digit : 0u;
        std::sort(b.entries.begin(), b.entries.end(), [&entries](qint32 x, qint32 y) {
            return std::tie(entries[size_t(x)].from, x) < std::tie(entries[size_t(y)].from, y);
        });
        if (!b.entries.empty()) {
            node.bits |= HasRows;
            const auto rowCount = quint32(b.entries.size());
            if (inlineRows) {
                const Entry &latest = entries[size_t(b.entries.back())];
                node.bits |= InlineRow | (rowCount - 1) << EarlierShift;
                node.row = quint32(latest.id);
                node.rowInfo = momentIndex(latest.from) | momentIndex(latest.to) << 16;
                m_earlier[i] = quint32(m_rows.size());
                b.entries.pop_back();
            } else {
                node.row = quint32(m_rows.size());
                node.rowInfo = rowCount;
            }
            for (qint32 e : b.entries)
                m_rows.push_back({entries[size_t(e)].from, entries[size_t(e)].to, entries[size_t(e)].id});
        }
        m_nodes.push_back(node);
    }
}

// How many of the deck's moments are at or before `at`: row [from, to) is in effect at `at`
// when index(from) < epochOf(at) <= index(to).
quint32 PrefixIndex::epochOf(qint64 at) const
{
    return quint32(std::upper_bound(m_moments.begin(), m_moments.end(), at) - m_moments.begin());
}

int PrefixIndex::effectiveAt(quint32 index, qint64 at) const
{
    const Node &node = m_nodes[index];
    const Row *begin;
    const Row *end;
    if (node.bits & InlineRow) {
        const quint32 epoch = epochOf(at);
        if ((node.rowInfo & 0xffff) < epoch) // the latest row has begun: it or nothing
            return epoch <= node.rowInfo >> 16 ? int(node.row) : -1;
        begin = m_rows.data() + m_earlier[index];
        end = begin + (node.bits >> EarlierShift);
    } else {
        begin = m_rows.data() + node.row;
        end = begin + node.rowInfo;
    }
    // The last row starting at or before `at`: periods do not overlap, so only it can hold `at`.
    const Row *last = end - begin <= 8 ? end : std::upper_bound(begin, end, at, [](qint64 t, const Row &r) { return t < r.from; });
    while (last != begin && last[-1].from > at)
        --last;
    return last != begin && at < last[-1].to ? last[-1].id : -1;
}

template<typename Digits>
int PrefixIndex::findIn(const Digits &digits, qsizetype length, qint64 at) const
{
    if (m_nodes.empty())
        return -1;
    const Node *nodes = m_nodes.data();
    quint32 node = 0;
    quint32 bits = nodes[0].bits;
    quint32 deepest = 0;
    qsizetype depth = (bits & HasRows) ? 0 : -1;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned digit = digitOf(digits[i]);
        if (digit > 9 || !(bits & (1u << digit)))
            break;
        node = nodes[node].firstChild + childrenBelow(bits, digit);
        bits = nodes[node].bits;
        if (bits & HasRows) {
            deepest = node;
            depth = i + 1;
        }
    }
    if (depth < 0)
        return -1;
    const int hit = effectiveAt(deepest, at);
    return hit >= 0 || depth == 0 ? hit : findChecking(digits, depth - 1, at);
}

// The slow path: the deepest prefix is not in effect, so walk again to one digit short of it,
// checking the dates of every node with rows.
template<typename Digits>
int PrefixIndex::findChecking(const Digits &digits, qsizetype depth, qint64 at) const
{
    const Node *nodes = m_nodes.data();
    quint32 node = 0;
    int best = (nodes[0].bits & HasRows) ? effectiveAt(0, at) : -1;
    for (qsizetype i = 0; i < depth; ++i) {
        const unsigned digit = digitOf(digits[i]);
        const quint32 bits = nodes[node].bits;
        node = nodes[node].firstChild + childrenBelow(bits, digit);
        if (nodes[node].bits & HasRows) {
            if (const int hit = effectiveAt(node, at); hit >= 0)
                best = hit;
        }
    }
    return best;
}

int PrefixIndex::find(QStringView number, qint64 at) const
{
    return findIn(number, number.size(), at);
}

int PrefixIndex::find(const char *digits, qsizetype length, qint64 at) const
{
    return findIn(digits, length, at);
}
