#pragma once

#include "connection.h"
#include "core/result.h"

#include <QList>

#include <optional>

class Database;

// Where a connection's sync stands. While a sync is under way (`windowEnd` set) `position` says
// where the next page starts (Enswitch offset, voip.ms day, Kazoo next_start_key, PBX minID);
// `syncedTo` is the time up to which every call is in the store; `nextId` the PBX's next acctid.
struct SyncCursor
{
    std::optional<qint64> windowStart;
    std::optional<qint64> windowEnd;
    QString position;
    std::optional<qint64> syncedTo;
    std::optional<qint64> nextId;
    qint64 calls = 0;  // committed in the window under way

    [[nodiscard]] bool underWay() const { return windowEnd.has_value(); }
    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

// How the last sync of a connection ended.
struct SyncOutcome
{
    std::optional<qint64> when;   // Unix seconds
    QString status;               // ok failed cancelled; empty: never synced
    QString message;
};

// The connections of a store and their cursors (tables `connections`, `sync_cursors`). Writes
// of cursors run in the caller's transaction, so a page of calls and the cursor after it commit
// together; the others are transactions of their own.
class ConnectionStore
{
public:
    explicit ConnectionStore(Database &database);

    [[nodiscard]] Result<QList<Connection>> list();
    [[nodiscard]] Result<std::optional<Connection>> find(const QString &name);
    // Stores a new connection (its name unused so far) and returns it with its id.
    [[nodiscard]] Result<Connection> add(Connection connection);
    // Changes every field but the name's identity (id) of a stored connection.
    [[nodiscard]] Result<void> update(const Connection &connection);
    // Removes the connection and its cursor; its calls stay in the store.
    [[nodiscard]] Result<void> remove(const QString &name);

    [[nodiscard]] Result<SyncCursor> cursor(qint64 connectionId);
    [[nodiscard]] Result<void> saveCursor(qint64 connectionId, const SyncCursor &cursor);
    [[nodiscard]] Result<SyncOutcome> outcome(qint64 connectionId);
    [[nodiscard]] Result<void> saveOutcome(qint64 connectionId, const SyncOutcome &outcome);

private:
    Database &m_database;
};
