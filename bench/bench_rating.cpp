// Rating benchmark: longest-prefix lookups per second on a 60k-prefix deck with effective dates
// (PrefixIndex, as RateDeck uses it) beside a plain sorted-array binary-search baseline written
// here; then re-rating the calls of a SQLite store (bench_grid's 10M database by default) under
// the customers' decks, a dry run (read + rate) beside the real run (read + rate + write).
#include "billing/callrating.h"
#include "billing/chargeplan.h"
#include "billing/customerstore.h"
#include "billing/prefixindex.h"
#include "billing/ratedeckstore.h"
#include "billing/ratinginput.h"
#include "store/callstore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

constexpr qint64 Forever = PrefixIndex::Forever;

struct Prefix
{
    std::string digits;
    qint64 from;
    qint64 to;
    int id;
};

// 60k prefixes under real country codes, 3–9 digits; every tenth has an expired and a current
// row, so lookups must honour effective dates.
std::vector<Prefix> makeDeck(int count, std::mt19937_64 &random)
{
    static const char *countries[] = {"1", "44", "49", "33", "34", "39", "31", "61", "91", "55", "52", "86", "81", "7", "27", "234", "63", "62"};
    std::vector<Prefix> deck;
    std::unordered_set<std::string> seen;
    int id = 0;
    while (int(deck.size()) < count) {
        std::string p = countries[random() % std::size(countries)];
        const int extra = 1 + int(random() % 7);
        for (int i = 0; i < extra; ++i)
            p += char('0' + random() % 10);
        if (!seen.insert(p).second)
            continue;
        if (id % 10 == 0) {
            deck.push_back({p, 0, 1700000000, id++});
            deck.push_back({p, 1700000000, Forever, id++});
        } else {
            deck.push_back({p, 0, Forever, id++});
        }
    }
    return deck;
}

// The baseline: per prefix length, a sorted array of (prefix as a number, from, to, id); a lookup
// tries the longest length first and binary-searches each.
class SortedArrays
{
public:
    explicit SortedArrays(const std::vector<Prefix> &deck)
    {
        for (const Prefix &p : deck) {
            const size_t length = p.digits.size();
            if (m_byLength.size() <= length)
                m_byLength.resize(length + 1);
            m_byLength[length].push_back({std::stoull(p.digits), p.from, p.to, p.id});
        }
        for (auto &rows : m_byLength)
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return std::tie(a.key, a.from) < std::tie(b.key, b.from); });
    }

    int find(const char *digits, size_t length, qint64 at) const
    {
        for (size_t l = std::min(length, m_byLength.size() - 1); l > 0; --l) {
            const auto &rows = m_byLength[l];
            if (rows.empty())
                continue;
            quint64 key = 0;
            for (size_t i = 0; i < l; ++i)
                key = key * 10 + quint64(digits[i] - '0');
            auto it = std::lower_bound(rows.begin(), rows.end(), key, [](const Row &r, quint64 k) { return r.key < k; });
            for (; it != rows.end() && it->key == key; ++it) {
                if (at >= it->from && at < it->to)
                    return it->id;
            }
        }
        return -1;
    }

private:
    struct Row
    {
        quint64 key;
        qint64 from;
        qint64 to;
        int id;
    };
    std::vector<std::vector<Row>> m_byLength;
};

// CPU time of this thread: on a shared, loaded machine wall time would measure the neighbours.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU time of the process (the SQLite work runs on this thread; the OS's writing does not count).
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

template<typename Find>
std::pair<double, qint64> measure(const std::vector<std::string> &numbers, qint64 lookups, Find find)
{
    const double started = cpuSeconds();
    qint64 checksum = 0;
    for (qint64 i = 0; i < lookups; ++i) {
        const std::string &n = numbers[size_t(i) % numbers.size()];
        checksum += find(n.data(), n.size(), 1600000000 + (i & 1) * 200000000);
    }
    const double seconds = cpuSeconds() - started;
    return {lookups / seconds, checksum};
}

