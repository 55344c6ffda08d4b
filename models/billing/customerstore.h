#pragma once

#include "customertree.h"

#include "core/result.h"

class Database;

// Loads and saves the customer tree (table `customers`). add() and update() check the customer
// against the tree and the stored decks first and name the field that is wrong; each write is
// one transaction.
class CustomerStore
{
public:
    explicit CustomerStore(Database &database);

    [[nodiscard]] Result<CustomerTree> tree();
    // Every customer, by id.
    [[nodiscard]] Result<QList<Customer>> list();
    [[nodiscard]] Result<Customer> load(qint64 id);
    // Stores a new customer (its id when non-zero, else the next free one); returns the id.
    [[nodiscard]] Result<qint64> add(const Customer &customer);
    // Replaces the stored customer of customer.id with every field of `customer`.
    [[nodiscard]] Result<void> update(const Customer &customer);
    // Assigns decks (0 = none) to a customer.
    [[nodiscard]] Result<void> assignDecks(qint64 id, qint64 sellDeck, qint64 buyDeck);
    // Adds `delta` to the balance inside the caller's transaction; returns the new balance.
    [[nodiscard]] Result<Money> addToBalance(qint64 id, Money delta);

    // The first problem of `customer` within `tree` ("field: message"), or an empty string.
    [[nodiscard]] Result<QString> problem(const Customer &customer, const CustomerTree &tree, bool isNew);

private:
    [[nodiscard]] Result<bool> deckExists(qint64 id);

    Database &m_database;
};
