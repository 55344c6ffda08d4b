#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

class QUrlQuery;

// Where a store lives: a SQLite file, or a PostgreSQL / MariaDB server. The password is held
// only in memory; toUrl() and displayName() never include it.
struct DatabaseSpec
{
    enum class Kind { SQLite, PostgreSQL, MySQL };
    // How the database is used: as a CDR Desk store (created and migrated as needed), or
    // attached read-only to a table another program writes (Asterisk's cdr table).
    enum class Attach { None, AsteriskCdr };

    Kind kind = Kind::SQLite;
    QString path;       // SQLite
    QString host;       // servers
    int port = 0;
    QString database;
    QString user;
    QString password;
    // The operator's own customer, a setting of the connection that the `customer` filter
    // scopes to (own, all, external …); unset = the system root. Workers copy the spec, so
    // their readers scope alike.
    std::optional<qint64> ownCustomer;
    Attach attach = Attach::None;
    QString attachTable;  // the attached table; "cdr" by default

    // "PATH" or "sqlite:PATH" for SQLite; "postgresql://user@host:port/dbname" (also
    // "postgres://"), "mysql://…" or "mariadb://…" for servers. A password in the URL is taken
    // but never shown again. "?attach=asterisk" (and optionally "&table=NAME", default cdr)
    // attaches read-only to an Asterisk CDR table on a server.
    static Result<DatabaseSpec> parse(const QString &text);
    static DatabaseSpec sqlite(const QString &path);

    bool isServer() const { return kind != Kind::SQLite; }
    bool isAttached() const { return attach != Attach::None; }
    int defaultPort() const;
    // The URL without the password, for settings, recent lists and messages.
    QString toUrl() const;
    QString displayName() const;

private:
    Result<void> parseOptions(const QUrlQuery &query);
};
