#include "clicommands.h"

#include "clisupport.h"

#include "billing/customerstore.h"
#include "billing/marginreport.h"
#include "billing/ratedeckstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

// The customer tree and margin commands: customer list|add|set and margins.
namespace {

using namespace CliSupport;

void addCustomerOptions(QCommandLineParser &parser)
{
    parser.addOptions({{u"id"_s, QCoreApplication::translate("cli", "The customer's id."), u"ID"_s},
                       {u"parent"_s, QCoreApplication::translate("cli", "The parent customer's id (the system root or a reseller)."), u"ID"_s},
                       {u"name"_s, QCoreApplication::translate("cli", "The customer's name."), u"NAME"_s},
                       {u"role"_s, QCoreApplication::translate("cli", "system, reseller or client (default client)."), u"ROLE"_s},
                       {u"billing"_s, QCoreApplication::translate("cli", "prepaid, postpaid (default) or external."), u"TYPE"_s},
                       {u"currency"_s, QCoreApplication::translate("cli", "Three-letter currency code (default USD)."), u"CODE"_s},
                       {u"balance"_s, QCoreApplication::translate("cli", "The balance, a decimal amount."), u"AMOUNT"_s},
                       {u"taxes"_s, QCoreApplication::translate("cli", "Tax names, comma separated (see 'invoice tax')."), u"NAMES"_s},
                       {u"sell-deck"_s, QCoreApplication::translate("cli", "The deck the customer's calls are priced under (name or id; empty for none)."), u"DECK"_s},
                       {u"buy-deck"_s, QCoreApplication::translate("cli", "A reseller's or the system's buy deck (name or id; empty for none)."), u"DECK"_s}});
}

// A deck option by name or id; 0 when empty.
Result<qint64> deckId(Database &database, const QString &option, const QString &value)
{
    if (value.isEmpty())
        return qint64(0);
    const auto decks = RateDeckStore(database).list();
    if (!decks)
        return Error{decks.error()};
    for (const DeckSummary &deck : *decks) {
        if (deck.name == value || QString::number(deck.id) == value)
            return deck.id;
    }
    return Error{QCoreApplication::translate("cli", "--%1: there is no rate deck \"%2\".").arg(option, value)};
}

// Applies the options that are set to `customer`.
Result<void> applyOptions(const QCommandLineParser &parser, Database &database, Customer &customer)
{
    if (auto parent = integerOption(parser, u"parent"_s, customer.parentId, 0); parent)
        customer.parentId = *parent;
    else
        return Error{parent.error()};
    for (const auto &[option, field] : {std::pair{u"name"_s, &customer.name}, std::pair{u"role"_s, &customer.role},
                                        std::pair{u"billing"_s, &customer.billing}, std::pair{u"currency"_s, &customer.currency},
                                        std::pair{u"taxes"_s, &customer.taxes}}) {
        if (parser.isSet(option))
            *field = parser.value(option);
    }
    if (parser.isSet(u"balance"_s)) {
        QString why;
        const auto balance = Money::parse(parser.value(u"balance"_s), &why);
        if (!balance)
            return Error{QCoreApplication::translate("cli", "--balance: %1").arg(why)};
        customer.balance = *balance;
    }
    for (const auto &[option, field] : {std::pair{u"sell-deck"_s, &customer.sellDeck}, std::pair{u"buy-deck"_s, &customer.buyDeck}}) {
        if (!parser.isSet(option))
            continue;
        const Result<qint64> id = deckId(database, option, parser.value(option));
        if (!id)
            return Error{id.error()};
        *field = *id;
    }
    return {};
}

int customerList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the customer tree as CSV, a parent before its children."));
    if (const auto exit = parse(parser, u"customer list"_s, arguments, 0))
        return *exit;
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<CustomerTree> tree = CustomerStore(**database).tree();
    if (!tree)
        return fail(tree.error());
    QTextStream out(stdout);
    out << "id,parent,name,role,billing,currency,balance,taxes,sell_deck,buy_deck\n";
    for (const Customer &c : tree->customers())
        out << c.id << ',' << c.parentId << ",\"" << QString(c.name).replace(u'"', u"\"\""_s) << "\"," << c.role << ','
            << c.billing << ',' << c.currency << ',' << c.balance.toString(2) << ",\"" << c.taxes << "\"," << c.sellDeck << ','
            << c.buyDeck << '\n';
    return 0;
}

