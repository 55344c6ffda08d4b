#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

// Where a store lives: a SQLite file, or a PostgreSQL / MariaDB server. The password is held
// only in memory; toUrl() and displayName() never include it.
struct DatabaseSpec
{
    enum class Kind { SQLite, PostgreSQL, MySQL };

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

    // "PATH" or "sqlite:PATH" for SQLite; "postgresql://user@host:port/dbname" (also
    // "postgres://"), "mysql://…" or "mariadb://…" for servers. A password in the URL is taken
    // but never shown again.
    static Result<DatabaseSpec> parse(const QString &text);
    static DatabaseSpec sqlite(const QString &path);

    bool isServer() const { return kind != Kind::SQLite; }
    int defaultPort() const;
    // The URL without the password, for settings, recent lists and messages.
    QString toUrl() const;
    QString displayName() const;
};