int lookups(qint64 count)
{
    std::mt19937_64 random(7);
    const std::vector<Prefix> deck = makeDeck(60000, random);
    QStringList prefixes;
    std::vector<PrefixIndex::Entry> entries;
    for (const Prefix &p : deck)
        prefixes.append(QString::fromStdString(p.digits));
    for (size_t i = 0; i < deck.size(); ++i)
        entries.push_back({prefixes[qsizetype(i)], deck[i].from, deck[i].to, deck[i].id});
    const PrefixIndex index(entries);
    const SortedArrays baseline(deck);
    // Numbers: most extend a prefix of the deck, some match nothing.
    std::vector<std::string> numbers;
    for (int i = 0; i < 1 << 20; ++i) {
        std::string n = i % 8 == 0 ? std::string("999") : deck[random() % deck.size()].digits;
        while (n.size() < 12)
            n += char('0' + random() % 10);
        numbers.push_back(n);
    }
    say(u"Deck: %1 rows, %2 trie nodes; %3 lookups over %4 numbers, half before and half after a change of rates."_s
            .arg(deck.size()).arg(index.nodeCount()).arg(count).arg(numbers.size()));
    const auto [trie, trieSum] = measure(numbers, count, [&index](const char *d, size_t l, qint64 at) { return index.find(d, qsizetype(l), at); });
    const auto [array, arraySum] = measure(numbers, count, [&baseline](const char *d, size_t l, qint64 at) { return baseline.find(d, l, at); });
    say(u"  PrefixIndex (trie):            %1 M lookups per CPU second"_s.arg(trie / 1e6, 0, 'f', 1));
    say(u"  sorted arrays + binary search: %1 M lookups per CPU second (trie: %2× the baseline)"_s.arg(array / 1e6, 0, 'f', 1).arg(trie / array, 0, 'f', 1));
    if (trieSum != arraySum) {
        say(u"error: the two lookups disagree (checksums %1 and %2)"_s.arg(trieSum).arg(arraySum));
        return 1;
    }
    say(u"  both found the same rows (checksum %1)"_s.arg(trieSum));
    return 0;
}

const QString CarrierDeck = u"Bench carrier 60k"_s;

// The system root's buy deck: the generated 60k-prefix deck (its dates included), so every call
// is also priced in a deck of that size, as a carrier's price list is. Added once to the store.
Result<void> addCarrierDeck(Database &database)
{
    RateDeckStore decks(database);
    const Result<QList<DeckSummary>> stored = decks.list();
    if (!stored)
        return Error{stored.error()};
    CustomerStore customers(database);
    const Result<CustomerTree> tree = customers.tree();
    if (!tree)
        return Error{tree.error()};
    const auto root = std::find_if(tree->customers().cbegin(), tree->customers().cend(), [](const Customer &c) { return c.parentId == 0; });
    if (root == tree->customers().cend())
        return Error{u"the store has no customer tree"_s};
    qint64 id = 0;
    for (const DeckSummary &deck : *stored)
        id = deck.name == CarrierDeck ? deck.id : id;
    if (!id) {
        std::mt19937_64 random(7);
        QList<RateRow> rows;
        for (const Prefix &p : makeDeck(60000, random)) {
            RateRow row;
            row.prefix = QString::fromStdString(p.digits);
            row.destination = u"Bench "_s + row.prefix;
            row.rate = Money::fromUnits(1000000 + p.id % 97 * 10000); // 0.0100–0.0196 per minute
            row.initialIncrement = row.subsequentIncrement = p.id % 3 ? 60 : 6;
            row.effectiveFrom = p.from;
            if (p.to != Forever)
                row.effectiveTo = p.to;
            rows.append(row);
        }
        Result<RateDeck> deck = RateDeck::create(CarrierDeck, root->currency, DeckRules{}, rows);
        if (!deck)
            return Error{deck.error()};
        const Result<qint64> saved = decks.save(*deck);
        if (!saved)
            return Error{saved.error()};
        id = *saved;
        say(u"Added deck \"%1\" (%2 rows) to the store."_s.arg(CarrierDeck).arg(rows.size()));
    }
    if (root->buyDeck == id)
        return {};
    say(u"The system root (customer %1) buys at deck \"%2\" now."_s.arg(root->id).arg(CarrierDeck));
    return customers.assignDecks(root->id, root->sellDeck, id);
}

