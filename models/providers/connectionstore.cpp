#include "connectionstore.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QStringList &columns()
{
    static const QStringList names = {u"name"_s,     u"kind"_s,      u"url"_s,        u"user_name"_s,
                                      u"account"_s,  u"customer"_s,  u"time_zone"_s,  u"allow_http"_s,
                                      u"page_size"_s, u"auto_minutes"_s};
    return names;
}

// Empty text, never NULL (the columns are NOT NULL).
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariantList values(const Connection &c)
{
    return {text(c.name), ProviderKinds::name(c.kind), text(c.url.toString()), text(c.user), text(c.account),
            text(c.customer), text(c.timezone),
            c.allowHttp ? 1 : 0, c.pageSize, c.autoSyncMinutes};
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

ConnectionStore::ConnectionStore(Database &database)
    : m_database(database)
{
}

Result<QList<Connection>> ConnectionStore::list()
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery query(m_database.connection());
    if (auto ok = execute(query, u"SELECT id, "_s + d.quotedList(columns()) + u" FROM connections ORDER BY name"_s,
                          QCoreApplication::translate("ConnectionStore", "Reading the connections"));
        !ok)
        return Error{ok.error()};
    QList<Connection> connections;
    while (query.next()) {
        Connection c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.kind = ProviderKinds::fromName(query.value(2).toString()).value_or(ProviderKind::Enswitch);
        c.url = QUrl(query.value(3).toString());
        c.user = query.value(4).toString();
        c.account = query.value(5).toString();
        c.customer = query.value(6).toString();
        c.timezone = query.value(7).toString();
        c.allowHttp = query.value(8).toLongLong() != 0;
        c.pageSize = query.value(9).toInt();
        c.autoSyncMinutes = query.value(10).toInt();
        connections.append(c);
    }
    return connections;
}

Result<std::optional<Connection>> ConnectionStore::find(const QString &name)
{
    Result<QList<Connection>> all = list();
    if (!all)
        return Error{all.error()};
    for (const Connection &c : *all) {
        if (c.name == name)
            return std::optional<Connection>(c);
    }
    return std::optional<Connection>();
}

Result<Connection> ConnectionStore::add(Connection connection)
{
    Result<std::optional<Connection>> existing = find(connection.name);
    if (!existing)
        return Error{existing.error()};
    if (*existing)
        return Error{QCoreApplication::translate("ConnectionStore", "A connection named \"%1\" exists already.").arg(connection.name)};
    const QString doing = QCoreApplication::translate("ConnectionStore", "Adding the connection \"%1\"").arg(connection.name);
    Result<void> added = m_database.inTransaction(doing, [&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        QStringList marks;
        for (qsizetype i = 0; i < columns().size(); ++i)
            marks.append(u"?"_s);
        query.prepare(u"INSERT INTO connections ("_s + m_database.dialect().quotedList(columns()) + u") VALUES ("_s
                      + marks.join(u", "_s) + u')');
        for (const QVariant &value : values(connection))
            query.addBindValue(value);
        return execute(query, doing);
    });
    if (!added)
        return Error{added.error()};
    Result<std::optional<Connection>> stored = find(connection.name);
    if (!stored || !*stored)
        return Error{stored ? QCoreApplication::translate("ConnectionStore", "The connection \"%1\" was not stored.").arg(connection.name) : stored.error()};
    return **stored;
}

Result<void> ConnectionStore::update(const Connection &connection)
{
    const QString doing = QCoreApplication::translate("ConnectionStore", "Changing the connection \"%1\"").arg(connection.name);
    return m_database.inTransaction(doing, [&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        QStringList sets;
        for (const QString &column : columns())
            sets.append(m_database.dialect().quote(column) + u" = ?"_s);
        query.prepare(u"UPDATE connections SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        for (const QVariant &value : values(connection))
            query.addBindValue(value);
        query.addBindValue(connection.id);
        return execute(query, doing);
    });
}

Result<void> ConnectionStore::remove(const QString &name)
{
    Result<std::optional<Connection>> existing = find(name);
    if (!existing)
        return Error{existing.error()};
    if (!*existing)
        return Error{QCoreApplication::translate("ConnectionStore", "There is no connection named \"%1\".").arg(name)};
    const qint64 id = (*existing)->id;
    const QString doing = QCoreApplication::translate("ConnectionStore", "Removing the connection \"%1\"").arg(name);
    return m_database.inTransaction(doing, [&]() -> Result<void> {
        for (const QString &sql : {u"DELETE FROM sync_cursors WHERE connection_id = ?"_s,
                                   u"DELETE FROM connections WHERE id = ?"_s}) {
            QSqlQuery query(m_database.connection());
            query.prepare(sql);
            query.addBindValue(id);
            if (auto ok = execute(query, doing); !ok)
                return ok;
        }
        return {};
    });
}

Result<SyncCursor> ConnectionStore::cursor(qint64 connectionId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT window_start, window_end, position, synced_to, next_id, calls FROM sync_cursors "
                  "WHERE connection_id = ?"_s);
    query.addBindValue(connectionId);
    if (auto ok = execute(query, QCoreApplication::translate("ConnectionStore", "Reading the sync cursor")); !ok)
        return Error{ok.error()};
    SyncCursor cursor;
    if (query.next()) {
        cursor.windowStart = optional(query.value(0));
        cursor.windowEnd = optional(query.value(1));
        cursor.position = query.value(2).toString();
        cursor.syncedTo = optional(query.value(3));
        cursor.nextId = optional(query.value(4));
        cursor.calls = query.value(5).toLongLong();
    }
    return cursor;
}

Result<void> ConnectionStore::saveCursor(qint64 connectionId, const SyncCursor &cursor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(m_database.dialect().upsert(u"sync_cursors"_s,
                                              {u"connection_id"_s, u"window_start"_s, u"window_end"_s, u"position"_s,
                                               u"synced_to"_s, u"next_id"_s, u"calls"_s},
                                              {u"connection_id"_s}));
    query.addBindValue(connectionId);
    query.addBindValue(nullable(cursor.windowStart));
    query.addBindValue(nullable(cursor.windowEnd));
    query.addBindValue(text(cursor.position));
    query.addBindValue(nullable(cursor.syncedTo));
    query.addBindValue(nullable(cursor.nextId));
    query.addBindValue(cursor.calls);
    return execute(query, QCoreApplication::translate("ConnectionStore", "Saving the sync cursor"));
}

Result<SyncOutcome> ConnectionStore::outcome(qint64 connectionId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT last_sync, last_status, last_message FROM connections WHERE id = ?"_s);
    query.addBindValue(connectionId);
    if (auto ok = execute(query, QCoreApplication::translate("ConnectionStore", "Reading the last sync")); !ok)
        return Error{ok.error()};
    SyncOutcome outcome;
    if (query.next()) {
        outcome.when = optional(query.value(0));
        outcome.status = query.value(1).toString();
        outcome.message = query.value(2).toString();
    }
    return outcome;
}

Result<void> ConnectionStore::saveOutcome(qint64 connectionId, const SyncOutcome &outcome)
{
    const QString doing = QCoreApplication::translate("ConnectionStore", "Recording how the sync ended");
    return m_database.inTransaction(doing, [&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE connections SET last_sync = ?, last_status = ?, last_message = ? WHERE id = ?"_s);
        query.addBindValue(nullable(outcome.when));
        query.addBindValue(text(outcome.status));
        query.addBindValue(text(outcome.message));
        query.addBindValue(connectionId);
        return execute(query, doing);
    });
}
