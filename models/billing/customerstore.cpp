#include "customerstore.h"

#include "sqlrows.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QStringList Columns = {u"parent_id"_s, u"name"_s, u"role"_s, u"billing"_s, u"currency"_s,
                             u"balance"_s, u"taxes"_s, u"sell_deck"_s, u"buy_deck"_s};

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariantList valuesOf(const Customer &c)
{
    using SqlRows::text;
    return {nullableId(c.parentId), text(c.name), text(c.role), text(c.billing), text(c.currency),
            QVariant(c.balance.units()), text(c.taxes), nullableId(c.sellDeck), nullableId(c.buyDeck)};
}

Customer customerFrom(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.parentId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.role = q.value(3).toString();
    c.billing = q.value(4).toString();
    c.currency = q.value(5).toString();
    c.balance = Money::fromUnits(q.value(6).toLongLong());
    c.taxes = q.value(7).toString();
    c.sellDeck = q.value(8).toLongLong();
    c.buyDeck = q.value(9).toLongLong();
    return c;
}

} // namespace

CustomerStore::CustomerStore(Database &database) : m_database(database) {}

Result<CustomerTree> CustomerStore::tree()
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto ok = execute(q, u"SELECT id, "_s + d.quotedList(Columns) + u" FROM "_s + d.quote(u"customers") + u" ORDER BY id"_s,
                          QCoreApplication::translate("CustomerStore", "Reading the customers"));
        !ok)
        return Error{ok.error()};
    QList<Customer> customers;
    while (q.next())
        customers.append(customerFrom(q));
    return CustomerTree(std::move(customers));
}

Result<QList<Customer>> CustomerStore::list()
{
    Result<CustomerTree> loaded = tree();
    if (!loaded)
        return Error{loaded.error()};
    return loaded->customers();
}

Result<Customer> CustomerStore::load(qint64 id)
{
    const Result<CustomerTree> all = tree();
    if (!all)
        return Error{all.error()};
    const Customer *c = all->find(id);
    if (!c)
        return Error{QCoreApplication::translate("CustomerStore", "There is no customer %1.").arg(id)};
    return *c;
}

Result<bool> CustomerStore::deckExists(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*) FROM "_s + m_database.dialect().quote(u"rate_decks") + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("CustomerStore", "Looking up rate deck %1").arg(id)); !ok)
        return Error{ok.error()};
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QString> CustomerStore::problem(const Customer &c, const CustomerTree &tree, bool isNew)
{
    if (isNew && c.id && tree.find(c.id))
        return QCoreApplication::translate("CustomerStore", "id: customer %1 exists already").arg(c.id);
    if (!isNew && !tree.find(c.id))
        return QCoreApplication::translate("CustomerStore", "id: there is no customer %1").arg(c.id);
    if (c.name.trimmed().isEmpty())
        return QCoreApplication::translate("CustomerStore", "name: a customer needs a name");
    if (!Customer::roles().contains(c.role))
        return QCoreApplication::translate("CustomerStore", "role: \"%1\" is not one of %2").arg(c.role, Customer::roles().join(u", "));
    if (!Customer::billingTypes().contains(c.billing))
        return QCoreApplication::translate("CustomerStore", "billing: \"%1\" is not one of %2").arg(c.billing, Customer::billingTypes().join(u", "));
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    if (!currency.match(c.currency).hasMatch())
        return QCoreApplication::translate("CustomerStore", "currency: \"%1\" is not a three-letter code such as USD").arg(c.currency);
    if (c.role == u"system" && c.parentId)
        return QCoreApplication::translate("CustomerStore", "parent: the system customer is the root and has no parent");
    if (c.role != u"system") {
        if (!tree.find(c.parentId))
            return QCoreApplication::translate("CustomerStore", "parent: there is no customer %1").arg(c.parentId);
        if (c.id && tree.chain(c.parentId).contains(tree.find(c.id)))
            return QCoreApplication::translate("CustomerStore", "parent: customer %1 is below customer %2, so it cannot be its parent").arg(c.parentId).arg(c.id);
        if (tree.find(c.parentId)->role == u"client")
            return QCoreApplication::translate("CustomerStore", "parent: customer %1 is a client; only the system and resellers have customers").arg(c.parentId);
    }
    for (const auto &[field, deck] : {std::pair{u"sell_deck"_s, c.sellDeck}, std::pair{u"buy_deck"_s, c.buyDeck}}) {
        if (!deck)
            continue;
        const Result<bool> exists = deckExists(deck);
        if (!exists)
            return Error{exists.error()};
        if (!*exists)
            return QCoreApplication::translate("CustomerStore", "%1: there is no rate deck %2").arg(field).arg(deck);
    }
    return QString();
}