int rerate(const QString &path, bool carrierDeck)
{
    if (!QFileInfo::exists(path)) {
        say(u"%1 does not exist: build it with bench_grid (10M calls, ~4 min), or pass --db."_s.arg(path));
        return 0;
    }
    auto database = Database::open(DatabaseSpec::sqlite(path));
    if (!database) {
        say(u"error: %1"_s.arg(database.error()));
        return 1;
    }
    if (const Result<void> added = carrierDeck ? addCarrierDeck(**database) : Result<void>(); !added) {
        say(u"error: %1"_s.arg(added.error()));
        return 1;
    }
    CallFilter all;
    all.archive = true;
    const Result<qint64> calls = CallStore(**database).count(all);
    say(u"Re-rating %1 calls of %2 under the customers' decks (wall seconds, and CPU seconds of the process):"_s
            .arg(calls ? *calls : -1).arg(path));
    const auto report = [](const QString &what, qint64 count, double wall, double cpu) {
        say(u"  %1 %2 calls in %3 s = %4 calls/s; CPU %5 s = %6 calls per CPU second"_s.arg(what).arg(count)
                .arg(wall, 0, 'f', 1).arg(count / wall, 0, 'f', 0).arg(cpu, 0, 'f', 1).arg(count / cpu, 0, 'f', 0));
    };
    {
        // What reading alone costs: the rating runs' reader with nothing done per call.
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuSeconds();
        const Result<qint64> read = RatingInput(**database, all).forEach([](const CallRecord &) { return true; });
        if (!read) {
            say(u"error: %1"_s.arg(read.error()));
            return 1;
        }
        report(u"read only                :"_s, *read, timer.elapsed() / 1000.0, processCpuSeconds() - cpu);
    }
    for (const bool dryRun : {true, false}) {
        auto plan = ChargePlan::fromStore(**database);
        if (!plan) {
            say(u"error: %1"_s.arg(plan.error()));
            return 1;
        }
        CallRating rating(**database, std::move(*plan));
        rating.setRateInvoiced(true);  // the demo's invoice numbers stand for an earlier system
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuSeconds();
        const auto summary = rating.run(all, dryRun);
        if (!summary) {
            say(u"error: %1"_s.arg(summary.error()));
            return 1;
        }
        report(dryRun ? u"dry run (read + rate)    :"_s : u"run (read + rate + write):"_s, summary->calls, timer.elapsed() / 1000.0,
               processCpuSeconds() - cpu);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rating benchmark: prefix lookups (trie vs sorted arrays) and re-rating a SQLite store."_s);
    parser.addHelpOption();
#ifdef CDRDESK_SOURCE_DIR
    const QString defaultDb = QString::fromUtf8(CDRDESK_SOURCE_DIR) + u"/bench/data/calls-10m.db"_s;
#else
    const QString defaultDb = u"bench/data/calls-10m.db"_s;
#endif
    parser.addOptions({{u"db"_s, u"The SQLite store to re-rate (default %1; writes its charges)."_s.arg(defaultDb), u"PATH"_s, defaultDb},
                       {u"lookups"_s, u"Lookups to time (default 50000000)."_s, u"N"_s, u"50000000"_s},
                       {u"no-rerate"_s, u"Only the lookups."_s},
                       {u"no-carrier-deck"_s, u"Re-rate under the store's decks as they are, without adding the 60k-prefix deck as the system's buy deck."_s}});
    parser.process(app);
    if (const int failed = lookups(parser.value(u"lookups"_s).toLongLong()))
        return failed;
    return parser.isSet(u"no-rerate"_s) ? 0 : rerate(parser.value(u"db"_s), !parser.isSet(u"no-carrier-deck"_s));
}