int customerWrite(const QStringList &arguments, bool adding)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(adding ? QCoreApplication::translate("cli", "Adds a customer to the tree.") : QCoreApplication::translate("cli", "Changes the given fields of customer --id."));
    addCustomerOptions(parser);
    if (const auto exit = parse(parser, adding ? u"customer add"_s : u"customer set"_s, arguments, 0))
        return *exit;
    const Result<qint64> id = integerOption(parser, u"id"_s, 0, adding ? 0 : 1);
    if (!id)
        return fail(id.error(), 2);
    if (!adding && !parser.isSet(u"id"_s))
        return fail(QCoreApplication::translate("cli", "--id is required."), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    CustomerStore store(**database);
    Customer customer;
    if (!adding) {
        Result<Customer> stored = store.load(*id);
        if (!stored)
            return fail(stored.error(), 2);
        customer = *stored;
    }
    customer.id = *id;
    if (auto ok = applyOptions(parser, **database, customer); !ok)
        return fail(ok.error(), 2);
    if (adding) {
        const Result<qint64> added = store.add(customer);
        if (!added)
            return fail(added.error(), 2);
        QTextStream(stdout) << QCoreApplication::translate("cli", "Added customer %1 \"%2\".").arg(*added).arg(customer.name) << Qt::endl;
        return 0;
    }
    if (auto ok = store.update(customer); !ok)
        return fail(ok.error(), 2);
    QTextStream(stdout) << QCoreApplication::translate("cli", "Changed customer %1 \"%2\".").arg(customer.id).arg(customer.name) << Qt::endl;
    return 0;
}

QString minutes(qint64 seconds)
{
    return Money::fromUnits(seconds).mulDiv(Money::UnitsPerWhole, 60).value_or(Money()).toFixed(2);
}

} // namespace

namespace CliCommands {

int customer(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list")
        return customerList(arguments.mid(1));
    if (sub == u"add" || sub == u"set")
        return customerWrite(arguments.mid(1), sub == u"add");
    return fail(QCoreApplication::translate("cli", "Usage: cdrdesk-cli customer list|add|set [options]; 'cdrdesk-cli customer add --help'."), sub == u"--help" ? 0 : 2);
}

int margins(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Margins per customer for calls starting in [--start, --end), from the charges stored by "
                                        "'rate' without --deck: revenue (what the customer paid), cost (what its calls cost its "
                                        "parent), margin (the parent's) and own_margin (the customer's on its own customers)."));
    parser.addOptions({{u"start"_s, QCoreApplication::translate("cli", "Calls starting at or after T (Unix seconds or ISO 8601)."), u"T"_s},
                       {u"end"_s, QCoreApplication::translate("cli", "Calls starting before T."), u"T"_s},
                       {u"timezone"_s, QCoreApplication::translate("cli", "Zone of --start/--end without an offset (default UTC)."), u"ZONE"_s},
                       {u"customer"_s, QCoreApplication::translate("cli", "Only this customer and its descendants."), u"ID"_s}});
    if (const auto exit = parse(parser, u"margins"_s, arguments, 0))
        return *exit;
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return fail(zone.error(), 2);
    const auto start = timeOption(parser, u"start"_s, *zone);
    const auto end = timeOption(parser, u"end"_s, *zone);
    const auto customer = integerOption(parser, u"customer"_s, 0, 0);
    for (const QString &problem : {start.error(), end.error(), customer.error()}) {
        if (!problem.isEmpty())
            return fail(problem, 2);
    }
    if (!*start || !*end)
        return fail(QCoreApplication::translate("cli", "--start and --end are required."), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const auto rows = MarginReport(**database).compute(**start, **end, *customer);
    if (!rows)
        return fail(rows.error(), 2);
    QTextStream out(stdout);
    out << "id,parent,name,role,calls,minutes,revenue,cost,margin,own_margin,currency,uncosted\n";
    for (const MarginRow &r : *rows)
        out << r.customerId << ',' << r.parentId << ",\"" << QString(r.name).replace(u'"', u"\"\""_s) << "\"," << r.role << ','
            << r.calls << ',' << minutes(r.seconds) << ',' << r.revenue.toString(2) << ',' << r.cost.toString(2) << ','
            << r.margin.toString(2) << ',' << r.ownMargin.toString(2) << ',' << r.currency << ',' << r.uncosted << '\n';
    return 0;
}

} // namespace CliCommands
