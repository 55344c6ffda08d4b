#pragma once

#include "ratedeck.h"

#include "core/progress.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// One rate row of one deck of a DeckSet, as a lookup or a search found it.
struct DeckRow
{
    int deck = -1;             // index into DeckSet::decks()
    const RateRow *row = nullptr;
};

// The sell rate of a row beside the buy rate of another, per minute: what a minute earns.
struct RateMargin
{
    Money sell;
    Money buy;
    Money perMinute;           // sell − buy
    std::optional<qint64> basisPoints; // perMinute / sell in 1/100 %, unset when sell is 0
};

// Every rate deck of a store, loaded once, with the lookups the rate lookup view and
// getRates' `query` need: the matching row of a number in each deck, and rows by destination
// name or prefix. Read-only once built; the rows stay where they are while the set lives.
class DeckSet
{
public:
    DeckSet() = default;
    explicit DeckSet(QList<RateDeck> decks) : m_decks(std::move(decks)) {}

    // Loads every deck of the store, in name order; progress counts decks.
    [[nodiscard]] static Result<DeckSet> load(Database &database, const ProgressCallback &progress = {});

    [[nodiscard]] const QList<RateDeck> &decks() const { return m_decks; }
    [[nodiscard]] bool isEmpty() const { return m_decks.isEmpty(); }
    // The index of the deck called `name`, or -1.
    [[nodiscard]] int indexOf(const QString &name) const;

    // For each deck in order, the longest prefix of `number` in effect at `at` (row nullptr
    // when the deck has none). Characters other than digits are dropped first ("+44 20 …").
    [[nodiscard]] QList<DeckRow> match(const QString &number, qint64 at) const;

    // Rows in effect at `at` whose prefix starts with the query's digits (when the query is
    // all digits, spaces and '+') or whose destination contains it, ignoring case; by deck,
    // then prefix; at most `limit`.
    [[nodiscard]] QList<DeckRow> search(const QString &query, qint64 at, int limit = 1000) const;

    // Selling at `sell` what is bought at `buy`: nullopt when the decks' currencies differ.
    [[nodiscard]] std::optional<RateMargin> margin(const DeckRow &sell, const DeckRow &buy) const;

private:
    QList<RateDeck> m_decks;
};
