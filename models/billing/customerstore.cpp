#include "customerstore.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CustomerStore::CustomerStore(Database &database) : m_database(database) {}

Result<QList<Customer>> CustomerStore::list()
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString sql = u"SELECT id, parent_id, name, "_s + d.quotedList({u"role"_s, u"billing"_s}) + u" FROM "_s
                        + d.quote(u"customers") + u" ORDER BY id"_s;
    if (auto ok = execute(q, sql, QCoreApplication::translate("CustomerStore", "Listing the customers")); !ok)
        return Error{ok.error()};
    QList<Customer> customers;
    while (q.next())
        customers.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()});
    return customers;
}
