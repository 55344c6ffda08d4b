#pragma once

#include "charge.h"
#include "customertree.h"
#include "deckset.h"
#include "ratedeck.h"
#include "rater.h"

#include "core/callrecord.h"
#include "core/result.h"

#include <map>
#include <unordered_map>
#include <memory>

class Database;

// One customer's charge on a call: who pays, in which role, under which deck, and the charge.
struct PayerCharge
{
    qint64 customer = 0;
    QString role;          // the customer's role: client, reseller or system
    qint64 deckId = 0;
    Charge charge;
};

// Who pays what on a call. Under the customer tree every customer from the one making the call
// up to the root pays its own charge (Customer::chargeDeck); a single deck prices the calling
// customer's charge only. Keeps one Rater per deck, so calls must come in start order.
class ChargePlan
{
public:
    // The tree and every deck a customer names, from the store.
    [[nodiscard]] static Result<std::unique_ptr<ChargePlan>> fromStore(Database &database, bool explain = false);
    // The same from a tree and decks already loaded (a deck the set lacks prices nothing), so a
    // view can explain a call under every deck that applies without reading the store.
    [[nodiscard]] static std::unique_ptr<ChargePlan> fromDecks(const CustomerTree &tree, const DeckSet &decks, bool explain = true);
    // Only the customer making the call pays, under `deck`.
    [[nodiscard]] static std::unique_ptr<ChargePlan> singleDeck(const RateDeck &deck, bool explain = false);

    // Replaces a deck of the plan (what-if): every customer priced under `deckId` is priced
    // under `candidate` instead.
    void substitute(qint64 deckId, const RateDeck &candidate);

    // The charges of everyone who pays on `call`, the calling customer first. A customer
    // without a deck, or whose deck has no prefix for the number, pays nothing (no entry).
    [[nodiscard]] Result<QList<PayerCharge>> rate(const CallRecord &call);

    [[nodiscard]] const CustomerTree &tree() const { return m_tree; }
    [[nodiscard]] const RateDeck *deck(qint64 id) const;

private:
    ChargePlan() = default;
    void addDeck(const RateDeck &deck);

    CustomerTree m_tree;
    bool m_singleDeck = false;
    bool m_explain = false;
    qint64 m_single = 0;
    std::map<qint64, std::unique_ptr<RateDeck>> m_decks;
    std::map<qint64, std::unique_ptr<Rater>> m_raters;
    std::unordered_map<qint64, QList<const Customer *>> m_chains; // by calling customer
};
