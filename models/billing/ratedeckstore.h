#pragma once

#include "ratedeck.h"

#include "core/result.h"

#include <QList>
#include <QString>

class Database;

// A deck as listed: what it is called and how big it is.
struct DeckSummary
{
    qint64 id = 0;
    QString name;
    QString currency;
    qint64 rows = 0;
};

// Loads and saves rate decks (tables rate_decks and rates). Deck names are unique by
// convention: saving a deck replaces the stored deck of that name, rows and rules, in one
// transaction.
class RateDeckStore
{
public:
    explicit RateDeckStore(Database &database);

    [[nodiscard]] Result<QList<DeckSummary>> list();
    [[nodiscard]] Result<RateDeck> load(const QString &name);
    [[nodiscard]] Result<RateDeck> load(qint64 id);
    // Returns the deck's id.
    [[nodiscard]] Result<qint64> save(const RateDeck &deck);

private:
    [[nodiscard]] Result<std::optional<qint64>> findId(const QString &name);
    [[nodiscard]] Result<qint64> writeDeck(const RateDeck &deck);
    [[nodiscard]] Result<void> writeRows(qint64 deckId, const RateDeck &deck);
    [[nodiscard]] Result<QList<RateRow>> readRows(qint64 deckId, const QString &name);

    Database &m_database;
};
