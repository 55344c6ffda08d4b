#pragma once

#include "core/money.h"

#include <QString>
#include <QStringList>

// One node of the customer tree (table `customers`): the system root, resellers and their
// clients. A customer pays for its calls under its sell deck (the deck its parent sells it);
// a reseller may also name a buy deck, which then prices what it pays upstream. The system
// root's buy deck is the carrier's (what the operator pays). 0 means "none" for ids.
struct Customer
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString role = QStringLiteral("client");       // system reseller client
    QString billing = QStringLiteral("postpaid");  // prepaid postpaid external
    QString currency = QStringLiteral("USD");
    Money balance;
    QString taxes;                                 // tax names, comma separated (Enswitch)
    qint64 sellDeck = 0;
    qint64 buyDeck = 0;

    // The deck this customer's own charge on a call is priced under: for the customer making
    // the call its sell deck; further up the tree its buy deck, else its sell deck; for the
    // system root only its buy deck (the carrier's price). 0: the customer has no charge.
    [[nodiscard]] qint64 chargeDeck(bool makesTheCall) const
    {
        if (role == QLatin1String("system"))
            return buyDeck;
        if (makesTheCall)
            return sellDeck;
        return buyDeck ? buyDeck : sellDeck;
    }

    [[nodiscard]] static QStringList roles() { return {QStringLiteral("system"), QStringLiteral("reseller"), QStringLiteral("client")}; }
    [[nodiscard]] static QStringList billingTypes() { return {QStringLiteral("prepaid"), QStringLiteral("postpaid"), QStringLiteral("external")}; }

    friend bool operator==(const Customer &, const Customer &) = default;
};
