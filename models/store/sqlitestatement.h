#pragma once

#include "core/result.h"
#include "sqlfragment.h"

#include <QByteArrayView>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// One statement run on a SQLite store through the library's own handle, for bulk readers:
// text comes as the UTF-8 bytes SQLite holds and integers as integers, with no QVariant or
// QString per cell (Qt's driver converts every text value to UTF-16 and wraps each value).
// The SQL and its bound values are the same SqlFragment the generic readers run.
class SqliteStatement
{
public:
    // Whether the store is SQLite with a handle to use.
    [[nodiscard]] static bool isAvailable(Database &database);

    explicit SqliteStatement(Database &database);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares the statement and binds the fragment's values in order; `doing` names the work
    // in error messages.
    [[nodiscard]] Result<void> prepare(const SqlFragment &fragment, const QString &doing);
    // Steps to the next row: true at a row, false after the last one.
    [[nodiscard]] Result<bool> next();

    // The current row's columns (0-based). Valid until the next call of next().
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QByteArrayView text(int column) const;

private:
    Error failure() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_doing;
};
