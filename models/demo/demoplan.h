#pragma once

#include "core/money.h"

#include <QList>
#include <QString>

// The fixed parts of the demo world: the customer tree, the numbering plans the generator
// draws numbers from, and the small retail rate deck the calls are costed with.
namespace DemoPlan {

struct Customer
{
    qint64 id;
    qint64 parentId;   // 0 for the system root
    QString name;
    QString role;      // system reseller client
    QString billing;   // prepaid postpaid external
    QString country;   // ISO code where its DIDs are
    int weight;        // relative traffic
};

// One way to draw a valid number: country calling code, a national prefix and how many random
// digits follow it. The first random digit is drawn from 2-9 so exchanges stay valid.
struct NumberRange
{
    QString countryCode;
    QString prefix;
    int randomDigits;
    int weight;
};

struct Rate
{
    QString prefix;    // digits of the E.164 number without '+'
    QString destination;
    qint64 ratePerMinute;  // money units
    int initialIncrement;
    int subsequentIncrement;
    qint64 connectionFee;  // money units
};

const QList<Customer> &customers();
const QList<NumberRange> &numberRanges();
const QList<Rate> &retailDeck();
const QStringList &firstNames();
const QStringList &lastNames();

} // namespace DemoPlan