Result<qint64> CustomerStore::add(const Customer &customer)
{
    qint64 id = 0;
    const Result<void> done = m_database.inTransaction(QCoreApplication::translate("CustomerStore", "Adding customer \"%1\"").arg(customer.name), [&]() -> Result<void> {
        const Result<CustomerTree> all = tree();
        if (!all)
            return Error{all.error()};
        const Result<QString> wrong = problem(customer, *all, true);
        if (!wrong)
            return Error{wrong.error()};
        if (!wrong->isEmpty())
            return Error{*wrong};
        QStringList columns = Columns;
        QVariantList values = valuesOf(customer);
        if (customer.id) {
            columns.prepend(u"id"_s);
            values.prepend(customer.id);
        }
        const Result<qint64> inserted = SqlRows::insert(m_database, u"customers"_s, columns, values,
                                                        QCoreApplication::translate("CustomerStore", "Adding customer \"%1\"").arg(customer.name));
        if (!inserted)
            return Error{inserted.error()};
        id = customer.id ? customer.id : *inserted;
        return customer.id ? SqlRows::followExplicitIds(m_database, u"customers"_s) : Result<void>();
    });
    if (!done)
        return Error{done.error()};
    return id;
}

Result<void> CustomerStore::update(const Customer &customer)
{
    return m_database.inTransaction(QCoreApplication::translate("CustomerStore", "Changing customer %1").arg(customer.id), [&]() -> Result<void> {
        const Result<CustomerTree> all = tree();
        if (!all)
            return Error{all.error()};
        const Result<QString> wrong = problem(customer, *all, false);
        if (!wrong)
            return Error{wrong.error()};
        if (!wrong->isEmpty())
            return Error{*wrong};
        return SqlRows::update(m_database, u"customers"_s, customer.id, Columns, valuesOf(customer),
                               QCoreApplication::translate("CustomerStore", "Changing customer %1").arg(customer.id));
    });
}

Result<void> CustomerStore::assignDecks(qint64 id, qint64 sellDeck, qint64 buyDeck)
{
    Result<Customer> customer = load(id);
    if (!customer)
        return Error{customer.error()};
    customer->sellDeck = sellDeck;
    customer->buyDeck = buyDeck;
    return update(*customer);
}

Result<Money> CustomerStore::addToBalance(qint64 id, Money delta)
{
    // One statement, so concurrent writers on a server never lose an update.
    QSqlQuery q(m_database.connection());
    const QString table = m_database.dialect().quote(u"customers");
    q.prepare(u"UPDATE "_s + table + u" SET balance = balance + ? WHERE id = ?"_s);
    q.addBindValue(delta.units());
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("CustomerStore", "Updating the balance of customer %1").arg(id)); !ok)
        return Error{ok.error()};
    q.prepare(u"SELECT balance FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("CustomerStore", "Reading the balance of customer %1").arg(id)); !ok)
        return Error{ok.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("CustomerStore", "There is no customer %1.").arg(id)};
    return Money::fromUnits(q.value(0).toLongLong());
}
