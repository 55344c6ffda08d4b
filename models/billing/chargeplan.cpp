#include "chargeplan.h"

#include "customerstore.h"
#include "ratedeckstore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Result<std::unique_ptr<ChargePlan>> ChargePlan::fromStore(Database &database, bool explain)
{
    Result<CustomerTree> tree = CustomerStore(database).tree();
    if (!tree)
        return Error{tree.error()};
    std::unique_ptr<ChargePlan> plan(new ChargePlan);
    plan->m_explain = explain;
    plan->m_tree = std::move(*tree);
    QSet<qint64> ids;
    for (const Customer &c : plan->m_tree.customers()) {
        for (qint64 id : {c.sellDeck, c.buyDeck}) {
            if (id)
                ids.insert(id);
        }
    }
    RateDeckStore decks(database);
    for (qint64 id : std::as_const(ids)) {
        const Result<RateDeck> deck = decks.load(id);
        if (!deck)
            return Error{deck.error()};
        plan->addDeck(*deck);
    }
    return plan;
}

std::unique_ptr<ChargePlan> ChargePlan::fromDecks(const CustomerTree &tree, const DeckSet &decks, bool explain)
{
    std::unique_ptr<ChargePlan> plan(new ChargePlan);
    plan->m_explain = explain;
    plan->m_tree = tree;
    for (const RateDeck &deck : decks.decks()) {
        const bool used = std::any_of(tree.customers().cbegin(), tree.customers().cend(), [&deck](const Customer &c) {
            return c.sellDeck == deck.id() || c.buyDeck == deck.id();
        });
        if (used)
            plan->addDeck(deck);
    }
    return plan;
}

std::unique_ptr<ChargePlan> ChargePlan::singleDeck(const RateDeck &deck, bool explain)
{
    std::unique_ptr<ChargePlan> plan(new ChargePlan);
    plan->m_explain = explain;
    plan->m_singleDeck = true;
    plan->m_single = deck.id();
    plan->addDeck(deck);
    return plan;
}

void ChargePlan::addDeck(const RateDeck &deck)
{
    auto copy = std::make_unique<RateDeck>(deck);
    m_raters[deck.id()] = std::make_unique<Rater>(*copy, m_explain);
    m_decks[deck.id()] = std::move(copy);
}

void ChargePlan::substitute(qint64 deckId, const RateDeck &candidate)
{
    RateDeck copy = candidate;
    copy.setId(deckId);
    m_raters.erase(deckId);
    addDeck(copy);
}

const RateDeck *ChargePlan::deck(qint64 id) const
{
    const auto it = m_decks.find(id);
    return it == m_decks.end() ? nullptr : it->second.get();
}

Result<QList<PayerCharge>> ChargePlan::rate(const CallRecord &call)
{
    QList<PayerCharge> result;
    const auto priceFor = [&](qint64 customer, const QString &role, qint64 deckId) -> Result<void> {
        const auto rater = m_raters.find(deckId);
        if (rater == m_raters.end())
            return {};
        Result<Charge> charge = rater->second->rate(call, customer);
        if (!charge)
            return Error{charge.error()};
        if (charge->matched() || m_explain)
            result.append({customer, role, deckId, std::move(*charge)});
        return {};
    };
    if (m_singleDeck) {
        if (auto ok = priceFor(call.scustomer, u"client"_s, m_single); !ok)
            return Error{ok.error()};
        return result;
    }
    auto known = m_chains.find(call.scustomer); // the tree does not change: walk it once per customer
    if (known == m_chains.end())
        known = m_chains.emplace(call.scustomer, m_tree.chain(call.scustomer)).first;
    const QList<const Customer *> &chain = known->second;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const qint64 deckId = chain[i]->chargeDeck(i == 0);
        if (!deckId)
            continue;
        if (auto ok = priceFor(chain[i]->id, chain[i]->role, deckId); !ok)
            return Error{ok.error()};
    }
    return result;
}
