#include "sqlrows.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace SqlRows {

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", ");
}

Result<qint64> insert(Database &database, const QString &table, const QStringList &columns, const QVariantList &values,
                      const QString &doing)
{
    const SqlDialect &d = database.dialect();
    const bool postgres = d.kind() == DatabaseSpec::Kind::PostgreSQL;
    QSqlQuery q(database.connection());
    q.prepare(u"INSERT INTO "_s + d.quote(table) + u" ("_s + d.quotedList(columns) + u") VALUES ("_s
              + placeholders(columns.size()) + u')' + (postgres ? u" RETURNING id"_s : QString()));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto ok = execute(q, doing); !ok)
        return Error{ok.error()};
    if (postgres)
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    return q.lastInsertId().toLongLong();
}

Result<void> followExplicitIds(Database &database, const QString &table)
{
    if (database.dialect().kind() != DatabaseSpec::Kind::PostgreSQL)
        return {};
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE((SELECT MAX(id) FROM "_s + database.dialect().quote(table)
              + u"), 0) + 1, false)"_s);
    q.addBindValue(table);
    return execute(q, QCoreApplication::translate("SqlRows", "Moving the id sequence of %1 past its rows").arg(table));
}

Result<void> update(Database &database, const QString &table, qint64 id, const QStringList &columns,
                    const QVariantList &values, const QString &doing)
{
    const SqlDialect &d = database.dialect();
    QStringList sets;
    for (const QString &column : columns)
        sets.append(d.quote(column) + u" = ?"_s);
    QSqlQuery q(database.connection());
    q.prepare(u"UPDATE "_s + d.quote(table) + u" SET "_s + sets.join(u", ") + u" WHERE id = ?"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(id);
    return execute(q, doing);
}

} // namespace SqlRows
